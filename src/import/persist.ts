/**
 * Imported layers survive a reload in localStorage. What comes back is validated again: storage
 * is input like any other. Storage may also be refused outright (a cross-site embed with
 * third-party storage blocked, "block site data", some private modes): the Atlas then works
 * without it and says so once a planner imports something.
 */
import { useAtlasStore } from '../state/store';
import type { ImportedLayer } from '../state/imports';
import { validateImport } from './validateImport';

const KEY = 'futian-atlas:imports:v1';
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
    try {
      const l = item as Partial<ImportedLayer> | null;
      if (!l || typeof l.name !== 'string' || typeof l.color !== 'string' || !/^#[0-9a-f]{6}$/i.test(l.color)) return [];
      const { collection } = validateImport(JSON.stringify(l.collection));
      return collection ? [{ name: l.name.slice(0, 80), color: l.color, collection }] : [];
    } catch {
      return [];
    }
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

const isQuotaError = (error: unknown) => error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22);

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
        const text = JSON.stringify(layers.map(({ name, color, collection }) => ({ name, color, collection })));
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
