/** Markup (标绘) as a planner uses it: drawing each kind with the mouse, styling, editing, undo, the link, exports. */
import fs from 'node:fs';
import { pointToLineDistance, polygonToLine } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, Polygon } from 'geojson';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPdf, pageText } from '../support/pdfjs-node';
import { canvasBox, countPixelsNear, hexToRgb, launchBrowser, markupReady, openPage, waitForMapIdle } from './browser';
import { choose, crop, exportFile, HEAVY_EXPORT_TIMEOUT_MS, openExport } from './exportDialog';
import { run, withPdfFile } from './poppler';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A pointer at (dx, dy) from the map's centre. */
function at(page: Page, box: { x: number; y: number; width: number; height: number }) {
  const x = (dx: number) => box.x + box.width / 2 + dx;
  const y = (dy: number) => box.y + box.height / 2 + dy;
  return {
    click: async (dx: number, dy: number) => {
      await page.mouse.move(x(dx), y(dy), { steps: 2 });
      await page.mouse.click(x(dx), y(dy));
    },
    drag: async (points: Array<[number, number]>) => {
      const [first, ...rest] = points;
      if (!first) return;
      await page.mouse.move(x(first[0]), y(first[1]));
      await page.mouse.down();
      for (const [dx, dy] of rest) await page.mouse.move(x(dx), y(dy), { steps: 4 });
      await page.mouse.up();
    },
  };
}

const shapes = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('futian-atlas:markup') ?? '{"markup":{"shapes":[]}}').markup.shapes as Array<{ kind: string; coords: number[][]; note: string; style: Record<string, unknown> }>);

describe('drawing', () => {
  it('draws a line and a polygon and measures them', async () => {
    const { page, consoleErrors } = await openPage(browser, '?view=114.055,22.548,13,0,0');
    await waitForMapIdle(page);
    // The header's 标绘 opens the tool drawing a line, as the measure tool it replaces did.
    await page.getByRole('button', { name: '标绘', exact: true }).click();
    await markupReady(page);
    const p = at(page, await canvasBox(page));
    await p.click(-150, -100);
    await p.click(150, -100);
    await expect.poll(() => page.locator('[data-measure="length"]').textContent()).toMatch(/^\d\.\d\d 公里$/);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.markup-shapes li').count()).toBe(1);
    await page.locator('[data-markup-mode="polygon"]').click();
    await p.click(-100, 50);
    await p.click(100, 50);
    await p.click(0, 150);
    await p.click(-100, 50);
    await expect.poll(() => page.locator('.markup-shapes li').count()).toBe(2);
    await expect.poll(() => page.locator('[data-measure="area"]').textContent()).toMatch(/^\d+(\.\d+)? 平方公里$/);
    await page.screenshot({ path: '/tmp/markup-1.png' });
    await expect.poll(() => shapes(page).then((s) => s.map((x) => x.kind))).toEqual(['line', 'polygon']);
    expect(consoleErrors).toEqual([]);
  });
});

describe('editing', () => {
  it('selects a shape, drags a vertex, moves it, restyles it, deletes it, and undoes and redoes', async () => {
    const { page, consoleErrors } = await openPage(browser, '?view=114.055,22.548,13,0,0');
    await waitForMapIdle(page);
    await page.getByRole('button', { name: '标绘', exact: true }).click();
    await markupReady(page);
    const p = at(page, await canvasBox(page));
    await page.locator('[data-markup-mode="rectangle"]').click();
    await p.click(-100, -60);
    await p.click(100, 60);
    await expect.poll(() => shapes(page).then((s) => s.map((x) => x.kind))).toEqual(['rectangle']);
    const before = (await shapes(page))[0]?.coords ?? [];
    // Select it, then drag its corner outwards.
    await page.locator('[data-markup-mode="select"]').click();
    await p.click(0, 0);
    await expect.poll(() => page.locator('.markup-shapes li.selected').count()).toBe(1);
    await p.drag([[100, 60], [140, 90], [160, 110]]);
    await expect.poll(async () => JSON.stringify((await shapes(page))[0]?.coords)).not.toBe(JSON.stringify(before));
    const afterVertex = (await shapes(page))[0]?.coords ?? [];
    // Move the whole shape.
    await p.drag([[0, 0], [-30, -20], [-60, -40]]);
    await expect.poll(async () => JSON.stringify((await shapes(page))[0]?.coords)).not.toBe(JSON.stringify(afterVertex));
    // Style: red, dashed, hatched; the selected shape takes it.
    await page.locator('.markup-more summary').click();
    await page.getByRole('radio', { name: '颜色：红' }).check();
    await page.getByLabel('虚线').check();
    await page.getByLabel('斜线填充（拟建、规划）').check();
    await expect.poll(async () => (await shapes(page))[0]?.style).toMatchObject({ color: 1, dashed: true, hatch: true });
    await page.screenshot({ path: '/tmp/markup-edit.png' });
    // Delete, undo, redo.
    await page.locator('.map canvas').focus();
    await page.keyboard.press('Delete');
    await expect.poll(() => shapes(page).then((s) => s.length)).toBe(0);
    await page.keyboard.press('Control+z');
    await expect.poll(() => shapes(page).then((s) => s.length)).toBe(1);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => shapes(page).then((s) => s.length)).toBe(0);
    await page.keyboard.press('Control+z');
    await expect.poll(() => shapes(page).then((s) => s.length)).toBe(1);
    expect(consoleErrors).toEqual([]);
  });
});

/** The planner's acceptance: a hatched proposed site, an arrow and two notes, shared and exported by a colleague. */
describe('a briefing figure with markup', () => {
  it(
    'is drawn, shared by link, opened by a colleague and exported as a vector PDF whose notes are text',
    async () => {
      const { page, consoleErrors } = await openPage(browser, '?view=114.055,22.538,14,0,0');
      await waitForMapIdle(page);
      await page.keyboard.press('m');
      await markupReady(page);
      const p = at(page, await canvasBox(page));
      // The site: blue, hatched as proposed.
      await page.locator('.markup-more summary').click();
      await page.getByRole('radio', { name: '颜色：蓝' }).check();
      await page.getByLabel('斜线填充（拟建、规划）').check();
      await page.locator('[data-markup-mode="rectangle"]').click();
      await p.click(-60, -40);
      await p.click(80, 60);
      // The arrow, red, from the west to the site.
      await page.getByRole('radio', { name: '颜色：红' }).check();
      await page.getByLabel('斜线填充（拟建、规划）').uncheck();
      await page.locator('[data-markup-mode="arrow"]').click();
      await p.click(-240, 200);
      await p.click(-180, 80);
      await p.click(-80, 20);
      await page.keyboard.press('Enter');
      // Two notes: the text box takes the focus once the point is placed.
      for (const [dx, dy, note] of [
        [10, 10, '拟建：深港科创中心（约 2.8 公顷）'],
        [-220, -150, '交通：规划地铁接驳'],
      ] as const) {
        await page.locator('[data-markup-mode="point"]').click();
        await p.click(dx, dy);
        await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '')).toMatch(/^注记：注记点/);
        await page.keyboard.type(note);
      }
      await page.keyboard.press('Escape');
      await expect.poll(() => shapes(page).then((x) => x.map((s) => [s.kind, s.note]))).toEqual([
        ['rectangle', ''],
        ['arrow', ''],
        ['point', '拟建：深港科创中心（约 2.8 公顷）'],
        ['point', '交通：规划地铁接驳'],
      ]);
      const mine = await shapes(page);
      // The legend lists each style once: the hatched site, the arrow, the notes; the planner names the site's.
      expect(await page.locator('.legend li[data-legend-layer="markup"]').allTextContents()).toEqual(['标绘：蓝面（斜线，拟建）', '标绘：红箭头', '标绘：红标注点']);
      await page.locator('nav.header-actions').getByRole('button', { name: '图层' }).click();
      await page.getByLabel('标绘：蓝面（斜线，拟建）的图例名称').fill('拟建用地');
      await page.locator('nav.header-actions').getByRole('button', { name: '图层' }).click();
      expect(await page.locator('.legend li[data-legend-layer="markup"]').allTextContents()).toEqual(['拟建用地', '标绘：红箭头', '标绘：红标注点']);
      await page.screenshot({ path: '/tmp/markup-acceptance.png' });

      // The link holds it (packed): a colleague opens it in a browser of their own.
      await expect.poll(() => new URL(page.url()).searchParams.get('mk')?.length ?? 0).toBeGreaterThan(20);
      const link = page.url();
      expect(link.length).toBeLessThan(1000);
      const colleague = await openPage(browser, '', { url: link });
      await waitForMapIdle(colleague.page);
      await expect.poll(() => colleague.page.locator('.legend li[data-legend-layer="markup"]').count()).toBe(3);
      await colleague.page.keyboard.press('m');
      await expect.poll(() => shapes(colleague.page).then((x) => x.map(({ kind, coords, note, style }) => ({ kind, coords, note, style })))).toEqual(mine.map(({ kind, coords, note, style }) => ({ kind, coords, note, style })));

      // Vector PDF: the markup in its own optional-content groups, each note selectable text.
      await colleague.page.keyboard.press('Escape');
      await openExport(colleague.page);
      await choose(colleague.page, 'a4-landscape', 150, 'pdf-vector');
      const pdf = await exportFile(colleague.page);
      // poppler reads the notes as text (a long note may wrap: its lines are read one by one).
      const text = withPdfFile(pdf.bytes, (file) => run('pdftotext', [file, '-'])).replace(/\s+/g, '');
      expect(text).toContain('交通：规划地铁接驳');
      expect(text).toContain('拟建用地');
      const { doc } = await openPdf(new Uint8Array(pdf.bytes));
      // In the content stream a note's lines follow each other: the whole note, selectable.
      expect((await pageText(doc)).replace(/\s+/g, '')).toContain('拟建：深港科创中心（约2.8公顷）');
      const groups = [...(await doc.getOptionalContentConfig())].map(([, g]) => g.name);
      expect(groups).toEqual(expect.arrayContaining(['标绘', '标绘 · 标注']));

      // SVG: an Inkscape layer of paths, the hatch as a pattern, the notes as <text>.
      await choose(colleague.page, 'a4-landscape', 150, 'svg');
      const svg = (await exportFile(colleague.page)).bytes.toString('utf8');
      const layers = await colleague.page.evaluate((source) => {
        const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
        return [...doc.querySelectorAll('svg > g')].map((g) => ({ name: g.getAttribute('inkscape:label'), fills: [...g.querySelectorAll('path')].map((e) => e.getAttribute('fill')), texts: [...g.querySelectorAll('text')].map((t) => t.textContent) }));
      }, svg);
      const markupLayer = layers.find((l) => l.name === '标绘');
      const hatch = markupLayer?.fills.find((f) => f?.startsWith('url(#hatch-1f5fd6-'))?.slice(5, -1);
      expect(hatch).toBeDefined();
      expect(svg).toContain(`<pattern id="${hatch}"`);
      expect(markupLayer?.fills).toContain('#d7191c');
      expect(layers.find((l) => l.name === '标绘 · 标注')?.texts.map((t) => t?.replace(/\s+/g, ''))).toEqual(expect.arrayContaining(['拟建：深港科创中心（约2.8公顷）', '交通：规划地铁接驳']));

      // PNG: the site's hatch and the arrow's red are on the map.
      const stated = await choose(colleague.page, 'view-1x');
      const png = PNG.sync.read((await exportFile(colleague.page)).bytes);
      const map = crop(png, 0, stated.mapY, png.width, stated.mapHeight);
      expect(countPixelsNear(map, hexToRgb('#1f5fd6'), 40)).toBeGreaterThan(300);
      expect(countPixelsNear(map, hexToRgb('#d7191c'), 30)).toBeGreaterThan(200);
      expect(consoleErrors).toEqual([]);
      expect(colleague.consoleErrors).toEqual([]);
    },
    HEAVY_EXPORT_TIMEOUT_MS,
  );
});

describe('every kind, the keyboard and the file', () => {
  it('draws a note, a circle and a freehand stroke; reloads them; exports and imports GeoJSON exactly; refuses a hostile file', async () => {
    const { page, consoleErrors } = await openPage(browser, '?view=114.055,22.548,13,0,0');
    await waitForMapIdle(page);
    await page.getByRole('button', { name: '标绘', exact: true }).click();
    await markupReady(page);
    const p = at(page, await canvasBox(page));
    // The style chosen is remembered for the next shapes, across a reload too.
    await page.locator('.markup-more summary').click();
    await page.getByRole('radio', { name: '颜色：绿' }).check();
    await page.locator('.markup-more summary').click();
    await page.locator('[data-markup-mode="circle"]').click();
    await p.click(100, 0);
    await p.click(180, 0);
    await expect.poll(() => page.locator('[data-measure="radius"]').textContent()).toMatch(/^\d\.\d+ 公里$/);
    await page.locator('[data-markup-mode="freehand"]').click();
    await p.drag([[-100, 100], [-60, 120], [-20, 90], [20, 130], [60, 100]]);
    await page.locator('[data-markup-mode="point"]').click();
    await p.click(0, -150);
    // HTML in a note is text: shown as typed, never parsed.
    await page.keyboard.type('<img src=x onerror=alert(1)>');
    await expect.poll(() => shapes(page).then((x) => x.map((s) => s.kind))).toEqual(['circle', 'freehand', 'point']);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    const drawn = await shapes(page);
    expect(drawn[1]?.coords.length).toBeGreaterThan(2);

    // A reload keeps them (this browser's storage; the link holds them too).
    await page.goto(`${new URL(page.url()).origin}/`);
    await waitForMapIdle(page);
    await expect.poll(() => page.locator('.legend li[data-legend-layer="markup"]').count()).toBe(3);
    expect(await shapes(page)).toEqual(drawn);

    // GeoJSON out, cleared, and back in: the same shapes.
    await page.keyboard.press('m');
    await page.locator('.markup-more summary').click();
    expect(await page.getByRole('radio', { name: '颜色：绿' }).isChecked()).toBe(true);
    expect(drawn.every((x) => x.style.color === 4)).toBe(true);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出 GeoJSON' }).click();
    const file = await (await download).path();
    await page.getByRole('button', { name: '清除' }).click();
    await expect.poll(() => shapes(page).then((x) => x.length)).toBe(0);
    await page.locator('.markup-panel input[type="file"]').setInputFiles(file);
    await expect.poll(() => shapes(page)).toEqual(drawn);

    // A hostile file: 10,000 shapes is refused whole, with the import limits' message.
    const many = { type: 'FeatureCollection', features: Array.from({ length: 10_000 }, (_, i) => ({ type: 'Feature', properties: { kind: 'point', note: `<b>${i}</b>` }, geometry: { type: 'Point', coordinates: [114.05, 22.54] } })) };
    await page.locator('.markup-panel input[type="file"]').setInputFiles({ name: 'many.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(many)) });
    await expect.poll(() => page.locator('.notices').textContent()).toContain('无法导入标绘文件 many.geojson: 共 10000 个要素，超过上限 5,000 个');
    expect(await shapes(page)).toEqual(drawn);
    expect(consoleErrors).toEqual([]);
  });

  it('draws without a mouse: M, L, Space at the centre cross, arrow keys, Enter; the shortcuts help lists it', async () => {
    const { page, consoleErrors } = await openPage(browser, '?view=114.055,22.548,13,0,0');
    await waitForMapIdle(page);
    await page.keyboard.press('?');
    await expect.poll(() => page.locator('.shortcuts-drawer').textContent()).toContain('在地图中心十字处加点');
    await page.keyboard.press('Escape');
    await page.keyboard.press('m');
    await page.keyboard.press('l');
    await expect.poll(() => page.locator('[data-markup-mode="line"]').getAttribute('aria-pressed')).toBe('true');
    await markupReady(page);
    await page.locator('.map canvas').focus();
    await page.keyboard.press('Space');
    for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowRight');
    await afterPan(page);
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    await expect.poll(() => shapes(page).then((x) => x.map((s) => s.kind))).toEqual(['line']);
    const [line] = await shapes(page);
    // The two vertices are where the centre was before and after the pan (east of it).
    expect((line?.coords[1]?.[0] ?? 0) - (line?.coords[0]?.[0] ?? 0)).toBeGreaterThan(0.001);
    await expect.poll(() => page.locator('[data-markup-announce]').textContent()).toMatch(/^已添加：线 1，\d/);
    // Undo from the keyboard, Esc ends drawing.
    await page.keyboard.press('Control+z');
    await expect.poll(() => shapes(page).then((x) => x.length)).toBe(0);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.markup-panel').getAttribute('data-mode')).toBe('idle');
    expect(consoleErrors).toEqual([]);
  });
});

describe('snapping', () => {
  it('puts a vertex clicked 8 px off 八卦岭’s outline on it (or on the road it follows), and leaves it off when snapping is off', async () => {
    const clusters = JSON.parse(fs.readFileSync(new URL('../../data/planning/clusters.geojson', import.meta.url), 'utf8')) as FeatureCollection;
    const outline = clusters.features.find((f) => f.properties?.id === 'bagualing' && f.geometry?.type === 'Polygon')?.geometry as Polygon;
    // The view centred on the middle of one of its edges; the click 8 px off it, square to the edge.
    const [a = [0, 0], b = [0, 0]] = outline.coordinates[0] ?? [];
    const [lng, lat] = [((a[0] ?? 0) + (b[0] ?? 0)) / 2, ((a[1] ?? 0) + (b[1] ?? 0)) / 2];
    const [ex, ey] = [((b[0] ?? 0) - (a[0] ?? 0)) * Math.cos((lat * Math.PI) / 180), -((b[1] ?? 0) - (a[1] ?? 0))];
    const norm = Math.hypot(ex, ey) || 1;
    const [ox, oy] = [(-ey / norm) * 8, (ex / norm) * 8];
    const { page, consoleErrors } = await openPage(browser, `?view=${lng.toFixed(6)},${lat.toFixed(6)},15,0,0`);
    await waitForMapIdle(page);
    await page.getByRole('button', { name: '标绘', exact: true }).click();
    await markupReady(page);
    const p = at(page, await canvasBox(page));
    const drawFromNear = async () => {
      await p.click(ox, oy);
      await p.click(ox * 15, oy * 15);
      await page.keyboard.press('Enter');
    };
    // The roads it may snap to instead (the outline follows roads): the reference layer's lines.
    const reference = JSON.parse(fs.readFileSync(new URL('../../data/reference/reference.geojson', import.meta.url), 'utf8')) as FeatureCollection;
    const roads = reference.features.filter((f): f is Feature<LineString> => f.geometry?.type === 'LineString');
    const metresTo = (point: [number, number], line: Feature<LineString>) => pointToLineDistance(point, line, { units: 'kilometers' }) * 1000;
    const firstVertex = async () => ((await shapes(page)).at(-1)?.coords[0] ?? [0, 0]) as [number, number];
    const offOutline = async () => metresTo(await firstVertex(), polygonToLine(outline) as Feature<LineString>);
    const offAnything = async () => {
      const point = await firstVertex();
      return Math.min(await offOutline(), ...roads.map((r) => metresTo(point, r)));
    };
    await drawFromNear();
    await expect.poll(() => shapes(page).then((x) => x.length)).toBe(1);
    expect(await offOutline()).toBeGreaterThan(10);
    await page.locator('.markup-more summary').click();
    await page.getByLabel('吸附到区域边界与道路').check();
    await drawFromNear();
    await expect.poll(() => shapes(page).then((x) => x.length)).toBe(2);
    expect(await offAnything()).toBeLessThan(1);
    expect(consoleErrors).toEqual([]);
  });
});

describe('markup in a briefing', () => {
  it('keeps each step’s markup: a step shows what was drawn when it was made', async () => {
    const { page, consoleErrors } = await openPage(browser, '?view=114.055,22.548,13,0,0');
    await waitForMapIdle(page);
    await page.getByRole('button', { name: '标绘', exact: true }).click();
    await markupReady(page);
    const p = at(page, await canvasBox(page));
    await p.click(-50, 0);
    await p.click(150, 50);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: '关闭标绘' }).click();
    await page.locator('nav.header-actions').getByRole('button', { name: '简报' }).click();
    await page.getByRole('button', { name: '添加当前视图为一步' }).click();
    await page.locator('.briefing-steps li').first().waitFor();
    await page.locator('nav.header-actions').getByRole('button', { name: '简报' }).click();
    // The drawing is cleared; going to the step brings it back.
    await page.keyboard.press('m');
    await page.getByRole('button', { name: '清除' }).click();
    await expect.poll(() => shapes(page).then((x) => x.length)).toBe(0);
    await page.locator('nav.header-actions').getByRole('button', { name: '简报' }).click();
    await page.locator('.briefing-steps li').first().locator('[data-role="show"]').click();
    await expect.poll(() => shapes(page).then((x) => x.map((s) => s.kind))).toEqual(['line']);
    expect(consoleErrors).toEqual([]);
  });
});

describe('on a phone', () => {
  it('taps vertices and double-taps to finish, with the policy sheet out of the way while drawing', async () => {
    const { page, consoleErrors } = await openPage(browser, '?zone=bagualing', { viewport: { width: 390, height: 844 }, touch: true });
    await waitForMapIdle(page);
    await expect.poll(() => page.locator('.policy-panel').isVisible()).toBe(true);
    await page.getByRole('button', { name: '标绘', exact: true }).tap();
    await markupReady(page);
    await expect.poll(() => page.locator('.policy-panel').isVisible()).toBe(false);
    const box = await canvasBox(page);
    const tap = (fx: number, fy: number) => page.touchscreen.tap(box.x + box.width * fx, box.y + box.height * fy);
    await tap(0.25, 0.55);
    await tap(0.6, 0.6);
    await tap(0.75, 0.8);
    await tap(0.75, 0.8);
    await expect.poll(() => shapes(page).then((x) => x.map((s) => [s.kind, s.coords.length]))).toEqual([['line', 3]]);
    await page.screenshot({ path: '/tmp/markup-phone.png' });
    // Drawing ends: the sheet comes back with the selection.
    await page.getByRole('button', { name: '结束（Esc）' }).tap();
    await expect.poll(() => page.locator('.policy-panel').isVisible()).toBe(true);
    expect(consoleErrors).toEqual([]);
  });
});

/** After a keyboard pan: the map's view has settled (its URL view changes once the move ends). */
async function afterPan(page: Page) {
  const before = new URL(page.url()).searchParams.get('view');
  await expect.poll(() => new URL(page.url()).searchParams.get('view'), { timeout: 10_000 }).not.toBe(before);
}
