/** How planners explore: click, deep link, language, search, Esc, list, Back, layers, phone, keyboard. */
import fs from 'node:fs';
import type { FeatureCollection, Geometry } from 'geojson';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { labelPoint } from '../../src/geo/measure';
import { DISTRICT_BOUNDS } from '../../src/state/view';
import { afterMapIdle, canvasBox, countPixelsNear, hexToRgb, launchBrowser, mapCanvasPixels, openPage, renderedPlaceNames, visitInPage, waitForMapIdle } from './browser';
import { crop } from './exportDialog';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const clusters = (JSON.parse(fs.readFileSync('data/planning/clusters.geojson', 'utf8')) as FeatureCollection).features;
const panel = (page: Page) => page.getByRole('dialog');
/** [west, south, east, north] of a geometry's coordinates. */
function bboxOf(geometry: Geometry): [number, number, number, number] {
  const box: [number, number, number, number] = [180, 90, -180, -90];
  const walk = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      box[0] = Math.min(box[0], c[0]);
      box[1] = Math.min(box[1], c[1] as number);
      box[2] = Math.max(box[2], c[0]);
      box[3] = Math.max(box[3], c[1] as number);
    } else if (Array.isArray(c)) for (const inner of c) walk(inner);
  };
  walk('coordinates' in geometry ? geometry.coordinates : []);
  return box;
}
const zoneParam = (page: Page) => new URL(page.url()).searchParams.get('zone');

async function panelName(page: Page): Promise<string> {
  const dialog = panel(page);
  await dialog.waitFor();
  return (await dialog.getAttribute('aria-labelledby').then((id) => page.locator(`#${id}`).textContent())) ?? '';
}

describe('clicking the map', () => {
  it('opens the panel of each of the eight clusters', async () => {
    const outlines = clusters.filter((f) => f.properties?.part !== 'label');
    expect(outlines).toHaveLength(8);
    const viewOf = (f: (typeof outlines)[number]) => {
      const [lng, lat] = labelPoint(f.geometry);
      return `?view=${lng.toFixed(5)},${lat.toFixed(5)},13.2,0,0`;
    };
    // One page, each cluster's view reached as Back/Forward would (a load per cluster cost 5 s each).
    const { page, consoleErrors } = await openPage(browser, viewOf(outlines[0] as (typeof outlines)[number]));
    await waitForMapIdle(page);
    for (const [i, feature] of outlines.entries()) {
      const name = feature.properties?.name_zh as string;
      if (i > 0) await visitInPage(page, viewOf(feature));
      const box = await page.locator('.map canvas').boundingBox();
      if (!box) throw new Error('no canvas');
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      expect(await panelName(page), name).toBe(name);
      expect(zoneParam(page), name).toBe(feature.properties?.id);
      // A cluster inside a belt: the belt (and the core, for the CAZ) is offered, not chosen.
      expect(await panel(page).locator('.also-here').count(), name).toBe(1);
    }
    expect(consoleErrors).toEqual([]);
  });
});

describe('the policy panel of 八卦岭', () => {
  it('opens from a deep link, and again after reload', async () => {
    const { page } = await openPage(browser, '?zone=bagualing');
    expect(await panelName(page)).toBe('八卦岭片区');
    const dialog = panel(page);
    await expect(dialog.textContent()).resolves.toContain('深圳金融科技城');
    await expect(dialog.textContent()).resolves.toMatch(/〔文件003·Q27〕/);
    // Distances come from src/geo once the outlines load.
    await dialog.locator('[data-fact="to-civic-centre"]').waitFor();
    expect(await dialog.locator('[data-fact="to-civic-centre"]').textContent()).toMatch(/^4\.\d 公里$/);
    await page.reload();
    expect(await panelName(page)).toBe('八卦岭片区');
  });

  it('switches language, keeping the selection: the panel and the map labels are renamed', async () => {
    const { page } = await openPage(browser, '?zone=bagualing');
    await waitForMapIdle(page);
    await afterMapIdle(page, () => page.getByRole('button', { name: 'English' }).click());
    expect(await panelName(page)).toBe('Bagualing');
    await expect(panel(page).textContent()).resolves.toContain('Shenzhen Fintech City');
    await expect.poll(() => renderedPlaceNames(page)).toContain('Bagualing');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    expect(zoneParam(page)).toBe('bagualing');
  });

  it('links through to related zones, and Back returns to the previous one', async () => {
    const { page } = await openPage(browser, '?zone=bagualing');
    expect(await panelName(page)).toBe('八卦岭片区');
    await panel(page).locator('.related').getByRole('button', { name: '中央活力区' }).click();
    expect(await panelName(page)).toBe('中央活力区');
    expect(zoneParam(page)).toBe('central-activity-zone');
    await page.goBack();
    await expect.poll(() => panelName(page)).toBe('八卦岭片区');
    await page.goForward();
    await expect.poll(() => panelName(page)).toBe('中央活力区');
  });

  it('closes with Esc and with the close button', async () => {
    const { page } = await openPage(browser, '?zone=bagualing');
    await panel(page).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => panel(page).count()).toBe(0);
    expect(zoneParam(page)).toBeNull();
    await page.goto(page.url().replace(/\?.*/, '?zone=hetao'));
    await panel(page).getByRole('button', { name: '关闭' }).click();
    await expect.poll(() => panel(page).count()).toBe(0);
  });
});

describe('search, list and layers', () => {
  it('finds a zone by pinyin initials and opens it with the keyboard', async () => {
    const { page } = await openPage(browser);
    const box = page.getByRole('combobox', { name: '搜索区域' });
    await box.fill('bgl');
    await expect.poll(() => page.getByRole('option').count()).toBeGreaterThan(0);
    await box.press('Enter');
    expect(await panelName(page)).toBe('八卦岭片区');
    expect(zoneParam(page)).toBe('bagualing');
  });

  it('finds roads, stations and landmarks too, and frames the one chosen', async () => {
    const { page } = await openPage(browser, '?lang=en');
    await waitForMapIdle(page);
    const box = page.getByRole('combobox', { name: 'Search zones, roads, stations and landmarks' });
    const view = () => new URL(page.url()).searchParams.get('view');
    // A station: shown at street scale, centred on it.
    await box.fill('Futian Port');
    await expect.poll(() => page.locator('[role="option"][data-kind="place"]').first().textContent()).toBe('Futian Port metro station');
    await box.press('Enter');
    await expect.poll(view).toMatch(/^114\.06\d*,22\.51\d*,15,/);
    // A road: framed whole, and its kind said in the list.
    await box.fill('shennan');
    await expect.poll(() => page.getByRole('option').first().textContent()).toMatch(/Shennan .*road$/);
    await box.press('Enter');
    await expect.poll(view).not.toMatch(/,15,/);
    // 车公庙 is a zone and a station: the zone first, the station after it.
    await box.fill('车公庙');
    await expect.poll(() => page.getByRole('option').allTextContents()).toEqual(expect.arrayContaining(["Chegongmiao-Tian'an Cluster", 'Chegongmiao metro station']));
    const kinds = await page.getByRole('option').evaluateAll((os) => os.map((o) => o.getAttribute('data-kind')));
    expect(kinds.indexOf('zone')).toBeLessThan(kinds.indexOf('place'));
  });

  it('selects from the zone list', async () => {
    const { page } = await openPage(browser, '?lang=en');
    await page.getByRole('button', { name: 'Zone list' }).click();
    await page.getByRole('table', { name: 'All zones' }).getByRole('button', { name: 'Xiangmihu' }).click();
    expect(await panelName(page)).toBe('Xiangmihu');
  });

  it('hides a layer from the map, the legend and the URL, and a reload keeps it hidden', async () => {
    const { page } = await openPage(browser);
    await waitForMapIdle(page);
    expect(await page.locator('[data-legend-layer="belts"]').count()).toBe(3);
    await page.getByRole('button', { name: '图层' }).click();
    await page.getByRole('checkbox', { name: '三带' }).uncheck();
    await expect.poll(() => page.locator('[data-legend-layer="belts"]').count()).toBe(0);
    await expect.poll(() => new URL(page.url()).searchParams.get('layers')).not.toContain('belts');
    await expect.poll(() => renderedPlaceNames(page)).not.toContain('北部：智能科技产业带');
    await page.reload();
    await waitForMapIdle(page);
    expect(await page.locator('[data-legend-layer="belts"]').count()).toBe(0);
    expect(await page.locator('[data-legend-layer="clusters"]').count()).toBe(1);
  });

  it('fades a layer on the map with its opacity slider, in proportion, and the link keeps it', async () => {
    const { page } = await openPage(browser, '?layers=belts,futian&view=114.05,22.56,12.5,0,0');
    // No place names are on (waitForMapIdle waits for them): wait for the map's first idle itself.
    await page.waitForFunction(() => performance.getEntriesByName('atlas:map-idle').length > 0, undefined, { timeout: 30_000 });
    const full = (await mapCanvasPixels(page)).data;
    /** Mean colour change per pixel against the map at 100 %. */
    const change = async () => {
      const now = (await mapCanvasPixels(page)).data;
      let sum = 0;
      for (let i = 0; i < now.length; i += 4) sum += Math.abs(now[i] - full[i]) + Math.abs(now[i + 1] - full[i + 1]) + Math.abs(now[i + 2] - full[i + 2]);
      return sum / (now.length / 4);
    };
    await page.getByRole('button', { name: '图层' }).click();
    const slider = page.getByRole('slider', { name: '三带不透明度' });
    await slider.fill('0');
    await expect.poll(change).toBeGreaterThan(2);
    const gone = await change();
    await slider.fill('50');
    await expect.poll(async () => (await change()) / gone).toBeGreaterThan(0.3);
    expect((await change()) / gone).toBeLessThan(0.7);
    await expect.poll(() => new URL(page.url()).searchParams.get('opacity')).toBe('belts:50');
    await slider.fill('100');
    await expect.poll(change).toBeLessThan(0.05);
  });

  it('shows 福田区’s goals, its 2025 targets as a chart and each figure’s scope, in both languages', async () => {
    for (const [lang, goals, scope] of [
      ['zh', '到2035年', '福田区全区'],
      ['en', 'By 2035', 'all of Futian'],
    ] as const) {
      const { page, consoleErrors } = await openPage(browser, `?zone=futian&lang=${lang}`);
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      await expect.poll(() => dialog.locator('.goals dt').allTextContents()).toContain(goals);
      const chart = dialog.locator('svg.targets-chart');
      expect(Number(await chart.getAttribute('data-targets'))).toBeGreaterThanOrEqual(10);
      // Bars compare targets only within a unit: the firms' group is scaled to its largest (1,400).
      const firms = chart.locator('g[data-unit="firms"] g[data-target]');
      expect(await firms.count()).toBeGreaterThanOrEqual(3);
      expect(await firms.first().getAttribute('data-share')).toBe('1.000');
      const box = await chart.boundingBox();
      expect(box?.height).toBeGreaterThan(100);
      expect(await dialog.locator('.figures .scope').first().textContent()).toBe(scope);
      expect(consoleErrors).toEqual([]);
      await page.context().close();
    }
  });

  it('falls back with a notice for unknown ids in a link, and never breaks', async () => {
    const { page, consoleErrors } = await openPage(browser, '?zone=%3Cscript%3Ealert(1)%3C/script%3E&layers=core,nope&opacity=belts:500');
    // Only the core is visible, so there are no labels to wait for: wait for the map itself.
    await page.waitForSelector('main[data-map-status="ready"]');
    const notices = await page.getByRole('status').textContent();
    expect(notices).toContain('链接中的区域“<script>alert(1)</script>”不存在');
    expect(notices).toContain('图层“nope”不存在');
    expect(notices).toContain('透明度“belts:500”无效');
    expect(await panel(page).count()).toBe(0);
    expect(await page.locator('script:not([src])').count()).toBe(0);
    expect(consoleErrors).toEqual([]);
  });
});

describe('phone and keyboard', () => {
  it('shows the panel as a bottom sheet on a phone-width screen', async () => {
    const { page } = await openPage(browser, '?zone=bagualing', { viewport: { width: 375, height: 720 } });
    const box = await panel(page).boundingBox();
    expect(box?.width).toBe(375);
    expect(Math.round((box?.y ?? 0) + (box?.height ?? 0))).toBe(720);
    expect(box?.height).toBeLessThan(720 * 0.6);
  });

  it('shows all of Futian at first on a phone, and frames a tapped zone whole above the sheet', async () => {
    const { page, consoleErrors } = await openPage(browser, '', { viewport: { width: 390, height: 844 }, touch: true });
    await waitForMapIdle(page);
    const map = await canvasBox(page);
    // Web Mercator with maplibre's 512-px tiles, from the view the page wrote to its address.
    const toScreen = ([lng, lat]: readonly number[]) => {
      const view = (new URL(page.url()).searchParams.get('view') ?? '').split(',').map(Number);
      const world = 512 * 2 ** (view[2] ?? 0);
      const x = (l: number) => ((l + 180) / 360) * world;
      const y = (p: number) => ((1 - Math.log(Math.tan(Math.PI / 4 + (p * Math.PI) / 360)) / Math.PI) / 2) * world;
      return { x: x(lng ?? 0) - x(view[0] ?? 0) + map.width / 2, y: y(lat ?? 0) - y(view[1] ?? 0) + map.height / 2 };
    };
    const boxOnScreen = ([w, s, e, n]: readonly number[]) => {
      const nw = toScreen([w ?? 0, n ?? 0]);
      const se = toScreen([e ?? 0, s ?? 0]);
      return { left: nw.x, top: nw.y, right: se.x, bottom: se.y };
    };
    await expect.poll(() => new URL(page.url()).searchParams.get('view')).not.toBeNull();
    const district = boxOnScreen(DISTRICT_BOUNDS);
    expect(district.left).toBeGreaterThanOrEqual(0);
    expect(district.right).toBeLessThanOrEqual(map.width);
    expect(district.top).toBeGreaterThanOrEqual(0);
    expect(district.bottom).toBeLessThanOrEqual(map.height);

    const outline = hexToRgb('#111111');
    for (const id of ['bagualing', 'hetao']) {
      const feature = clusters.find((f) => f.properties?.id === id && f.properties?.part !== 'label');
      if (!feature) throw new Error(`no ${id}`);
      if (id !== 'bagualing') {
        // Back to the first view (Back/Forward to a link without one): fitted again, and written.
        await visitInPage(page, '?v=1');
        await expect.poll(() => (new URL(page.url()).searchParams.has('view') ? boxOnScreen(DISTRICT_BOUNDS).left : -1)).toBeGreaterThanOrEqual(0);
      }
      const tap = toScreen(labelPoint(feature.geometry));
      await afterMapIdle(page, () => page.touchscreen.tap(map.x + tap.x, map.y + tap.y));
      expect(zoneParam(page), id).toBe(id);
      const sheet = await panel(page).boundingBox();
      if (!sheet) throw new Error('no sheet');
      const sheetTop = sheet.y - map.y;
      // The framing maths: the zone's box on screen is inside the map, above the sheet.
      const zone = boxOnScreen(bboxOf(feature.geometry));
      expect(zone.left, id).toBeGreaterThanOrEqual(0);
      expect(zone.top, id).toBeGreaterThanOrEqual(0);
      expect(zone.right, id).toBeLessThanOrEqual(map.width);
      expect(zone.bottom, id).toBeLessThanOrEqual(sheetTop);
      // The picture: the map above the sheet holds the selection outline (#111111; the darkest label ink,
      // #1a1a1a, is outside the tolerance), and it touches no edge of that part.
      const above = crop(await mapCanvasPixels(page), 0, 0, Math.round(map.width), Math.floor(sheetTop));
      expect(countPixelsNear(above, outline, 5), id).toBeGreaterThan(200);
      const edges = [crop(above, 0, 0, above.width, 3), crop(above, 0, above.height - 3, above.width, 3), crop(above, 0, 0, 3, above.height), crop(above, above.width - 3, 0, 3, above.height)];
      expect(edges.map((edge) => countPixelsNear(edge, outline, 5)), id).toEqual([0, 0, 0, 0]);
    }
    expect(consoleErrors).toEqual([]);
  });

  it('works with the keyboard alone: search, open, follow a related link', async () => {
    const { page } = await openPage(browser);
    await page.getByRole('combobox').waitFor();
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
    await page.keyboard.type('深圳智谷');
    await page.keyboard.press('Enter');
    expect(await panelName(page)).toBe('梅林-彩田片区');
    // Focus moved to the panel heading; Tab reaches the close button, then the links.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('policy-panel-title');
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement?.textContent)) === '华强-上步片区') break;
    }
    await page.keyboard.press('Enter');
    expect(await panelName(page)).toBe('华强-上步片区');
  });
});
