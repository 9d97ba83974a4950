import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, validateImport } from './validateImport';

const fc = (...features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });
const point = (coordinates: unknown, properties: unknown = {}) => ({ type: 'Feature', properties, geometry: { type: 'Point', coordinates } });
const square = [[[114.05, 22.53], [114.06, 22.53], [114.06, 22.54], [114.05, 22.54], [114.05, 22.53]]];

describe('validateImport', () => {
  it('loads valid features of every kind', () => {
    const r = validateImport(fc(point([114.05, 22.54]), { type: 'Feature', properties: { name: 'site' }, geometry: { type: 'Polygon', coordinates: square } }));
    expect(r.problems).toEqual([]);
    expect(r.collection?.features).toHaveLength(2);
  });

  it('accepts a bare Feature or geometry', () => {
    expect(validateImport(JSON.stringify(point([114, 22.5]))).collection?.features).toHaveLength(1);
    expect(validateImport(JSON.stringify({ type: 'Polygon', coordinates: square })).collection?.features).toHaveLength(1);
  });

  it('keeps the valid features and lists the others by index and problem', () => {
    const r = validateImport(fc(point([114.05, 22.54]), point([22.54, 114.05]), point([12697000, 2575000]), point([200, 10]), { type: 'Feature', geometry: { type: 'Point' } }, point([114, 22.5])));
    expect(r.collection?.features).toHaveLength(2);
    expect(r.problems.map((p) => [p.index, p.kind])).toEqual([
      [1, 'swapped'],
      [2, 'projected'],
      [3, 'range'],
      [4, 'invalid'],
    ]);
  });

  it('refuses what cannot be used at all, with a reason', () => {
    expect(validateImport('not json').problems[0]).toMatchObject({ index: -1, kind: 'invalid' });
    expect(validateImport('{"type":"FeatureCollection","features":[]}').collection).toBeNull();
    expect(validateImport('[]').problems[0].kind).toBe('invalid');
    expect(validateImport('x', MAX_IMPORT_BYTES + 1).problems[0]).toMatchObject({ kind: 'unsupported' });
    expect(validateImport(fc(...Array.from({ length: 5001 }, () => point([114, 22.5])))).problems[0].kind).toBe('unsupported');
  });

  it('keeps HTML in properties as inert text (it is data, shown with textContent)', () => {
    const r = validateImport(fc(point([114.05, 22.54], { name: '<img src=x onerror=alert(1)>' })));
    expect(r.collection?.features[0].properties?.name).toBe('<img src=x onerror=alert(1)>');
  });

  it('warns when the file says it uses GCJ-02 or comes from a Chinese web map', () => {
    const r = validateImport(JSON.stringify({ type: 'FeatureCollection', crs: { properties: { name: 'GCJ02' } }, features: [point([114.05, 22.54])] }));
    expect(r.warnings).toHaveLength(1);
    expect(r.collection?.features).toHaveLength(1);
  });
});
