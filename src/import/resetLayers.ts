/**
 * Where imported layers are stored, and the way out when one cannot be shown: apart from
 * src/import/persist.ts (which validates what it restores) so the error boundary and the start-up
 * check need no import code.
 */
import { browserStorage } from '../state/storage';
import { useAtlasStore } from '../state/store';

export const IMPORTS_KEY = 'futian-atlas:imports:v1';

/** Whether storage holds imported layers to restore (read without parsing them). */
export function hasStoredLayers(storage: Storage | null = browserStorage()): boolean {
  try {
    return Boolean(storage?.getItem(IMPORTS_KEY));
  } catch {
    return false;
  }
}

/** Forgets every imported layer, here and in storage: the way out when one cannot be shown. */
export function resetImportedLayers(storage: Storage | null = browserStorage()): void {
  try {
    storage?.removeItem(IMPORTS_KEY);
  } catch {
    // Storage that refuses to forget holds nothing the store will show again this session.
  }
  useAtlasStore.getState().setImportedLayers([]);
}
