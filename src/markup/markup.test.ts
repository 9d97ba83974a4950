import { describe, expect, it } from 'vitest';
import { BASEMAP_COLORS } from '../layers/basemap';
import { contrastRatio } from '../layers/contrast';
import { markupFeatures, measurementText } from './features';
import { markupFromGeoJson, markupToGeoJson } from './geojson';
import { defaultStyleName, markupLegendRows } from './legend';
import { compactMarkup, expandMarkup, packMarkup, unpackMarkup } from './link';
import { readMarkup } from './schema';
import { DEFAULT_MARKUP_STYLE, MARKUP_PALETTE, type Markup, type MarkupShape, MAX_SHAPES, styleKey } from './types';

let n = 0;
const shape = (kind: MarkupShape['kind'], coords: Array<[number, number]>, extra: Partial<MarkupShape> = {}): MarkupShape => {
  n += 1;
  return { id: `m${n}`, kind, coords, note: '', style: DEFAULT_MARKUP_STYLE, ...extra };
};

/** Twenty shapes a planner might draw over Futian: sites, corridors, notes, a freehand stroke. */
function briefingMarkup(): Markup {
  const shapes: MarkupShape[] = [];
  for (let i = 0; i < 20; i += 1) {
    const x = 114.02 + (i % 5) * 0.012345;
    const y = 22.52 + Math.floor(i / 5) * 0.010987;
    const kinds: MarkupShape['kind'][] = ['polygon', 'arrow', 'point', 'rectangle', 'circle', 'line', 'freehand'];
    const kind = kinds[i % kinds.length] ?? 'line';
    const r = (dx: number, dy: number): [number, number] => [Math.round((x + dx) * 1e6) / 1e6, Math.round((y + dy) * 1e6) / 1e6];
    const coords =
      kind === 'point' || kind === 'circle'
        ? [r(0, 0)]
        : kind === 'rectangle'
          ? [r(0, 0), r(0.004213, 0), r(0.004213, 0.003187), r(0, 0.003187)]
          : kind === 'polygon'
            ? [r(0, 0), r(0.003511, 0.000913), r(0.004117, 0.003902), r(0.000731, 0.004411), r(-0.001207, 0.002019)]
            : kind === 'freehand'
              ? Array.from({ length: 12 }, (_, k) => r(k * 0.000611, Math.sin(k / 2) * 0.000873))
              : [r(0, 0), r(0.005123, 0.001877), r(0.007891, 0.004562)];
    shapes.push(shape(kind, coords, { note: i % 3 === 0 ? `拟建站点 ${i}` : '', style: { ...DEFAULT_MARKUP_STYLE, color: i % 8, hatch: i % 2 === 0 }, ...(kind === 'circle' ? { radiusM: 350.5 } : {}), ...(kind === 'arrow' ? { headM: 212 } : {}) }));
  }
  return { shapes, names: { [styleKey(shapes[0] as MarkupShape)]: '拟建用地' } };
}

describe('markup in a link', () => {
  it('packs 20 shapes under 2,000 characters and unpacks them equal (ids aside)', async () => {
    const markup = briefingMarkup();
    const packed = await packMarkup(markup);
    expect(packed.length).toBeLessThan(2000);
    expect(packed).toMatch(/^[A-Za-z0-9_-]+$/);
    // A fresh page: unpacked from the text alone.
    const back = expandMarkup(JSON.parse(JSON.stringify(compactMarkup(markup))));
    const strip = (m: Markup | null) => m?.shapes.map(({ id: _id, ...rest }) => rest);
    expect(strip(back)).toEqual(strip(markup));
    expect(back?.names).toEqual(markup.names);
    expect(await unpackMarkup(packed)).toBe(markup);
  });

  it('refuses damaged, oversized and hostile packed text', async () => {
    expect(await unpackMarkup('!!!')).toBeNull();
    expect(await unpackMarkup('A'.repeat(12_001))).toBeNull();
    expect(expandMarkup({ s: [[0, [0, 3, 0, 20, 0, 16], [999_000_000, 0]]] })?.shapes).toEqual([]);
    expect(expandMarkup({ s: [[42, [0, 3, 0, 20, 0, 16], [114_000_000, 22_500_000]]] })?.shapes).toEqual([]);
    expect(expandMarkup('x')).toBeNull();
  });
});

describe('markup as GeoJSON', () => {
  it('round-trips exactly: export → import gives equal shapes and names', () => {
    const markup = briefingMarkup();
    const file = JSON.parse(JSON.stringify(markupToGeoJson(markup)));
    const { markup: back, skipped } = markupFromGeoJson(file, DEFAULT_MARKUP_STYLE);
    expect(skipped).toEqual([]);
    expect(back).toEqual(markup);
  });

  it('reads another program’s points, lines and areas in the current style, and names what it skips', () => {
    const { markup, skipped } = markupFromGeoJson(
      {
        type: 'FeatureCollection',
        features: [
          { type: 'Feature', properties: { name: '<img src=x onerror=alert(1)>' }, geometry: { type: 'Point', coordinates: [114.05, 22.54] } },
          { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[114, 22.5], [114.01, 22.5], [114.01, 22.51], [114, 22.5]]] } },
          { type: 'Feature', properties: {}, geometry: { type: 'MultiPoint', coordinates: [[114, 22.5]] } },
        ],
      },
      { ...DEFAULT_MARKUP_STYLE, color: 6 },
    );
    expect(markup.shapes.map((s) => s.kind)).toEqual(['point', 'polygon']);
    // HTML stays text: the note is the string as given (the map and the list print it as text).
    expect(markup.shapes[0]?.note).toBe('<img src=x onerror=alert(1)>');
    expect(markup.shapes[1]?.coords).toHaveLength(3);
    expect(markup.shapes.every((s) => s.style.color === 6)).toBe(true);
    expect(skipped).toEqual([{ index: 3, reason: 'MultiPoint' }]);
  });
});

describe('markup read from outside', () => {
  it('keeps good shapes, drops bad ones, bounds the count, and gives repeated ids new ones', () => {
    const good = shape('line', [
      [114, 22.5],
      [114.01, 22.5],
    ]);
    const read = readMarkup({ shapes: [good, { ...good }, { ...good, coords: [[114, 22.5]] }, { ...good, style: { ...good.style, width: 99 } }, { kind: 'circle', coords: [[114, 22.5]], style: good.style }], names: { a: 'x'.repeat(61) } });
    expect(read?.shapes).toHaveLength(2);
    expect(new Set(read?.shapes.map((s) => s.id)).size).toBe(2);
    expect(read?.names).toEqual({});
    expect(readMarkup({ shapes: Array.from({ length: MAX_SHAPES + 1 }, () => good) })).toBeNull();
    expect(readMarkup(null)).toBeNull();
  });
});

describe('markup on the map and in the legend', () => {
  it('draws each shape as its parts, with its measurement written beside it', () => {
    const markup = briefingMarkup();
    const fc = markupFeatures(markup.shapes, { lang: 'zh', measurements: true });
    const parts = (id: string) => fc.features.filter((f) => f.properties?.id === id).map((f) => f.properties?.part);
    const [polygon, arrow, point] = markup.shapes;
    expect(parts(polygon?.id ?? '')).toEqual(['area', 'label']);
    expect(parts(arrow?.id ?? '')).toEqual(['line', 'head', 'label']);
    expect(parts(point?.id ?? '')).toEqual(['point']);
    const label = fc.features.find((f) => f.properties?.id === arrow?.id && f.properties?.part === 'label')?.properties?.label;
    expect(label).toBe(measurementText(arrow as MarkupShape, 'zh'));
    expect(label).toMatch(/^\d\.\d{2,3} 公里$/);
    // Without measurements, a shape with no note has no label at all.
    expect(markupFeatures([arrow as MarkupShape], { lang: 'en', measurements: false }).features.map((f) => f.properties?.part)).toEqual(['line', 'head']);
  });

  it('draws the line from a zone’s nearest edge to the newest shape’s end, and none from inside the zone', () => {
    const zone = { type: 'Polygon' as const, coordinates: [[[0, 0], [0.01, 0], [0.01, 0.01], [0, 0.01], [0, 0]]] };
    const outside = shape('point', [[0.03, 0.005]]);
    const line = markupFeatures([outside], { lang: 'zh', measurements: false, fromZone: { zone, shape: outside } }).features.find((f) => f.properties?.part === 'from-zone');
    expect(line?.geometry).toEqual({ type: 'LineString', coordinates: [[expect.closeTo(0.01, 6), expect.closeTo(0.005, 4)], [0.03, 0.005]] });
    const inside = shape('point', [[0.005, 0.005]]);
    expect(markupFeatures([inside], { lang: 'zh', measurements: false, fromZone: { zone, shape: inside } }).features.some((f) => f.properties?.part === 'from-zone')).toBe(false);
  });

  it('lists one legend row per style used, under the planner’s name or one from its look', () => {
    const markup = briefingMarkup();
    const rows = markupLegendRows(markup, 'zh');
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
    expect(rows[0]?.label).toBe('拟建用地');
    expect(rows[0]?.swatch.hatch).toBe(MARKUP_PALETTE[0].hex);
    expect(defaultStyleName({ kind: 'arrow', style: { ...DEFAULT_MARKUP_STYLE, color: 6, dashed: true } }, 'en')).toBe('Markup: blue dashed arrow');
    expect(defaultStyleName({ kind: 'rectangle', style: { ...DEFAULT_MARKUP_STYLE, hatch: true } }, 'zh')).toBe('标绘：品红面（斜线，拟建）');
  });

  it('uses eight colours each legible on the offline basemap and on dark imagery (itself or with its casing)', () => {
    expect(MARKUP_PALETTE).toHaveLength(8);
    const backgrounds = [BASEMAP_COLORS.land, BASEMAP_COLORS.district, BASEMAP_COLORS.futianFill, BASEMAP_COLORS.sea, '#2f3a2b', '#1d2a33', '#6b6a58'];
    for (const { hex, casing } of MARKUP_PALETTE) {
      for (const bg of backgrounds) {
        const legible = contrastRatio(hex, bg) >= 3 || (contrastRatio(casing, bg) >= 3 && contrastRatio(hex, casing) >= 3);
        expect(legible, `${hex} on ${bg}`).toBe(true);
      }
    }
  });
});
