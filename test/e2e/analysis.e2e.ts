/** Distances and areas as planners see them: panel figures, links, rings, the table, the measure tool. */
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { buildDistanceTable, toCsv } from '../../src/analysis/distanceTable';
import { ZONES, zoneById } from '../../src/content';
import { zoneGeometry } from '../../src/geo/zones';
import { messagesFor } from '../../src/i18n';
import { PLANNING_GROUPS, type ZoneId } from '../../src/zones/ids';
import { canvasBox, launchBrowser, markupReady, openPage, renderedPlaceNames, waitForMapIdle } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('figures in the panel', () => {
  it('gives a cluster its area and its distances to the core, the civic centre and related zones', async () => {
    const { page } = await openPage(browser, '?zone=xiangmihu&lang=en');
    const dialog = page.getByRole('dialog', { name: 'Xiangmihu' });
    await dialog.locator('[data-fact="area"]').waitFor();
    expect(await dialog.locator('[data-fact="area"]').textContent()).toMatch(/^about \d\.\d km² \(±\d\.\d\)$/);
    expect(await dialog.locator('[data-fact="to-core"]').textContent()).toMatch(/^To the core: \d\.\d km centre to centre; the edges touch$/);
    expect(await dialog.locator('.related-distances li').count()).toBe(3);
  });

  it('gives a partner its straight-line distance and direction from Futian', async () => {
    const { page } = await openPage(browser, '?zone=xiangqiao');
    const fact = page.getByRole('dialog').locator('[data-fact="from-futian"]');
    await fact.waitFor();
    expect(await fact.textContent()).toMatch(/^距福田区 \d{3} 公里（直线，至本区标注点），位于福田东北方向$/);
    expect(await page.getByRole('dialog').locator('[data-fact="from-futian-edge"]').textContent()).toMatch(/^至本区边界最近处 \d+ 公里$/);
  });
});

describe('links and rings', () => {
  it('labels the partner links with their distances, and shows rings when switched on', async () => {
    const { page } = await openPage(browser, '?view=115.4,23.3,6.6,0,0&layers=partners,links,rings,futian,boundaries,labels');
    await waitForMapIdle(page);
    const names = await renderedPlaceNames(page);
    const links = JSON.parse(fs.readFileSync('data/planning/links.geojson', 'utf8')).features.filter((f: { properties: { part: string } }) => f.properties.part === 'label');
    expect(names).toEqual(expect.arrayContaining(links.map((f: { properties: { label_zh: string } }) => f.properties.label_zh)));
    expect(names).toEqual(expect.arrayContaining(['100 公里', '200 公里']));
  });
});

describe('distance table', () => {
  it('sorts by distance to a zone and downloads a CSV that Excel reads as UTF-8', async () => {
    const { page } = await openPage(browser);
    await page.getByRole('button', { name: '距离表' }).click();
    const table = page.locator('.distance-table');
    await table.waitFor();
    await table.getByRole('button', { name: '八卦岭片区' }).first().click();
    await expect.poll(() => table.locator('tbody tr').first().getAttribute('data-zone-id')).toBe('bagualing');
    expect(await table.locator('thead th[aria-sort="ascending"]').textContent()).toBe('八卦岭片区');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^futian-atlas_distances-centre_zh_\d{8}\.csv$/);
    const text = fs.readFileSync((await download.path()) ?? '', 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = text.slice(1).split('\r\n').filter(Boolean).map((line) => line.split(','));
    // The header names the metric and the accuracy column; rows follow the sort on screen.
    expect(rows[0][0]).toContain('中心距');
    expect(rows[0].slice(1, 3)).toEqual(['编号', '位置精度（米）']);
    expect(rows[1].slice(0, 2)).toEqual(['八卦岭片区', 'bagualing']);
    // Rows and columns follow the sort on screen; the diagonal is empty, not "0.0".
    const screenOrder = await table.locator('tbody tr th').allTextContents();
    expect(rows.slice(1, 1 + screenOrder.length).map((r) => r[0])).toEqual(screenOrder);
    expect(rows[0].slice(3).filter((_, k) => k % 2 === 0)).toEqual(screenOrder);
    expect(rows[1].slice(3, 5)).toEqual(['', '']);
  });

  it('computes edge to edge in a worker, and the CSV holds what Node computes for the same zones', async () => {
    const { page, requests } = await openPage(browser);
    await page.getByRole('button', { name: '距离表' }).click();
    const table = page.locator('.distance-table');
    await table.waitFor();
    await page.getByRole('checkbox', { name: '合作地区' }).check();
    await page.getByRole('radio', { name: /边界距/ }).check();
    // The county outlines (hundreds of vertices) are what make this matrix slow: it runs off the main thread.
    await expect.poll(() => requests.some((url) => /edgeWorker/.test(url))).toBe(true);
    await table.locator('tr[data-zone-id="boluo"]').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^futian-atlas_distances-edge_zh_/);
    const text = fs.readFileSync((await download.path()) ?? '', 'utf8');
    // Rows in the order on screen (the CSV's order).
    const csvIds = (await table.locator('tbody tr').evaluateAll((rows) => rows.map((tr) => (tr as HTMLElement).dataset.zoneId))) as ZoneId[];
    expect(csvIds).toContain('boluo');
    // The zones the panel's three ticked sets hold, as it lists them.
    const kinds = new Set(['cluster', 'core', 'belt', 'axis', 'partner', 'village', 'park']);
    const geo = zoneGeometry(PLANNING_GROUPS.map((g) => JSON.parse(fs.readFileSync(`data/planning/${g}.geojson`, 'utf8')) as FeatureCollection));
    const expected = buildDistanceTable(ZONES.filter((z) => kinds.has(z.kind)).map((z) => z.id), geo, 'edge');
    const m = messagesFor('zh').distances;
    const labels = { corner: `${m.corner} · ${m.edge}`, id: m.idColumn, accuracy: m.accuracyColumn, plusMinus: m.plusMinusColumn, notComputed: m.notComputed };
    expect(text).toBe(toCsv(expected, csvIds.map((id) => expected.ids.indexOf(id)), (id) => zoneById(id).name.zh, labels));
  });

  it('never shows a partner distance more precisely than its positions: ±, rounding, or no distance', async () => {
    const { page } = await openPage(browser, '?lang=en');
    await page.getByRole('button', { name: 'Distances' }).click();
    const table = page.locator('.distance-table');
    await table.waitFor();
    await page.getByRole('checkbox', { name: 'Partner areas' }).check();
    const parkRow = table.locator('tr[data-zone-id="boluo-park"]');
    await parkRow.waitFor();
    const cells = await parkRow.locator('td').allTextContents();
    // ±30 km for a park placed at its county's label point: no decimals anywhere in its row.
    for (const cell of cells) expect(cell).not.toMatch(/\d\.\d/);
    expect(cells.some((c) => c.includes('±30'))).toBe(true);
    // …and no distance to its own county, whose label point it sits on.
    const boluoColumn = (await table.locator('thead th').allTextContents()).indexOf('Boluo County, Huizhou');
    expect(boluoColumn).toBeGreaterThan(0);
    expect(cells[boluoColumn - 1]).toBe('—');
  });
});

describe('one figure, one value', () => {
  /** The distance from Futian to a partner as the map's link label, the panel, the table and the CSV print it. */
  async function everywhere(id: 'xiaomo' | 'boluo') {
    const { page } = await openPage(browser, `?zone=${id}&view=114.9,23.0,7.2,0,0&layers=partners,links,futian,boundaries,labels`);
    await waitForMapIdle(page);
    const link = JSON.parse(fs.readFileSync('data/planning/links.geojson', 'utf8')).features.find((f: { properties: { id: string } }) => f.properties.id === `link-${id}-label`).properties;
    await expect.poll(() => renderedPlaceNames(page)).toContain(link.label_zh);
    const panel = (await page.getByRole('dialog').locator('[data-fact="from-futian"]').textContent()) ?? '';
    await page.getByRole('button', { name: '距离表' }).click();
    await page.getByRole('checkbox', { name: '合作地区', exact: true }).check();
    await page.getByRole('checkbox', { name: '福田区', exact: true }).check();
    const cell = page.locator(`.distance-table tr[data-zone-id="futian"] td`).nth(await columnOf(page, id));
    const table = ((await cell.textContent()) ?? '').replace(/\s+/g, ' ').trim();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 CSV' }).click()]);
    const rows = fs.readFileSync((await download.path()) ?? '', 'utf8').slice(1).split('\r\n').map((line) => line.split(','));
    const header = rows[0];
    const csvColumn = header.findIndex((h, k) => k >= 3 && h.startsWith(rows.find((r) => r[1] === id)?.[0] ?? '?') && !h.includes('±'));
    const futianRow = rows.find((r) => r[1] === 'futian') ?? [];
    return { link, panel, table, csv: futianRow.slice(csvColumn, csvColumn + 2) };
  }
  async function columnOf(page: Page, id: string) {
    const ids = await page.locator('.distance-table thead th').evaluateAll((ths) => ths.map((th) => th.getAttribute('data-zone-id')));
    return ids.indexOf(id) - 1;
  }

  it('小漠 reads 105 ±5 on the map, in the panel, in the table and in the CSV', async () => {
    const { link, panel, table, csv } = await everywhere('xiaomo');
    expect(link.label_zh).toBe(`约${link.km}±${link.plus_minus_km}公里`);
    expect(panel).toContain(`约 ${link.km} 公里（±${link.plus_minus_km}）`);
    expect(table).toBe(`${link.km} ±${link.plus_minus_km}`);
    expect(csv).toEqual([String(link.km), String(link.plus_minus_km)]);
  });

  it('博罗 reads the same whole kilometres everywhere, with no ± (both ends known to ±100 m)', async () => {
    const { link, panel, table, csv } = await everywhere('boluo');
    expect(link.plus_minus_km).toBeNull();
    expect(link.label_zh).toBe(`${link.km} 公里`);
    expect(panel).toContain(`${link.km} 公里（直线`);
    expect(table).toBe(String(link.km));
    expect(csv).toEqual([String(link.km), '']);
  });
});

describe('measure tool (part of markup)', () => {
  it('measures a path, closes it into an area, undoes, and finishes with Esc', async () => {
    const { page } = await openPage(browser, '?view=114.055,22.548,13,0,0');
    await waitForMapIdle(page);
    // The header's 标绘 opens the tool drawing a line: the measure tool's clicks and readout.
    await page.getByRole('button', { name: '标绘', exact: true }).click();
    await markupReady(page);
    const box = await canvasBox(page);
    const at = async (dx: number, dy: number) => {
      await page.mouse.move(box.x + box.width / 2 + dx, box.y + box.height / 2 + dy);
      await page.mouse.click(box.x + box.width / 2 + dx, box.y + box.height / 2 + dy);
    };
    await at(-150, -100);
    await at(150, -100);
    const length = page.locator('[data-measure="length"]');
    // A drawn length has three significant figures (its points are exact).
    await expect.poll(() => length.textContent()).toMatch(/^\d\.\d\d 公里$/);
    await at(150, 100);
    await page.getByRole('button', { name: '闭合为面' }).click();
    await expect.poll(() => page.locator('[data-measure="area"]').textContent()).toMatch(/^\d+(\.\d+)? 平方公里$/);
    // Closing ends drawing: clicking the map selects zones again.
    await at(0, 0);
    await expect.poll(() => page.getByRole('dialog').count()).toBe(1);
    await page.getByRole('button', { name: '撤销（Ctrl+Z）' }).click();
    expect(await page.locator('[data-measure="area"]').count()).toBe(0);
    await page.getByRole('button', { name: '重做（Ctrl+Shift+Z）' }).click();
    expect(await page.locator('[data-measure="area"]').count()).toBe(1);
    await page.getByRole('button', { name: '清除' }).click();
    expect(await page.locator('.markup-shapes li').count()).toBe(0);
    await page.getByRole('button', { name: '关闭标绘' }).click();
    expect(await page.locator('.markup-panel').count()).toBe(0);
  });

  it('measures from a zone to a point', async () => {
    const { page } = await openPage(browser, '?zone=bagualing&view=114.07,22.55,12.5,0,0');
    await waitForMapIdle(page);
    await page.getByRole('dialog').getByRole('button', { name: '从此区域量算距离' }).click();
    await markupReady(page);
    const box = await canvasBox(page);
    // Right of the tool's panel, left of the policy panel, above the legend.
    await page.mouse.move(box.x + box.width / 2 - 60, box.y + 150);
    await page.mouse.click(box.x + box.width / 2 - 60, box.y + 150);
    await expect.poll(() => page.locator('[data-measure="from-zone"]').textContent()).toMatch(/^\d\.\d 公里$/);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('button', { name: '结束（Esc）' }).count()).toBe(0);
  });
});
