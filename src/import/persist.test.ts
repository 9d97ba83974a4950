import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetAtlasStore, useAtlasStore } from '../state/store';
import { addCheckedLayer, MAX_IMPORTED_LAYERS } from './layerNotices';
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
  it('names the layer a full storage could not keep', () => {
    stop = startPersistingImports(
      storage(null, () => {
        throw new DOMException('full', 'QuotaExceededError');
      }),
    );
    useAtlasStore.getState().addImportedLayer('site', layer.collection as never);
    expect(useAtlasStore.getState().notices.map((n) => [n.kind, n.arg])).toEqual([['importsNotKept', 'site']]);
  });
  it('never leaves a removed layer in storage when a write fails: what is stored is always a part of the screen', () => {
    // A browser storage with room for two layers.
    const held = new Map<string, string>();
    const small: Storage = {
      getItem: (k) => held.get(k) ?? null,
      setItem: (k, v) => {
        if ((JSON.parse(v) as unknown[]).length > 2) throw new DOMException('full', 'QuotaExceededError');
        held.set(k, v);
      },
      removeItem: (k) => void held.delete(k),
      clear: () => held.clear(),
      key: () => null,
      length: 0,
    };
    stop = startPersistingImports(small);
    const s = useAtlasStore.getState();
    const a = s.addImportedLayer('a', layer.collection as never);
    s.addImportedLayer('b', layer.collection as never);
    s.addImportedLayer('c', layer.collection as never);
    const storedNames = () => (JSON.parse(held.get('futian-atlas:imports:v1') ?? '[]') as Array<{ name: string }>).map((l) => l.name);
    expect(storedNames()).toEqual(['a', 'b']);
    expect(useAtlasStore.getState().notices.at(-1)?.arg).toBe('c');
    // Removing a: the write that follows fits, and a is gone from storage too.
    useAtlasStore.getState().removeImportedLayer(a.id);
    expect(storedNames()).toEqual(['b', 'c']);
    expect(loadImportedLayers(small).layers.map((l) => l.name)).toEqual(['b', 'c']);
  });
  it('survives properties nested too deep to stringify', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 20_000; i++) deep = [deep];
    stop = startPersistingImports(storage(null));
    const collection = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { deep }, geometry: { type: 'Point', coordinates: [114, 22.5] } }] };
    expect(() => useAtlasStore.getState().addImportedLayer('deep', collection as never)).not.toThrow();
    expect(useAtlasStore.getState().importedLayers).toHaveLength(1);
    expect(useAtlasStore.getState().notices.map((n) => [n.kind, n.arg])).toEqual([['importsNotKept', 'deep']]);
  });
});

describe('the layer limit', () => {
  it('restores no more than MAX_IMPORTED_LAYERS of a planted list, counting the rest as dropped', () => {
    const planted = JSON.stringify(Array.from({ length: 1000 }, (_, i) => ({ ...stored, name: `l${i}` })));
    const { layers, dropped } = loadImportedLayers(storage(planted));
    expect(layers).toHaveLength(MAX_IMPORTED_LAYERS);
    expect(dropped).toBe(1000 - MAX_IMPORTED_LAYERS);
  });
  it('refuses a layer past the limit, saying so, and adds nothing', () => {
    for (let i = 0; i < MAX_IMPORTED_LAYERS; i++) useAtlasStore.getState().addImportedLayer(`l${i}`, layer.collection as never);
    addCheckedLayer('one more', 'one-more.geojson', layer.collection as never, []);
    const s = useAtlasStore.getState();
    expect(s.importedLayers).toHaveLength(MAX_IMPORTED_LAYERS);
    expect(s.notices.map((n) => [n.kind, n.arg])).toEqual([['importLayersFull', `one-more.geojson · ${MAX_IMPORTED_LAYERS}`]]);
  });
});
