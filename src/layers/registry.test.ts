import { describe, expect, it } from 'vitest';
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
