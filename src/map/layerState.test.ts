import type { Map as MaplibreMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { LAYERS } from '../layers/registry';
import { DEFAULT_OPACITY, DEFAULT_VISIBILITY } from '../layers/toggles';
import { applyToggles } from './layerState';

/** The part of maplibre's public API applyToggles uses, recording every change it makes. */
function recordingMap() {
  // As a freshly loaded style has them: each layer's own paint and layout.
  const layers = LAYERS.flatMap((d) => d.style);
  const entries = (part: 'paint' | 'layout') => layers.flatMap((l) => Object.entries((l[part] ?? {}) as Record<string, unknown>).map(([k, v]) => [`${l.id}/${k}`, v] as const));
  const layout = new Map<string, unknown>(entries('layout'));
  const paint = new Map<string, unknown>(entries('paint'));
  const ids = new Set(layers.map((l) => l.id));
  const changes: string[] = [];
  const map = {
    getLayer: (id: string) => (ids.has(id) ? { id } : undefined),
    getLayoutProperty: (id: string, key: string) => layout.get(`${id}/${key}`),
    setLayoutProperty: (id: string, key: string, value: unknown) => {
      layout.set(`${id}/${key}`, value);
      changes.push(`${id} ${key}=${String(value)}`);
    },
    getPaintProperty: (id: string, key: string) => paint.get(`${id}/${key}`),
    setPaintProperty: (id: string, key: string, value: unknown) => {
      paint.set(`${id}/${key}`, value);
      changes.push(`${id} ${key}=${String(value)}`);
    },
  };
  return { map: map as unknown as MaplibreMap, changes, layout, paint };
}

describe('applyToggles', () => {
  it('changes nothing when the toggles are the defaults the style starts with', () => {
    const { map, changes } = recordingMap();
    applyToggles(map, DEFAULT_VISIBILITY, DEFAULT_OPACITY);
    // Only layers that start hidden (distance rings) are switched off.
    expect(changes.every((c) => c.startsWith('plan-rings-') && c.endsWith('visibility=none'))).toBe(true);
  });
  it('hides exactly the style layers of a switched-off toggle', () => {
    const { map, changes } = recordingMap();
    applyToggles(map, DEFAULT_VISIBILITY, DEFAULT_OPACITY);
    changes.length = 0;
    applyToggles(map, { ...DEFAULT_VISIBILITY, belts: false }, DEFAULT_OPACITY);
    expect(changes.sort()).toEqual(['plan-belts-fill', 'belts-highlight-line', 'belts-highlight-point', 'plan-belts-label', 'plan-belts-line'].map((id) => `${id} visibility=none`).sort());
  });
  it('fades a toggle by a factor of each layer’s own opacity, leaving feature-state highlights alone', () => {
    const { map, paint, changes } = recordingMap();
    applyToggles(map, DEFAULT_VISIBILITY, { ...DEFAULT_OPACITY, belts: 0.5 });
    expect(changes.some((c) => c.includes('highlight'))).toBe(false);
    expect(paint.get('plan-belts-fill/fill-opacity')).toBeCloseTo(0.1);
    expect(paint.get('plan-belts-line/line-opacity')).toBeCloseTo(0.5);
    expect(paint.get('plan-belts-label/text-opacity')).toBeCloseTo(0.5);
    expect(paint.get('plan-core-fill/fill-opacity')).toBe(0.12);
  });
  it('sets nothing twice: a repeat of the same toggles makes no change', () => {
    const { map, changes } = recordingMap();
    applyToggles(map, { ...DEFAULT_VISIBILITY, core: false }, { ...DEFAULT_OPACITY, clusters: 0.3 });
    const first = changes.length;
    applyToggles(map, { ...DEFAULT_VISIBILITY, core: false }, { ...DEFAULT_OPACITY, clusters: 0.3 });
    expect(first).toBeGreaterThan(0);
    expect(changes.length).toBe(first);
  });
});
