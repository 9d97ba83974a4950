/**
 * The floor the Atlas is measured against: a bare maplibre page that loads the same GeoJSON files
 * with a plain style (one fill and one line layer per file, no labels, no app). Built with Vite
 * into a temporary folder by the bench itself.
 */
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'vite';

const MAIN = `
import { Map, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
setWorkerUrl(workerUrl);
const files = import.meta.glob('../../../../data/{basemap,planning}/*.geojson', { query: '?url', import: 'default', eager: true });
const sources = {};
const layers = [{ id: 'bg', type: 'background', paint: { 'background-color': '#c9dde8' } }];
for (const [file, url] of Object.entries(files).sort()) {
  const id = file.split('/').slice(-2).join('-').replace('.geojson', '');
  sources[id] = { type: 'geojson', data: url };
  layers.push({ id: id + '-fill', type: 'fill', source: id, filter: ['==', ['geometry-type'], 'Polygon'], paint: { 'fill-color': '#e8e4da', 'fill-opacity': 0.5 } });
  layers.push({ id: id + '-line', type: 'line', source: id, paint: { 'line-color': '#777', 'line-width': 1 } });
}
const params = new URLSearchParams(location.search);
const [lng, lat, zoom] = (params.get('view') ?? '114.055,22.545,11.6').split(',').map(Number);
const map = new Map({ container: 'map', style: { version: 8, sources, layers }, center: [lng, lat], zoom, canvasContextAttributes: { preserveDrawingBuffer: true } });
map.once('idle', () => performance.mark('atlas:map-idle'));
// The least a map does to say what was tapped: the feature under the finger, named in a box the
// bench waits for (the Atlas opens its policy panel or sheet there).
map.on('click', (e) => {
  const feature = map.queryRenderedFeatures(e.point)[0];
  document.querySelector('[role="dialog"]')?.remove();
  const box = document.createElement('div');
  box.setAttribute('role', 'dialog');
  box.style.cssText = 'position:absolute;left:0;right:0;bottom:0;height:40%;background:#fff';
  box.textContent = feature ? String(feature.properties.name_zh ?? feature.layer.id) : '';
  document.body.append(box);
});
`;

/** The page has the Atlas' viewport line: without it a phone waits out a double-tap before each click. */
export async function buildFloor(root: string): Promise<string> {
  const dir = path.join(root, 'node_modules/.cache/atlas-bench/floor');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><style>html,body,#map{margin:0;height:100%}</style></head><body><div id="map"></div><script type="module" src="./main.js"></script></body></html>');
  fs.writeFileSync(path.join(dir, 'main.js'), MAIN);
  const outDir = path.join(dir, 'dist');
  await build({ root: dir, base: './', logLevel: 'warn', configFile: false, build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 2000 } });
  return outDir;
}
