/**
 * `npm run data:basemap` — regenerates data/basemap/*.geojson and manifest.json from the npm
 * boundary packages. Deterministic: a re-run on the same package versions is byte-identical
 * (scripts/basemap/drift.test.ts holds it to that).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderBasemapFiles } from './basemap/files';

const outDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../data/basemap');
fs.mkdirSync(outDir, { recursive: true });
for (const [name, text] of Object.entries(renderBasemapFiles())) {
  fs.writeFileSync(path.join(outDir, name), text);
  console.log(`${name.padEnd(28)} ${(Buffer.byteLength(text) / 1024).toFixed(1).padStart(8)} KB`);
}
