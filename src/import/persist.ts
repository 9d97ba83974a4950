/**
 * Imported layers survive a reload in localStorage. What comes back is validated again: storage
 * is input like any other. Storage may also be refused outright (a cross-site embed with
 * third-party storage blocked, "block site data", some private modes): the Atlas then works
 * without it and says so once a planner imports something.
 */
import * as v from 'valibot';
import type { ImportedLayer } from '../state/imports';
import { browserStorage, isQuotaError } from '../state/storage';
import { useAtlasStore } from '../state/store';
import { MAX_IMPORTED_LAYERS } from './layerNotices';
import { IMPORTS_KEY } from './resetLayers';
import { validateImport } from './validateImport';

const MAX_NAME = 80;

/** A stored layer: its name (cut), a #rrggbb colour, and GeoJSON that passes the import checks again. */
const StoredLayerSchema = v.object({
  name: v.pipe(
    v.string(),
    v.transform((name) => name.slice(0, MAX_NAME)),
  ),
  color: v.pipe(v.string(), v.regex(/^#[0-9a-f]{6}$/i)),
  styleBy: v.optional(v.nullable(v.object({ property: v.pipe(v.string(), v.maxLength(100)), kind: v.picklist(['categories', 'graduated']) }))),
  labelBy: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(100)))),
  collection: v.pipe(
    v.unknown(),
    v.transform((collection) => {
      try {
        return validateImport(JSON.stringify(collection)).collection;
      } catch {
        return null;
      }
    }),
  ),
});
/** localStorage holds ~5 MB per origin; leave room for everything else. */
const MAX_STORED_CHARS = 4_000_000;

export interface StoredLayers {
  /** Layers to restore, without their stored ids (the store gives them fresh, namespaced ones). */
  layers: Array<Omit<ImportedLayer, 'id'>>;
  /** Stored layers that could not be used (corrupt or no longer valid). */
  dropped: number;
}

export function loadImportedLayers(storage: Storage | null = browserStorage()): StoredLayers {
  if (!storage) return { layers: [], dropped: 0 };
  let stored: unknown;
  try {
    const raw = storage.getItem(IMPORTS_KEY);
    if (!raw) return { layers: [], dropped: 0 };
    stored = JSON.parse(raw);
  } catch {
    return { layers: [], dropped: 1 };
  }
  if (!Array.isArray(stored)) return { layers: [], dropped: 1 };
  // No more than the import limit comes back (a planted list of 1,000 would stall start-up).
  const layers = stored.slice(0, MAX_IMPORTED_LAYERS).flatMap((item: unknown) => {
    const result = v.safeParse(StoredLayerSchema, item);
    return result.success && result.output.collection ? [{ ...result.output, collection: result.output.collection }] : [];
  });
  return { layers, dropped: stored.length - layers.length };
}

/** Restores the stored layers into the store, saying how many could not be used. */
export function restoreImportedLayers(storage: Storage | null = browserStorage()): void {
  const { layers, dropped } = loadImportedLayers(storage);
  const s = useAtlasStore.getState();
  s.setImportedLayers(layers);
  if (dropped > 0) s.addNotice('importStoredDropped', String(dropped));
}

/** Saves the layers on every change; `now` also saves those already on screen (a first import that loaded this module). */
export function startPersistingImports(storage: Storage | null = browserStorage(), now = false): () => void {
  return useAtlasStore.subscribe(
    (s) => s.importedLayers,
    (layers) => {
      const s = useAtlasStore.getState();
      if (!storage) {
        if (layers.length > 0) s.addNotice('storageUnavailable');
        return;
      }
      const notKept = storeLayers(storage, layers);
      if (notKept.length > 0) s.addNotice('importsNotKept', notKept.join('”“'));
    },
    { fireImmediately: now },
  );
}

/**
 * Writes the layers on screen, as many as fit, and returns the names of those left out. Storage
 * never holds a layer the screen does not: a write that fails (storage full, a layer over the
 * size limit or unserialisable) stores the layers that fit, down to none, never leaves the old
 * list standing, so a removed layer cannot come back after a reload.
 */
function storeLayers(storage: Storage, layers: readonly ImportedLayer[]): string[] {
  const entries = layers.map((layer) => ({ name: layer.name, text: storedText(layer) }));
  const kept: typeof entries = [];
  let size = 2;
  for (const entry of entries) {
    if (entry.text === null || size + entry.text.length + 1 > MAX_STORED_CHARS) continue;
    kept.push(entry);
    size += entry.text.length + 1;
  }
  for (;;) {
    try {
      if (kept.length === 0) storage.removeItem(IMPORTS_KEY);
      else storage.setItem(IMPORTS_KEY, `[${kept.map((e) => e.text).join(',')}]`);
      break;
    } catch (error) {
      // Full: keep fewer (the last ones added go first). Refused: nothing more can be done.
      if (kept.length === 0 || !isQuotaError(error)) {
        kept.length = 0;
        break;
      }
      kept.pop();
    }
  }
  return entries.filter((e) => !kept.includes(e)).map((e) => e.name);
}

/** A layer as stored, or null when it cannot be written (properties nested too deep to stringify). */
function storedText({ name, color, collection, styleBy, labelBy }: ImportedLayer): string | null {
  try {
    return JSON.stringify({ name, color, collection, styleBy, labelBy });
  } catch {
    return null;
  }
}
