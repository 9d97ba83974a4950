import { describe, expect, it } from 'vitest';
import { contrastRatio } from './contrast';
import { PLANNING_LAYERS } from './planning';
import { LAYERS, SOURCES } from './registry';

const hasLabels = (sourceId: string) => LAYERS.some((l) => l.source === sourceId && l.style.some((layer) => layer.type === 'symbol'));

describe('layer registry', () => {
  it('lists every source once, and every layer names a listed source', () => {
    const ids = SOURCES.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const l of LAYERS) expect(ids, l.id).toContain(l.source);
  });

  it('loads the sources with labels first (their glyph round trip then overlaps the rest)', () => {
    const labelled = SOURCES.map((s) => hasLabels(s.id));
    expect(labelled.indexOf(false)).toBeGreaterThan(0);
    expect(labelled.slice(labelled.indexOf(false))).not.toContain(true);
    expect(SOURCES[0].id).toBe('place-labels');
  });
});

describe('planning labels', () => {
  /** Every colour a paint value can take: a literal, or the outputs of a match. */
  const colours = (v: unknown): string[] =>
    typeof v === 'string' ? [v] : Array.isArray(v) && v[0] === 'match' ? v.slice(2).filter((_, i, a) => i % 2 === 1 || i === a.length - 1).flatMap(colours) : [];

  it('read at WCAG AA (4.5:1) on their halo, whatever the fill beneath', () => {
    const labels = PLANNING_LAYERS.flatMap((d) => d.style).filter((l) => l.type === 'symbol');
    expect(labels.length).toBeGreaterThanOrEqual(8);
    for (const l of labels) {
      const paint = l.paint as Record<string, unknown>;
      const halo = paint['text-halo-color'];
      expect(typeof halo, l.id).toBe('string');
      expect(paint['text-halo-width'], l.id).toBeGreaterThanOrEqual(1.6);
      const inks = colours(paint['text-color']);
      expect(inks.length, l.id).toBeGreaterThan(0);
      for (const ink of inks) expect(contrastRatio(ink, halo as string), `${l.id} ${ink}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('name every zone group that a briefing step shows: the core, the belts, the axis and the clusters', () => {
    for (const id of ['core', 'belts', 'axis', 'clusters']) {
      const def = PLANNING_LAYERS.find((d) => d.id === id);
      expect(def?.labelProperty, id).toBeDefined();
      const label = def?.style.find((l) => l.type === 'symbol');
      expect(label, id).toBeDefined();
      // No maxzoom: a 4K screen frames a step more closely than a laptop does.
      expect(label?.maxzoom, id).toBeUndefined();
    }
  });
});
