import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { LAYERS, SOURCES } from '../layers/registry';
import type { LayerDef } from '../layers/types';
import { buildOfflineStyle, overlayOnStyle, type StyleInput } from './style';

const input = (over: Partial<StyleInput> = {}): StyleInput => ({ lang: 'zh', sources: SOURCES, layers: LAYERS, attributionText: (key) => `attr:${key}`, ...over });
const layerIdsOf = (defs: readonly LayerDef[]) => defs.flatMap((d) => d.style.map((l) => l.id));

describe('buildOfflineStyle', () => {
  const style = buildOfflineStyle(input());
  it('is a valid maplibre style that asks nothing of the network: no glyphs, no sprite, local GeoJSON only', () => {
    expect(validateStyleMin(style)).toEqual([]);
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    for (const [id, source] of Object.entries(style.sources)) {
      expect(source.type, id).toBe('geojson');
      const data = 'data' in source ? source.data : undefined;
      if (typeof data === 'string') expect(data, id).not.toMatch(/^[a-z]+:\/\//i);
    }
  });
  it('draws the sea as the background, then every registry layer in order (labels last), each with its attribution', () => {
    expect(style.layers[0]).toMatchObject({ id: 'sea', type: 'background' });
    const ids = style.layers.slice(1).map((l) => l.id);
    expect([...ids].sort()).toEqual([...layerIdsOf(LAYERS)].sort());
    const isLabel = (id: string) => style.layers.find((l) => l.id === id)?.type === 'symbol';
    const rank = (id: string) => LAYERS.find((d) => d.style.some((l) => l.id === id))?.labelRank ?? 0;
    // Lines and fills in registry order, then labels by rank (registry order within one): no line crosses a name (the axis over 北部's, once).
    const labels = layerIdsOf(LAYERS).filter(isLabel);
    const byRank = [...new Set(labels.map(rank))].sort((a, b) => a - b).flatMap((r) => labels.filter((id) => rank(id) === r));
    expect(ids).toEqual([...layerIdsOf(LAYERS).filter((id) => !isLabel(id)), ...byRank]);
    // Every zone's name outranks every reference name (a border crossing, a station); clusters outrank 一核, the axis and the belts.
    for (const ref of ['ref-place-label', 'ref-border-labels', 'ref-station-labels'].filter((id) => ids.includes(id))) expect(ids.indexOf('plan-belts-label'), ref).toBeGreaterThan(ids.indexOf(ref));
    expect(ids.indexOf('plan-core-label')).toBeLessThan(ids.indexOf('plan-clusters-label'));
    expect(ids.indexOf('plan-belts-label')).toBeLessThan(ids.indexOf('plan-axis-label'));
    expect(ids.indexOf('plan-belts-label')).toBeGreaterThan(ids.indexOf('plan-axis-line'));
    expect(ids.indexOf('place-labels-city')).toBeGreaterThan(ids.indexOf('plan-core-fill'));
    expect(style.sources['plan-core']).toMatchObject({ attribution: 'attr:planning', promoteId: 'id' });
  });
  it('labels in the chosen language, and starts hidden layers hidden', () => {
    const en = buildOfflineStyle(input({ lang: 'en', hiddenLayers: new Set(['clusters']) }));
    const label = (s: typeof style) => s.layers.find((l) => l.id === 'plan-clusters-label');
    expect(label(style)?.layout).toMatchObject({ 'text-field': ['get', 'label_zh'] });
    expect(label(en)?.layout).toMatchObject({ 'text-field': ['get', 'label_en'], visibility: 'none' });
    expect(en.layers.find((l) => l.id === 'plan-core-fill')?.layout?.visibility).toBeUndefined();
  });
});

describe('overlayOnStyle', () => {
  const base = {
    version: 8 as const,
    sources: { streets: { type: 'vector' as const, url: 'https://tiles.example/streets.json' } },
    layers: [
      { id: 'bg', type: 'background' as const, paint: { 'background-color': '#eee' } },
      { id: 'roads', type: 'line' as const, source: 'streets', 'source-layer': 'roads' },
    ],
  };
  const style = overlayOnStyle(base, input());
  it('keeps the online style underneath, and puts the plan and Futian’s outline on top', () => {
    expect(validateStyleMin(style)).toEqual([]);
    expect(style.layers.slice(0, 2).map((l) => l.id)).toEqual(['bg', 'roads']);
    const ids = style.layers.map((l) => l.id);
    for (const id of ['plan-core-fill', 'plan-clusters-label', 'futian-line', 'markup-line']) expect(ids, id).toContain(id);
    expect(style.sources.streets).toEqual(base.sources.streets);
  });
  it('leaves out the offline basemap (its land, district fills and sea) that the online style replaces', () => {
    const ids = style.layers.map((l) => l.id);
    for (const id of ['sea', 'land-regional-fill', 'districts-detail-fill', 'place-labels-city']) expect(ids, id).not.toContain(id);
    expect(Object.keys(style.sources)).not.toContain('land-regional');
  });
});

describe('basemaps under the plan', () => {
  it('builds 天地图’s raster style valid by the style spec, credited, with no glyphs or sprite', async () => {
    const { tiandituStyle } = await import('./baseStyles');
    const style = tiandituStyle('tianditu-img', '0123456789abcdef0123456789abcdef', 'GS(2024)0568号');
    expect(validateStyleMin(style)).toEqual([]);
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(JSON.stringify(style.sources['tianditu-base'])).toContain('© 天地图 Tianditu</a> GS(2024)0568号');
    expect(style.layers.map((l) => l.id)).toEqual(['tianditu-background', 'tianditu-base', 'tianditu-names']);
  });

  it('leaves the offline land fill out over another basemap (only Futian’s outline stays), and cases lines over imagery', () => {
    const base: Parameters<typeof overlayOnStyle>[0] = { version: 8, sources: {}, layers: [{ id: 'bg', type: 'background', paint: { 'background-color': '#000' } }] };
    const plain = overlayOnStyle(base, input());
    const ids = plain.layers.map((l) => l.id);
    expect(ids).toContain('futian-line');
    expect(ids).not.toContain('futian-fill');
    expect(ids.some((id) => id.endsWith('-casing'))).toBe(false);
    const cased = overlayOnStyle(base, input(), { casings: true });
    expect(validateStyleMin(cased)).toEqual([]);
    const at = (id: string) => cased.layers.findIndex((l) => l.id === id);
    expect(at('futian-line-casing')).toBe(at('futian-line') - 1);
    expect(cased.layers[at('futian-line-casing')]).toMatchObject({ type: 'line', paint: { 'line-color': '#ffffff' } });
    // Every line of the plan has its casing.
    const lines = cased.layers.filter((l) => l.type === 'line' && !l.id.endsWith('-casing'));
    for (const l of lines) expect(at(`${l.id}-casing`), l.id).toBeGreaterThanOrEqual(0);
  });
});
