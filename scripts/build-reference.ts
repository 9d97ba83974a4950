/** `npm run data:reference` — regenerates data/reference/reference.geojson from drawn.json (drift-tested). */
import fs from 'node:fs';
import path from 'node:path';
import { serializeFeatureCollection } from './lib/serialize';
import { buildReference, ROOT } from './reference/build';

const collection = buildReference();
fs.writeFileSync(path.join(ROOT, 'data/reference/reference.geojson'), serializeFeatureCollection(collection));
console.log(`data/reference/reference.geojson: ${collection.features.length} features`);
