import { describe, expect, it } from 'vitest';
import { LAYERS } from './registry';
import { legendEntry, paintValue, styleLayer, swatchOf } from './swatch';
import { TOGGLES } from './toggles';

describe('paintValue', () => {
  it('evaluates literals, get, match (with label lists) and a highlight case’s fallback', () => {
    expect(paintValue('#fff', {})).toBe('#fff');
    expect(paintValue(['get', 'color'], { color: '#123456' })).toBe('#123456');
    const match = ['match', ['get', 'id'], 'a', '#aaa', ['b', 'c'], '#bbb', '#000'];
    expect(paintValue(match, { id: 'a' })).toBe('#aaa');
    expect(paintValue(match, { id: 'c' })).toBe('#bbb');
    expect(paintValue(match, { id: 'z' })).toBe('#000');
    expect(paintValue(['case', ['boolean', ['feature-state', 'selected'], false], 4, 0], {})).toBe(0);
    // With a feature-state given, the branch the map would take for it.
    const highlight = ['case', ['boolean', ['feature-state', 'selected'], false], 4, ['boolean', ['feature-state', 'hover'], false], 2.5, 0];
    expect(paintValue(highlight, {}, { selected: true })).toBe(4);
    expect(paintValue(highlight, {}, { hover: true })).toBe(2.5);
    expect(paintValue(highlight, {}, { selected: false })).toBe(0);
    expect(paintValue(['interpolate', ['linear'], ['zoom'], 9, 2, 14, 5], {})).toBeUndefined();
  });
});

describe('swatchOf', () => {
  it('takes fill, opacity, outline and dash from the style layers, per feature', () => {
    const north = swatchOf([styleLayer('plan-belts-fill'), styleLayer('plan-belts-line')], { id: 'belt-north' });
    const central = swatchOf([styleLayer('plan-belts-fill'), styleLayer('plan-belts-line')], { id: 'belt-central' });
    expect(north).toEqual({ fill: '#0072B2', fillOpacity: 0.2, line: '#0072B2', lineDashed: true });
    expect(central.fill).toBe('#E69F00');
    expect(swatchOf([styleLayer('plan-partners-point')])).toEqual({ circle: '#56B4E9', circleStroke: '#0072B2' });
  });
  it('follows a paint change: the legend cannot drift from the map', () => {
    const layer = structuredClone(styleLayer('plan-core-fill'));
    (layer.paint as Record<string, unknown>)['fill-color'] = '#abcdef';
    expect(swatchOf([layer]).fill).toBe('#abcdef');
  });
  it('refuses a legend entry naming a style layer that does not exist', () => {
    expect(() => legendEntry({ zh: 'x', en: 'x' }, ['no-such-layer'])).toThrow(/no-such-layer/);
  });
});

describe('every legend entry', () => {
  it('has a visible symbol whose colours are the paint of the layers it names', () => {
    const paintOf = (id: string) => Object.values((styleLayer(id).paint ?? {}) as Record<string, unknown>);
    for (const t of TOGGLES)
      for (const e of t.legend) {
        const colours = [e.swatch.fill, e.swatch.line, e.swatch.circle].filter((c): c is string => c !== undefined);
        expect(colours.length, e.label.en).toBeGreaterThan(0);
        const names = e.drawnAs.map((k) => k.split('#')[0]);
        const painted = JSON.stringify(names.flatMap(paintOf));
        // Line 7's colour is data (each metro line has its own), the rest is in the style.
        for (const c of colours) if (!names.includes('ref-rail-line')) expect(painted, `${e.label.en}: ${c}`).toContain(c);
        for (const name of names) expect(LAYERS.some((d) => t.layers.includes(d.id) && d.style.some((l) => l.id === name)), `${t.id}: ${name}`).toBe(true);
      }
  });
  it('shows dashed lines where the map draws dashes', () => {
    const entry = (en: string) => TOGGLES.flatMap((t) => t.legend).find((e) => e.label.en.startsWith(en));
    expect(entry('North')?.swatch.lineDashed).toBe(true);
    expect(entry('City boundary')?.swatch.lineDashed).toBe(true);
    expect(entry('Futian to partner')?.swatch.lineDashed).toBe(true);
    expect(entry('District or county')?.swatch.lineDashed).toBeUndefined();
  });
});

/**
 * The legend's evaluator is small on purpose (the style spec's runtime is a 33 KB gzip chunk that
 * only online basemaps and vector exports load), so maplibre's own engine judges it here: for every
 * fill, line and circle layer and every feature of its real data, whatever paintValue answers is
 * what the style-spec engine evaluates at every zoom, plain and selected.
 */
describe('paintValue agrees with maplibre’s style-spec engine on the real data', async () => {
  const fs = await import('node:fs');
  const { compileLayer, colorOf } = await import('../export/vector/styleEval');
  const { SOURCES } = await import('./registry');
  const { rgbChannels } = await import('../encoding/color');
  const featuresOf = (sourceId: string): GeoJSON.Feature[] => {
    const url = SOURCES.find((s) => s.id === sourceId)?.url;
    if (!url) return [];
    return (JSON.parse(fs.readFileSync(url.replace(/^\//, '').replace(/\?.*$/, ''), 'utf8')) as GeoJSON.FeatureCollection).features;
  };
  const KEYS = { fill: ['fill-color', 'fill-opacity'], line: ['line-color', 'line-width'], circle: ['circle-color', 'circle-stroke-color'] } as const;
  const same = (mine: unknown, engine: unknown) => {
    if (typeof mine === 'number') return typeof engine === 'number' && Math.abs(mine - engine) < 1e-9;
    const color = colorOf(engine as Parameters<typeof colorOf>[0]);
    return typeof mine === 'string' && color !== null && rgbChannels(mine).join() === rgbChannels(color.hex).join();
  };
  it('for every layer, feature, zoom and selection state', () => {
    let compared = 0;
    const disagreements: string[] = [];
    for (const def of LAYERS) {
      const features = featuresOf(def.source);
      for (const layer of def.style) {
        if (layer.type !== 'fill' && layer.type !== 'line' && layer.type !== 'circle') continue;
        const compiled = compileLayer({ ...layer, source: def.source } as Parameters<typeof compileLayer>[0]);
        const paint = (layer.paint ?? {}) as Record<string, unknown>;
        for (const f of features.slice(0, 40)) {
          if (!f.geometry) continue;
          const props = Object.fromEntries(Object.entries(f.properties ?? {}).map(([k, v]) => [k, String(v)]));
          for (const state of [{}, { selected: true }] as Array<Record<string, boolean>>) {
            for (const key of KEYS[layer.type]) {
              const mine = paintValue(paint[key], props, state);
              if (mine === undefined || paint[key] === undefined) continue;
              for (const zoom of [8, 11, 14, 16]) {
                const engine = compiled.paint(key, zoom, { geometryType: f.geometry.type, properties: f.properties ?? {} }, state);
                compared++;
                if (!same(mine, engine)) disagreements.push(`${layer.id} ${key} ${JSON.stringify(props).slice(0, 60)} z${zoom}: ${String(mine)} ≠ ${JSON.stringify(engine)}`);
              }
            }
          }
        }
      }
    }
    expect(disagreements.slice(0, 5)).toEqual([]);
    expect(compared).toBeGreaterThan(1000);
  });
});
