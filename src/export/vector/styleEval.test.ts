import { describe, expect, it, vi } from 'vitest';
import { LAYERS } from '../../layers/registry';
import { colorOf, compileLayer, layerShownAt } from './styleEval';

describe('style evaluation for the vector export', () => {
  it('compiles every filter, paint and layout property of every registered layer', () => {
    // A feature without the data's properties makes data-driven values fall back, which maplibre
    // reports as it does on screen; the point here is that nothing fails to compile.
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    for (const def of LAYERS) {
      for (const layer of def.style) {
        const compiled = compileLayer({ ...layer, source: def.source } as never);
        const feature = { geometryType: 'Polygon' as const, properties: {} };
        expect(() => compiled.accepts(12, feature), layer.id).not.toThrow();
        for (const name of Object.keys(layer.paint ?? {})) expect(() => compiled.paint(name, 12, feature), `${layer.id} ${name}`).not.toThrow();
        for (const name of Object.keys(layer.layout ?? {})) expect(() => compiled.layout(name, 12, feature), `${layer.id} ${name}`).not.toThrow();
      }
    }
    warn.mockRestore();
  });

  it('interpolates zoom curves and applies match, geometry-type filters and feature state as maplibre does', () => {
    const line = compileLayer({
      id: 'l',
      type: 'line',
      source: 's',
      filter: ['==', ['geometry-type'], 'Polygon'],
      paint: {
        'line-width': ['interpolate', ['linear'], ['zoom'], 10, 2, 14, 6],
        'line-color': ['case', ['boolean', ['feature-state', 'selected'], false], '#000000', ['match', ['get', 'k'], 'a', '#ff0000', '#00ff00']],
        'line-dasharray': [2, 1],
      },
    });
    const polygon = { geometryType: 'MultiPolygon' as const, properties: { k: 'a' } };
    expect(line.accepts(12, polygon)).toBe(true);
    expect(line.accepts(12, { geometryType: 'LineString', properties: {} })).toBe(false);
    expect(line.paint('line-width', 12, polygon)).toBe(4);
    expect(colorOf(line.paint('line-color', 12, polygon))).toEqual({ hex: '#ff0000', alpha: 1 });
    expect(colorOf(line.paint('line-color', 12, polygon, { selected: true }))?.hex).toBe('#000000');
    expect(line.paint('line-opacity', 12, polygon)).toBe(1); // the spec's default
    expect(line.layout('line-cap', 12, polygon)).toBe('butt');
  });

  it('reads translucent colours unpremultiplied and drops transparent ones', () => {
    const fill = compileLayer({ id: 'f', type: 'fill', source: 's', paint: { 'fill-color': 'rgba(51, 102, 153, 0.5)' } });
    expect(colorOf(fill.paint('fill-color', 10))).toEqual({ hex: '#336699', alpha: 0.5 });
    const clear = compileLayer({ id: 'c', type: 'fill', source: 's', paint: { 'fill-color': 'rgba(0,0,0,0)' } });
    expect(colorOf(clear.paint('fill-color', 10))).toBeNull();
  });

  it('shows a layer from its minzoom up to (not including) its maxzoom, unless hidden', () => {
    const layer = { id: 'x', type: 'line', source: 's', minzoom: 10, maxzoom: 12 } as const;
    expect([9.9, 10, 11.9, 12].map((z) => layerShownAt(layer, z))).toEqual([false, true, true, false]);
    expect(layerShownAt({ ...layer, layout: { visibility: 'none' } }, 11)).toBe(false);
  });
});
