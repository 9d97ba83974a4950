import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsOf, SRC, sourceFiles } from '../../scripts/structure/imports';
import { areaAgreement, areaFigure, distanceFigure, distanceRelation, plainKm, plainPlusMinus } from './figures';

describe('one figure per distance', () => {
  it('prints the ± to the decimals of its value: 小漠 reads ±5 whether measured from Futian or 市民中心', () => {
    // Futian's label point is placed to ±100 m, 市民中心 to ±200 m, 小漠 to ±5 km.
    const fromFutian = distanceFigure(103.3, 5000 + 100);
    const fromCivicCentre = distanceFigure(103.1, 5000 + 200);
    expect(fromFutian).toEqual({ km: 105, decimals: 0, plusMinusKm: 5, uncertaintyKm: 5.1 });
    expect(fromCivicCentre.plusMinusKm).toBe(5);
    expect([plainKm(fromFutian), plainPlusMinus(fromFutian)]).toEqual(['105', '5']);
  });
  it('gives no ± under a kilometre, a tenth of a kilometre for outlines, and nothing within the uncertainty', () => {
    expect(distanceFigure(4.437, 400)).toEqual({ km: 4.4, decimals: 1, plusMinusKm: null, uncertaintyKm: 0.4 });
    expect(distanceFigure(0.3, 400).km).toBeNull();
    expect(distanceFigure(20, 30_100)).toMatchObject({ km: null, plusMinusKm: null });
    expect(distanceFigure(92.6, 30_100)).toMatchObject({ km: 100, plusMinusKm: 30 });
    expect(distanceFigure(0, 400)).toMatchObject({ km: 0, plusMinusKm: null });
  });
  it('rounds areas and never prints a ± of 0', () => {
    expect(areaFigure(4.114, 9, 200)).toEqual({ km2: 4, decimals: 1, plusMinusKm2: 0.9 });
    expect(areaFigure(0.93, 0.2, 50).plusMinusKm2).toBeGreaterThan(0);
  });
  it('says whether a computed area agrees with a published one within its ±', () => {
    expect(areaAgreement({ km2: 80, decimals: 0, plusMinusKm2: 2 }, 78.66)).toEqual({ offPercent: expect.closeTo(1.7, 1), withinAccuracy: true });
    expect(areaAgreement({ km2: 3.4, decimals: 1, plusMinusKm2: 0.1 }, 3.02).withinAccuracy).toBe(false);
  });
  it('relates a document’s round distance to the map’s centre and edge distances', () => {
    expect(distanceRelation(4, 4.8, 2.2, 0.4)).toBe('between');
    expect(distanceRelation(4, 4.2, 2.2, 0.4)).toBe('near-centre');
    expect(distanceRelation(2, 4.8, 2.2, 0.4)).toBe('near-edge');
    expect(distanceRelation(9, 4.8, 2.2, 0.4)).toBe('other');
  });
});

/**
 * Where a distance is printed, it is printed from its figure: outside src/geo/figures.ts nothing
 * rounds one (roundDistance, roundArea, stepFor), and a file that handles distances calls
 * toFixed or formatNumber only with a figure's own `decimals`.
 */
const ROUNDERS = /\b(roundDistance|roundArea|stepFor|decimalsForStep)\(/;
const DISTANCE_SOURCES = /\/(geo\/measure|geo\/zoneFacts|geo\/figures|analysis\/distanceTable)$/;

function printingViolations(file: string, text: string): string[] {
  const found: string[] = [];
  if (ROUNDERS.test(text)) found.push(`${file}: rounds a distance itself`);
  if (!importsOf(text).some((spec) => DISTANCE_SOURCES.test(spec))) return found;
  for (const m of text.matchAll(/(\.toFixed\(|formatNumber\()([^)]*)\)/g)) if (!m[2].includes('decimals')) found.push(`${file}: ${m[0]}`);
  for (const m of text.matchAll(/Math\.round\(\s*\w*[kK]m\w*\b[^)]*\)/g)) found.push(`${file}: ${m[0]}`);
  return found;
}

describe('every place that prints a distance uses the one figure', () => {
  it('finds a file that rounds or prints a distance its own way', () => {
    const imports = "import { distanceKm } from '../geo/measure';\n";
    expect(printingViolations('a.ts', `${imports}const t = km.toFixed(1);`)).toEqual(['a.ts: .toFixed(1)']);
    expect(printingViolations('b.ts', `${imports}formatNumber(cell.km, lang, 0)`)).toEqual(['b.ts: formatNumber(cell.km, lang, 0)']);
    expect(printingViolations('c.ts', 'const d = roundDistance(km, a, b);')).toEqual(['c.ts: rounds a distance itself']);
    expect(printingViolations('d.ts', `${imports}formatNumber(cell.km, lang, cell.decimals)`)).toEqual([]);
    expect(printingViolations('e.ts', `${imports}const p = { km: Math.round(km * 10) / 10 };`)).toEqual(['e.ts: Math.round(km * 10)']);
  });
  it('holds for every app file and the map-label pipeline', () => {
    // figures.ts makes the figures; precision.ts its steps; format.ts prints them (and exact radii, drawn lengths).
    const allowed = new Set(['geo/figures.ts', 'geo/precision.ts', 'i18n/format.ts']);
    const files = [...sourceFiles(), `${SRC}/../scripts/planning/analysis.ts`];
    const found = files.filter((f) => !allowed.has(relative(SRC, f))).flatMap((f) => printingViolations(relative(SRC, f), readFileSync(f, 'utf8')));
    expect(found).toEqual([]);
    expect(files.length).toBeGreaterThan(100);
  });
});
