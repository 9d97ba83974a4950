/**
 * `npm run data:planning` — regenerates data/planning/<group>.geojson from outlines.json, the zone
 * names in data/content/zones.json and the committed basemap, and the analysis layers (links, rings). Deterministic (drift-tested).
 */
import fs from 'node:fs';
import path from 'node:path';
import { serializeFeatureCollection } from './lib/serialize';
import { buildPlanning, ROOT } from './planning/build';

const { groups, analysis } = buildPlanning();
for (const [name, collection] of [...Object.entries(groups), ...Object.entries(analysis)]) {
  const file = path.join(ROOT, 'data/planning', `${name}.geojson`);
  fs.writeFileSync(file, serializeFeatureCollection(collection));
  console.log(`data/planning/${name}.geojson: ${collection.features.length} features`);
}
