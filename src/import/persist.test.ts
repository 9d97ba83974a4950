import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetAtlasStore, useAtlasStore } from '../state/store';
import { loadImportedLayers, restoreImportedLayers, startPersistingImports } from './persist';

function storage(value: string | null, setItem: (k: string, v: string) => void = () => undefined): Storage {
  return { getItem: () => value, setItem, removeItem: () => undefined, clear: () => undefined, key: () => null, length: 0 };
}
const layer = { id: 'import-a', name: 'site', color: '#6a3d9a', collection: { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [114, 22.5] } }] } };
const { id: _storedId, ...stored } = layer;

beforeEach(() => resetAtlasStore());

describe('loadImportedLayers', () => {
  it('restores what was stored (without trusting its id)', () => {
    expect(loadImportedLayers(storage(JSON.stringify([layer])))).toEqual({ layers: [stored], dropped: 0 });
  });
  it('has nothing to restore when storage is empty or refused', () => {
    expect(loadImportedLayers(storage(null))).toEqual({ layers: [], dropped: 0 });
    expect(loadImportedLayers(null)).toEqual({ layers: [], dropped: 0 });
  });
  it.each(['not json', '{}', JSON.stringify([{ ...layer, color: 'red;background:url(x)' }]), JSON.stringify([{ ...layer, collection: { type: 'FeatureCollection', features: [] } }]), '[1,2]'])(
    'treats stored %j as untrusted: keeps nothing invalid and counts what it dropped',
    (value) => {
      const result = loadImportedLayers(storage(value));
      expect(result.layers).toEqual([]);
      expect(result.dropped).toBeGreaterThan(0);
    },
  );
  it('keeps the good layers when one stored layer is corrupt, and says so', () => {
    restoreImportedLayers(storage(JSON.stringify([layer, { name: 1 }, layer])));
    const s = useAtlasStore.getState();
    expect(s.importedLayers.map((l) => l.name)).toEqual(['site', 'site']);
    expect(s.notices.map((n) => [n.kind, n.arg])).toEqual([['importStoredDropped', '1']]);
  });
  it('gives restored layers fresh ids in the import namespace, whatever ids were stored', () => {
    const hostile = ['futian', 'plan-clusters', 'land-regional', '', '__proto__', 'import-1', 'import-1'].map((id) => ({ ...layer, id }));
    restoreImportedLayers(storage(JSON.stringify(hostile)));
    const ids = useAtlasStore.getState().importedLayers.map((l) => l.id);
    expect(ids).toEqual(['import-1', 'import-2', 'import-3', 'import-4', 'import-5', 'import-6', 'import-7']);
    expect(useAtlasStore.getState().addImportedLayer('new', layer.collection as never).id).toBe('import-8');
  });
});

describe('startPersistingImports', () => {
  let stop: () => void = () => undefined;
  afterEach(() => stop());

  it('says the browser refuses storage when a layer is imported, instead of failing', () => {
    stop = startPersistingImports(null);
    useAtlasStore.getState().addImportedLayer('site', layer.collection as never);
    expect(useAtlasStore.getState().notices.map((n) => n.kind)).toEqual(['storageUnavailable']);
  });
  it('tells a full storage apart from a layer too large to keep', () => {
    stop = startPersistingImports(
      storage(null, () => {
        throw new DOMException('full', 'QuotaExceededError');
      }),
    );
    useAtlasStore.getState().addImportedLayer('site', layer.collection as never);
    expect(useAtlasStore.getState().notices.map((n) => n.kind)).toEqual(['storageFull']);
  });
  it('survives properties nested too deep to stringify', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 20_000; i++) deep = [deep];
    stop = startPersistingImports(storage(null));
    const collection = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { deep }, geometry: { type: 'Point', coordinates: [114, 22.5] } }] };
    expect(() => useAtlasStore.getState().addImportedLayer('deep', collection as never)).not.toThrow();
    expect(useAtlasStore.getState().importedLayers).toHaveLength(1);
    expect(useAtlasStore.getState().notices.map((n) => n.kind)).toEqual(['importNotStored']);
  });
});
