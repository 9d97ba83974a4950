/**
 * Imported layers survive a reload in localStorage. What comes back is validated again: storage
 * is input like any other. Storage may also be refused outright (a cross-site embed with
 * third-party storage blocked, "block site data", some private modes): the Atlas then works
 * without it and says so once a planner imports something.
 */
import * as v from 'valibot';
import type { ImportedLayer } from '../state/imports';
import { useAtlasStore } from '../state/store';
import { validateImport } from './validateImport';

const KEY = 'futian-atlas:imports:v1';
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

/** The browser's storage, or null where the browser refuses it (reading `localStorage` throws). */
export function browserStorage(): Storage | null {
  try {
    const storage = window.localStorage;
    storage.getItem(KEY);
    return storage;
  } catch {
    return null;
  }
}

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
    const raw = storage.getItem(KEY);
    if (!raw) return { layers: [], dropped: 0 };
    stored = JSON.parse(raw);
  } catch {
    return { layers: [], dropped: 1 };
  }
  if (!Array.isArray(stored)) return { layers: [], dropped: 1 };
  const layers = stored.flatMap((item: unknown) => {
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

/** The browser's "storage full" (DOMException 22 in older engines): told apart from storage refused, here and for briefings. */
export const isQuotaError = (error: unknown) => error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22);

export function startPersistingImports(storage: Storage | null = browserStorage()): () => void {
  return useAtlasStore.subscribe(
    (s) => s.importedLayers,
    (layers) => {
      const s = useAtlasStore.getState();
      if (!storage) {
        if (layers.length > 0) s.addNotice('storageUnavailable');
        return;
      }
      try {
        const text = JSON.stringify(layers.map(({ name, color, collection, styleBy, labelBy }) => ({ name, color, collection, styleBy, labelBy })));
        if (text.length > MAX_STORED_CHARS) {
          s.addNotice('importNotStored');
          return;
        }
        storage.setItem(KEY, text);
      } catch (error) {
        s.addNotice(isQuotaError(error) ? 'storageFull' : 'importNotStored');
      }
    },
  );
}

/** Forgets every imported layer, here and in storage: the way out when one cannot be shown. */
export function resetImportedLayers(storage: Storage | null = browserStorage()): void {
  try {
    storage?.removeItem(KEY);
  } catch {
    // Storage that refuses to forget holds nothing the store will show again this session.
  }
  useAtlasStore.getState().setImportedLayers([]);
}
