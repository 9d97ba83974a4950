import { describe, expect, it } from 'vitest';
import { gcj02ToWgs84 } from '../geo/datum';
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
    expect(validateImport('not json').problems[0]).toMatchObject({ index: -1, kind: 'notJson' });
    expect(validateImport('{"type":"FeatureCollection","features":[]}').collection).toBeNull();
    expect(validateImport('[]').problems[0].kind).toBe('noFeatures');
    expect(validateImport('null').problems[0].kind).toBe('noFeatures');
    expect(validateImport('x', MAX_IMPORT_BYTES + 1).problems[0]).toEqual({ index: -1, kind: 'tooLarge', detail: String(MAX_IMPORT_BYTES + 1) });
    expect(validateImport(fc(...Array.from({ length: 5001 }, () => point([114, 22.5])))).problems[0]).toMatchObject({ kind: 'tooMany', detail: '5001' });
  });

  it('keeps HTML in properties as inert text (it is data, shown with textContent)', () => {
    const r = validateImport(fc(point([114.05, 22.54], { name: '<img src=x onerror=alert(1)>' })));
    expect(r.collection?.features[0].properties?.name).toBe('<img src=x onerror=alert(1)>');
  });

  it('warns when the file says it uses GCJ-02 or comes from a Chinese web map', () => {
    const r = validateImport(JSON.stringify({ type: 'FeatureCollection', crs: { properties: { name: 'GCJ02' } }, features: [point([114.05, 22.54])] }));
    expect(r.warnings).toEqual(['datumDeclared']);
    expect(r.collection?.features).toHaveLength(1);
  });
});

describe('validateImport on hostile input: always a layer plus refused features, or one reason', () => {
  // Built as text: JSON.stringify itself overflows the stack on values nested 10,000 deep.
  const good = JSON.stringify(point([114.05, 22.54]));
  const withGood = (hostile: string) => `{"type":"FeatureCollection","features":[${good},${hostile}]}`;
  const deep = (depth: number, open: string, leaf: string, close: string) => `${open.repeat(depth)}${leaf}${close.repeat(depth)}`;
  const feature = (geometry: string, properties = '{}') => `{"type":"Feature","properties":${properties},"geometry":${geometry}}`;

  it.each([
    ['a Polygon with coordinates [[]]', feature('{"type":"Polygon","coordinates":[[]]}'), 'invalid'],
    ['a Polygon with a three-position ring', feature('{"type":"Polygon","coordinates":[[[114,22.5],[114.1,22.5],[114,22.5]]]}'), 'invalid'],
    ['a LineString of one position', feature('{"type":"LineString","coordinates":[[114,22.5]]}'), 'invalid'],
    ['a position containing an object', feature('{"type":"Point","coordinates":[114,{"x":1}]}'), 'invalid'],
    ['a GeometryCollection inside a GeometryCollection', feature('{"type":"GeometryCollection","geometries":[{"type":"GeometryCollection","geometries":[{"type":"Point","coordinates":[114,22.5]}]}]}'), 'nestedCollection'],
    ['GeometryCollections nested 10,000 deep', feature(deep(10_000, '{"type":"GeometryCollection","geometries":[', '{"type":"Point","coordinates":[114,22.5]}', ']}')), 'tooDeep'],
    ['coordinate arrays nested 10,000 deep', feature(`{"type":"MultiPolygon","coordinates":${deep(10_000, '[', '114', ']')}}`), 'tooDeep'],
    ['property values nested 10,000 deep', feature('{"type":"Point","coordinates":[114,22.5]}', `{"deep":${deep(10_000, '[', '1', ']')}}`), 'tooDeep'],
  ])('%s: refused by index, the valid feature kept', (_, hostile, kind) => {
    const r = validateImport(withGood(hostile));
    expect(r.collection?.features).toHaveLength(1);
    expect(r.problems).toEqual([expect.objectContaining({ index: 1, kind })]);
  });

  it('keeps a flat GeometryCollection, properties named constructor and 1e308 (the map gets a safe copy)', () => {
    const r = validateImport(fc({ type: 'Feature', properties: { constructor: 'x', big: 1e308 }, geometry: { type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [114, 22.5] }] } }));
    expect(r.problems).toEqual([]);
    expect(r.collection?.features[0].properties).toEqual({ constructor: 'x', big: 1e308 });
  });

  it('never throws, whatever the JSON', () => {
    for (const text of ['1', '"x"', 'true', '{"type":7}', '{"type":"FeatureCollection","features":{"length":3}}', '{"type":"Feature"}', '{"type":"FeatureCollection","features":[null,1,"x",[]]}', '{"__proto__":{"type":"Point"}}']) {
      expect(() => validateImport(text), text).not.toThrow();
      const r = validateImport(text);
      expect(r.collection === null ? r.problems.length : 1, text).toBeGreaterThan(0);
    }
  });
});

describe('recognising a file drawn in GCJ-02 by its offset', () => {
  // A stretch of Futian's boundary (WGS84) along the Shenzhen River, and the same in GCJ-02.
  const wgs: [number, number][] = Array.from({ length: 40 }, (_, i) => [114.03 + i * 0.002, 22.505 + i * 0.0008]);
  const outline = { type: 'LineString' as const, coordinates: wgs };
  const toGcj = ([x, y]: [number, number]): [number, number] => {
    // Invert gcj02ToWgs84 by fixed-point iteration (as a Chinese web map would have produced it).
    let g: [number, number] = [x, y];
    for (let k = 0; k < 5; k++) {
      const w = gcj02ToWgs84(g);
      g = [g[0] + (x - w[0]), g[1] + (y - w[1])];
    }
    return g;
  };
  const line = (coords: [number, number][]) => fc({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: coords } });

  it('warns about GCJ-02 coordinates with no CRS hint', () => {
    expect(validateImport(line(wgs.map(toGcj)), undefined, { outline, toWgs84: gcj02ToWgs84 }).warnings).toEqual(['datumOffset']);
  });
  it('does not warn about WGS84 data on the same line, nor without a reference outline', () => {
    expect(validateImport(line(wgs), undefined, { outline, toWgs84: gcj02ToWgs84 }).warnings).toEqual([]);
    expect(validateImport(line(wgs.map(toGcj))).warnings).toEqual([]);
  });
});

describe('shapes that would draw nothing', () => {
  const f = (geometry: unknown) => ({ type: 'Feature', properties: {}, geometry });
  it('splits a bowtie and says so; refuses zero-area and zero-length features with the reason', () => {
    const text = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        f({ type: 'Polygon', coordinates: [[[114.0, 22.5], [114.1, 22.6], [114.1, 22.5], [114.0, 22.6], [114.0, 22.5]]] }),
        f({ type: 'Polygon', coordinates: [[[114.0, 22.5], [114.1, 22.5], [114.2, 22.5], [114.0, 22.5]]] }),
        f({ type: 'LineString', coordinates: [[114.0, 22.5], [114.0, 22.5]] }),
      ],
    });
    const result = validateImport(text);
    expect(result.collection?.features.map((x) => x.geometry.type)).toEqual(['MultiPolygon']);
    expect(result.warnings).toEqual(['selfIntersectionsSplit']);
    expect(result.problems).toEqual([
      { index: 1, kind: 'degenerate', detail: 'area' },
      { index: 2, kind: 'degenerate', detail: 'length' },
    ]);
  });
});
