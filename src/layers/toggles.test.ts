import { describe, expect, it } from 'vitest';
import { LAYERS } from './registry';
import { DEFAULT_VISIBILITY, legendFor, TOGGLES } from './toggles';

describe('layer toggles', () => {
  it('have unique ids and name only layer definitions that exist', () => {
    const ids = TOGGLES.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of TOGGLES) for (const layer of t.layers) expect(LAYERS.map((l) => l.id), `${t.id} → ${layer}`).toContain(layer);
  });
  it('cover every planning layer a user can see', () => {
    const governed = new Set(TOGGLES.flatMap((t) => t.layers));
    const visiblePlanning = LAYERS.filter((l) => l.group !== 'basemap' && l.group !== 'measure' && l.id !== 'plan-district');
    for (const l of visiblePlanning) expect(governed.has(l.id), l.id).toBe(true);
  });
});

describe('legendFor', () => {
  it('lists the entries of visible layers only, in panel order', () => {
    const all = legendFor(DEFAULT_VISIBILITY).map((g) => g.toggle.id);
    expect(all).toEqual(['core', 'belts', 'axis', 'clusters', 'partners', 'villages', 'parks', 'links', 'futian', 'boundaries']);
    const some = legendFor({ ...DEFAULT_VISIBILITY, belts: false, partners: false }).map((g) => g.toggle.id);
    expect(some).not.toContain('belts');
    expect(some).not.toContain('partners');
    expect(some).toContain('core');
  });
  it('leaves out layers with nothing to explain (place names)', () => {
    expect(legendFor({ labels: true }).length).toBe(0);
  });
  it('has both languages for every entry', () => {
    for (const { entries } of legendFor(DEFAULT_VISIBILITY)) for (const e of entries) expect(e.label.zh && e.label.en).toBeTruthy();
  });
});
