/**
 * `npm run validate:data` — the data checks for someone editing data/ by hand. Prints every
 * problem as "file: feature/zone: problem" and exits 1 if there is any.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { FeatureCollection } from 'geojson';
import { validateDocuments, validateZones } from '../src/content/validate';
import { PLANNING_GROUPS } from '../src/zones/ids';
import { checkPlanning } from './planning/checks';
import { checkAgainstReference } from './planning/referenceChecks';
import { checkReferenceData } from './reference/checks';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const messages: string[] = [];

function read(relative: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(path.join(ROOT, relative), 'utf8'));
  } catch (error) {
    messages.push(`${relative}: cannot be read as JSON: ${(error as Error).message}`);
    return null;
  }
}

const documents = read('data/content/documents.json');
for (const p of validateDocuments(documents)) messages.push(`data/content/documents.json: ${p.where}: ${p.message}`);
const zones = read('data/content/zones.json');
const zoneProblems = Array.isArray(documents) ? validateZones(zones, documents) : [];
for (const p of zoneProblems) messages.push(`data/content/zones.json: ${p.where}: ${p.message}`);

const files = Object.fromEntries(PLANNING_GROUPS.map((g) => [g, read(`data/planning/${g}.geojson`)]));
const districts = read('data/basemap/districts-detail.geojson');
if (zoneProblems.length === 0 && Object.values(files).every(Boolean) && districts) {
  for (const p of checkPlanning(files as Record<string, FeatureCollection> as never, zones as never, districts as never)) {
    messages.push(`${p.file}: ${p.id}: ${p.message}`);
  }
}

const outlines = read('data/planning/outlines.json');
const drawn = read('data/reference/drawn.json');
const reference = read('data/reference/reference.geojson');
const futian = read('data/basemap/futian.geojson') as FeatureCollection | null;
const landDetail = read('data/basemap/land-detail.geojson');
if (drawn && reference) for (const p of checkReferenceData(drawn as never, reference as never)) messages.push(`${p.file}: ${p.id}: ${p.message}`);
if (outlines && drawn && futian && landDetail && Object.values(files).every(Boolean)) {
  const inputs = { outlines: outlines as never, drawn: drawn as never, futian: futian.features[0].geometry as never, landDetail: landDetail as never };
  for (const p of checkAgainstReference(files as never, inputs)) messages.push(`${p.file}: ${p.id}: ${p.message}`);
}

if (messages.length > 0) {
  console.error(messages.join('\n'));
  console.error(`\nvalidate:data: ${messages.length} problem(s)`);
  process.exit(1);
}
console.log('validate:data: documents, zones, reference and planning GeoJSON are valid and agree');
