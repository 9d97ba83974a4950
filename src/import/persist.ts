/**
 * Imported layers survive a reload in localStorage. What comes back is validated again: storage
 * is input like any other.
 */
import { useAtlasStore } from '../state/store';
import type { ImportedLayer } from '../state/imports';
import { validateImport } from './validateImport';

const KEY = 'futian-atlas:imports:v1';
/** localStorage holds ~5 MB per origin; leave room for everything else. */
const MAX_STORED_CHARS = 4_000_000;

export function loadImportedLayers(storage: Storage = window.localStorage): ImportedLayer[] {
  try {
    const raw = storage.getItem(KEY);
    if (!raw) return [];
    const stored = JSON.parse(raw) as Array<Partial<ImportedLayer>>;
    if (!Array.isArray(stored)) return [];
    return stored.flatMap((l) => {
      if (typeof l.id !== 'string' || typeof l.name !== 'string' || typeof l.color !== 'string' || !/^#[0-9a-f]{6}$/i.test(l.color)) return [];
      const { collection } = validateImport(JSON.stringify(l.collection));
      return collection ? [{ id: l.id, name: l.name.slice(0, 80), color: l.color, collection }] : [];
    });
  } catch {
    return [];
  }
}

export function startPersistingImports(storage: Storage = window.localStorage): () => void {
  return useAtlasStore.subscribe(
    (s) => s.importedLayers,
    (layers) => {
      const text = JSON.stringify(layers);
      try {
        if (text.length > MAX_STORED_CHARS) throw new Error('too large');
        storage.setItem(KEY, text);
      } catch {
        useAtlasStore.getState().addNotice('importNotStored');
      }
    },
  );
}
