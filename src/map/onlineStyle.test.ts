import type { StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { MAX_STYLE_LAYERS, OnlineStyleError, parseOnlineStyle, withoutAtlasIds } from './onlineStyle';

const good = { version: 8, sources: { osm: { type: 'raster', tiles: ['https://tiles.example.org/{z}/{x}/{y}.png'], tileSize: 256 } }, layers: [{ id: 'osm', type: 'raster', source: 'osm' }] };
const problemOf = async (text: string) => {
  try {
    await parseOnlineStyle(text);
    return 'accepted';
  } catch (e) {
    return e instanceof OnlineStyleError ? e.problem : `threw ${String(e)}`;
  }
};

describe('parseOnlineStyle', () => {
  it('accepts a valid style', async () => {
    expect((await parseOnlineStyle(JSON.stringify(good))).layers).toHaveLength(1);
  });
  it.each([
    ['not JSON', 'nope', 'notStyle'],
    ['version 7', JSON.stringify({ ...good, version: 7 }), 'notStyle'],
    ['a source keyed constructor', '{"version":8,"sources":{"constructor":{"type":"raster","tiles":["https://x/{z}/{x}/{y}.png"]}},"layers":[]}', 'invalid'],
    ['a source keyed __proto__', '{"version":8,"sources":{"__proto__":{"type":"raster","tiles":["https://x/{z}/{x}/{y}.png"]}},"layers":[]}', 'invalid'],
    ['layers holding null', JSON.stringify({ ...good, layers: [null] }), 'invalid'],
    ['5,000 layers', JSON.stringify({ ...good, layers: Array.from({ length: 5000 }, (_, i) => ({ id: `l${i}`, type: 'background' })) }), 'tooLarge'],
    ['a layer with an unknown type', JSON.stringify({ ...good, layers: [{ id: 'x', type: 'hologram', source: 'osm' }] }), 'invalid'],
    ['a layer naming a missing source', JSON.stringify({ ...good, layers: [{ id: 'x', type: 'raster', source: 'nowhere' }] }), 'invalid'],
  ])('refuses %s, saying why', async (_, text, problem) => {
    expect(await problemOf(text)).toBe(problem);
  });
  it('refuses metadata nested 10,000 deep without overflowing the stack, and keeps real expression depth', async () => {
    const deep = `{"version":8,"sources":{},"layers":[],"metadata":${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}}`;
    expect(await problemOf(deep)).toBe('invalid');
    let nested: unknown = ['get', 'height'];
    for (let i = 0; i < 30; i++) nested = ['+', 1, nested];
    const tall = { ...good, metadata: { expression: nested } };
    expect(await problemOf(JSON.stringify(tall))).toBe('accepted');
  });
  it('bounds the number of layers it takes', async () => {
    expect(await problemOf(JSON.stringify({ ...good, layers: Array.from({ length: MAX_STYLE_LAYERS + 1 }, (_, i) => ({ id: `l${i}`, type: 'background' })) }))).toBe('tooLarge');
  });
});

describe('withoutAtlasIds', () => {
  it('renames base layers and sources that reuse Atlas ids, keeping their references', () => {
    const base = { version: 8, sources: { futian: good.sources.osm, osm: good.sources.osm }, layers: [{ id: 'plan-clusters-fill', type: 'raster', source: 'futian' }, { id: 'osm', type: 'raster', source: 'osm' }] } as unknown as StyleSpecification;
    const { style, renamed } = withoutAtlasIds(base, new Set(['futian', 'plan-clusters-fill']));
    expect(renamed).toBe(2);
    expect(Object.keys(style.sources)).toEqual(['basemap-futian', 'osm']);
    expect(style.layers.map((l) => [l.id, 'source' in l ? l.source : null])).toEqual([
      ['basemap-plan-clusters-fill', 'basemap-futian'],
      ['osm', 'osm'],
    ]);
  });
});
