import { describe, expect, it } from 'vitest';
import { isZoneId } from '../zones/ids';
import { LAYERS } from './registry';
import { DEFAULT_VISIBILITY, legendFor, TOGGLES } from './toggles';

describe('layer toggles', () => {
  it('have unique ids and name only layer definitions that exist', () => {
    const ids = TOGGLES.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of TOGGLES) for (const layer of t.layers) expect(LAYERS.map((l) => l.id), `${t.id} → ${layer}`).toContain(layer);
  });
  it('say which of their style layers (and features) show each legend entry', () => {
    let keysChecked = 0;
    let shared = 0;
    for (const t of TOGGLES) {
      const styleIds = LAYERS.filter((l) => t.layers.includes(l.id)).flatMap((l) => l.style.map((s) => s.id));
      for (const e of t.legend)
        for (const key of e.drawnAs ?? []) {
          const [styleId, featureId] = key.split('#');
          expect(styleIds, `${t.id}: ${key}`).toContain(styleId);
          if (featureId !== undefined) expect(isZoneId(featureId), `${t.id}: ${key}`).toBe(true);
          keysChecked++;
        }
      // Several entries in one toggle need drawnAs, or an export could not tell them apart.
      if (t.legend.length > 1) {
        shared++;
        for (const e of t.legend) expect(e.drawnAs?.length ?? 0, `${t.id}: ${e.label.en}`).toBeGreaterThan(0);
        // …and no two entries of one toggle may claim the same drawing.
        const claims = t.legend.flatMap((e) => e.drawnAs ?? []);
        expect(new Set(claims).size, `${t.id}: an entry's drawnAs repeats another's`).toBe(claims.length);
      }
    }
    // The rules above ran on real entries (the belts' three bands, the metro's lines …), not on nothing.
    expect(shared).toBeGreaterThan(2);
    expect(keysChecked).toBeGreaterThan(10);
  });
  it('cover every planning layer a user can see', () => {
    const governed = new Set(TOGGLES.flatMap((t) => t.layers));
    const visiblePlanning = LAYERS.filter((l) => l.group !== 'basemap' && l.group !== 'markup' && l.id !== 'plan-district');
    for (const l of visiblePlanning) expect(governed.has(l.id), l.id).toBe(true);
  });
});

describe('legendFor', () => {
  it('lists the entries of visible layers only, in panel order', () => {
    const all = legendFor(DEFAULT_VISIBILITY).map((g) => g.toggle.id);
    expect(all).toEqual(['core', 'belts', 'axis', 'clusters', 'partners', 'villages', 'parks', 'links', 'roads', 'water', 'green', 'metro', 'landmarks', 'futian', 'boundaries']);
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

describe('the metro legend', () => {
  it('shows a metro line in a colour the data gives a line (the map colours each line as the data does)', async () => {
    const fs = await import('node:fs');
    const drawn = JSON.parse(fs.readFileSync('data/reference/drawn.json', 'utf8')) as { lines: Array<{ id: string; color: string }> };
    const metro = TOGGLES.find((t) => t.id === 'metro');
    const line = metro?.legend.find((e) => e.drawnAs.includes('ref-rail-line'));
    expect(drawn.lines.length).toBeGreaterThan(5);
    expect(drawn.lines.map((l) => l.color.toLowerCase())).toContain(line?.swatch.line?.toLowerCase());
  });
});
