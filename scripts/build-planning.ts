/**
 * `npm run data:planning` — regenerates data/planning/<group>.geojson from outlines.json, the zone
 * names in data/content/zones.json and the committed basemap. Deterministic (drift-tested).
 */
import fs from 'node:fs';
import path from 'node:path';
import { serializeFeatureCollection } from './lib/serialize';
import { buildPlanning, ROOT } from './planning/build';

for (const [group, collection] of Object.entries(buildPlanning())) {
  const file = path.join(ROOT, 'data/planning', `${group}.geojson`);
  fs.writeFileSync(file, serializeFeatureCollection(collection));
  console.log(`data/planning/${group}.geojson: ${collection.features.length} features`);
}
