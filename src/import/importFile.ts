/** Reads a dropped or picked file, validates it, adds what is usable, and says what was not. */
import type { LineString } from 'geojson';
import { messagesFor } from '../i18n';
import { useAtlasStore } from '../state/store';
import { addCheckedLayer, MAX_IMPORTED_LAYERS, problemWords } from './layerNotices';
import { MAX_IMPORT_BYTES, validateImport } from './validateImport';

/** Futian's boundary, to recognise a file drawn in GCJ-02 by its offset (null before the data loads). */
function futianOutline(): LineString | undefined {
  const futian = useAtlasStore.getState().zoneGeo?.get('futian')?.geometry;
  if (!futian || (futian.type !== 'Polygon' && futian.type !== 'MultiPolygon')) return undefined;
  const rings = futian.type === 'Polygon' ? futian.coordinates : futian.coordinates.flat();
  return { type: 'LineString', coordinates: rings.flat() };
}

export async function importFile(file: File): Promise<void> {
  const s = useAtlasStore.getState();
  // Told before anything is read: a file over the layer limit would be read for nothing.
  if (s.importedLayers.length >= MAX_IMPORTED_LAYERS) return s.addNotice('importLayersFull', `${file.name} · ${MAX_IMPORTED_LAYERS}`);
  // A zipped Shapefile is read in a worker; its reader loads only when one is opened.
  if (/\.(zip|shp|csv)$/i.test(file.name)) return (await import('./importShapefile')).importShapefile(file);
  if (/\.km[lz]$/i.test(file.name)) return (await import('./importKml')).importKml(file);
  const store = useAtlasStore.getState();
  const m = messagesFor(store.lang);
  const name = file.name.replace(/\.(geo)?json$/i, '') || 'GeoJSON';
  // Refuse by size before reading a byte: a huge file must not freeze the page.
  if (file.size > MAX_IMPORT_BYTES) {
    store.addNotice('importFailed', `${file.name}: ${m.importProblemText.tooLarge(String(file.size))}`);
    return;
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    store.addNotice('importFailed', `${file.name}: ${m.importProblemText.notJson('')}`);
    return;
  }
  // The GCJ-02 conversion (gcoord) loads only when a planner opens a file.
  const outline = futianOutline();
  const datum = outline ? { outline, toWgs84: (await import('../geo/datum')).gcj02ToWgs84 } : undefined;
  const result = validateImport(text, file.size, datum);
  if (!result.collection) {
    store.addNotice('importFailed', `${file.name}: ${problemWords(result.problems)}`);
    return;
  }
  addCheckedLayer(name, file.name, result.collection, result.problems, result.problems.length, result.warnings);
}
