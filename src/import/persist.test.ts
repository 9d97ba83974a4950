import { describe, expect, it } from 'vitest';
import { loadImportedLayers } from './persist';

function storage(value: string | null): Storage {
  return { getItem: () => value, setItem: () => undefined, removeItem: () => undefined, clear: () => undefined, key: () => null, length: 0 };
}
const layer = { id: 'import-a', name: 'site', color: '#6a3d9a', collection: { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [114, 22.5] } }] } };

describe('loadImportedLayers', () => {
  it('restores what was stored', () => {
    expect(loadImportedLayers(storage(JSON.stringify([layer])))).toEqual([layer]);
  });
  it.each([null, 'not json', '{}', '[1,2]', JSON.stringify([{ ...layer, color: 'red;background:url(x)' }]), JSON.stringify([{ ...layer, collection: { type: 'FeatureCollection', features: [] } }])])(
    'treats stored %j as untrusted and keeps nothing invalid',
    (value) => {
      expect(loadImportedLayers(storage(value))).toEqual([]);
    },
  );
});
