import { describe, expect, it } from 'vitest';
import { alongLine, boxLines, type FontMetrics, hitGroups, labelBox, labelsFromHits, radialOffset, textWidth, wrapLabel } from './labelLayout';

const metrics: FontMetrics = { widths: { A: 600, ' ': 250 }, defaultWidth: 1000 };

describe('point labels as maplibre places them', () => {
  it('offsets each variable anchor as maplibre’s fromRadialOffset (baseline 7/24 em)', () => {
    expect(radialOffset('top', 1)).toEqual([0, 1 - 7 / 24]);
    expect(radialOffset('bottom', 1)).toEqual([0, -1 + 7 / 24]);
    expect(radialOffset('left', 0.6)).toEqual([0.6, 0]);
    expect(radialOffset('right', 0.6)).toEqual([-0.6, 0]);
    const [x, y] = radialOffset('top-left', 1);
    expect(x).toBeCloseTo(Math.SQRT1_2, 9);
    expect(y).toBeCloseTo(Math.SQRT1_2 - 7 / 24, 9);
    expect(radialOffset('center', 3)).toEqual([0, 0]);
  });

  it('puts the box’s named side at the point', () => {
    expect(labelBox([100, 50], 'top', [0, 10], 40, 20)).toEqual({ x: 80, y: 60, w: 40, h: 20 });
    expect(labelBox([100, 50], 'left', [5, 0], 40, 20)).toEqual({ x: 105, y: 40, w: 40, h: 20 });
    expect(labelBox([100, 50], 'bottom-right', [0, 0], 40, 20)).toEqual({ x: 60, y: 30, w: 40, h: 20 });
  });

  it('measures with the face’s advances and letter spacing', () => {
    expect(textWidth('福A', 10, 0, metrics)).toBeCloseTo(16, 9);
    expect(textWidth('福A', 10, 0.2, metrics)).toBeCloseTo(18, 9);
  });

  it('wraps at text-max-width into balanced lines (Chinese anywhere, Latin at spaces)', () => {
    expect(wrapLabel('深圳国际金融产业带', 10, 8, 0, metrics)).toEqual(['深圳国际', '金融产业带']);
    expect(wrapLabel('一二三四五六七八九十一二三四五六七八', 10, 8, 0, metrics).map((l) => l.length)).toEqual([6, 6, 6]);
    expect(wrapLabel('福田区', 10, 8, 0, metrics)).toEqual(['福田区']);
    expect(wrapLabel('AAAA AAAA AAAA', 10, 5, 0, metrics).every((l) => !l.startsWith(' ') && !l.endsWith(' '))).toBe(true);
    expect(wrapLabel('一行\n两行', 10, 100, 0, metrics)).toEqual(['一行', '两行']);
  });

  it('sets lines 1.2 em apart with the baseline 0.88 em under the em box’s top', () => {
    const lines = boxLines({ x: 0, y: 0, w: 20, h: 24 }, ['甲', '乙'], 10, 1.2);
    expect(lines.map((l) => l.x)).toEqual([10, 10]);
    expect(lines[0]?.y).toBeCloseTo(1 + 8.8, 9);
    expect(lines[1]?.y).toBeCloseTo(12 + 1 + 8.8, 9);
  });
});

describe('labels along lines', () => {
  it('reads left to right, never upside down', () => {
    expect(alongLine('Shennan Blvd', { x: 0, y: 0, angle: 170 }, 10, 0).rotate).toBeCloseTo(-10, 9);
    expect(alongLine('Shennan Blvd', { x: 0, y: 0, angle: -100 }, 10, 0).rotate).toBeCloseTo(80, 9);
  });

  it('stacks Chinese upright, top to bottom, on a line nearer vertical than horizontal', () => {
    const { lines, rotate } = alongLine('福田河', { x: 50, y: 100, angle: 92 }, 10, 0);
    expect(lines.map((l) => l.text)).toEqual(['福', '田', '河']);
    expect(lines.every((l) => l.x === 50)).toBe(true);
    expect((lines[1]?.y ?? 0) - (lines[0]?.y ?? 0)).toBe(10);
    expect(rotate).toBeCloseTo(2, 9);
    // Heading up the same line gives the same reading order.
    expect(alongLine('福田河', { x: 50, y: 100, angle: -88 }, 10, 0).rotate).toBeCloseTo(2, 9);
    // Nearer horizontal: one rotated line.
    expect(alongLine('深南大道', { x: 0, y: 0, angle: 30 }, 10, 0).lines).toHaveLength(1);
  });

  it('merges the probe’s hits along one label and keeps repeats apart', () => {
    const hit = (s: number) => ({ s, x: s, y: 0, angle: 0 });
    // Hits 0–30 (a gap at 15 between glyph boxes) are one label; 300–330 a repeat along the road.
    const labels = labelsFromHits([0, 5, 10, 20, 25, 30, 300, 305, 310, 320, 330].map(hit), 40, 5);
    expect(labels.map((l) => l.s)).toEqual([10, 310]);
  });
});

describe('hitGroups', () => {
  it('joins the hits of one label and keeps two labels apart', () => {
    const one: Array<[number, number]> = [[10, 10], [15, 10], [20, 12], [25, 14]];
    const other: Array<[number, number]> = [[200, 50], [205, 50]];
    expect(hitGroups([...one, ...other], 10)).toEqual([
      { x: 10, y: 10, w: 15, h: 4 },
      { x: 200, y: 50, w: 5, h: 0 },
    ]);
    // Hits found out of order still make one group.
    expect(hitGroups([[0, 0], [30, 0], [15, 0]], 16)).toHaveLength(1);
    expect(hitGroups([], 5)).toEqual([]);
  });
});
