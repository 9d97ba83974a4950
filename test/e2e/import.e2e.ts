/** Bring your own layer: import, see it, keep it across a reload, remove it; bad files say why. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countPixelsNear, hexToRgb, launchBrowser, openPage, screenshotPixels, waitForMapIdle } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const picker = (page: Page) => page.getByLabel('导入 GeoJSON、Shapefile（zip）、KML/KMZ 或 CSV（也可拖放到地图上）');
const importedRows = (page: Page) => page.locator('.imported-row');

describe('GeoJSON import', () => {
  it('loads the valid features, lists the bad one by index, draws the layer and keeps it across a reload', async () => {
    const { page, consoleErrors } = await openPage(browser, '?view=114.0925,22.5625,14.5,0,0');
    await waitForMapIdle(page);
    await page.getByRole('button', { name: '图层' }).click();
    await picker(page).setInputFiles('test/fixtures/import-site.geojson');
    const status = page.getByRole('status').first();
    await expect.poll(() => status.textContent()).toContain('已导入 import-site.geojson: 2 个要素');
    expect(await status.textContent()).toContain('#2: 坐标似为［纬度, 经度］');
    await expect.poll(() => importedRows(page).textContent()).toMatch(/import-site · 2 个要素最近：八卦岭片区（边界距 0 公里）/);
    expect(await page.locator('[data-legend-layer^="import-"]').count()).toBe(1);
    await expect.poll(async () => countPixelsNear(await screenshotPixels(page, '.map canvas'), hexToRgb('#6a3d9a'), 10)).toBeGreaterThan(300);

    // Properties are shown as text: the HTML in the name is visible, never run.
    const box = await page.locator('.map canvas').boundingBox();
    if (!box) throw new Error('no canvas');
    await page.mouse.move(box.x + box.width / 2 - 60, box.y + box.height / 2 - 60);
    await expect.poll(() => page.locator('.map-tooltip').textContent()).toContain('<img src=x');
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();

    await page.reload();
    await waitForMapIdle(page);
    expect(await page.locator('[data-legend-layer^="import-"]').count()).toBe(1);
    await page.getByRole('button', { name: '图层' }).click();
    await page.getByRole('button', { name: '移除“import-site”' }).click();
    expect(await importedRows(page).count()).toBe(0);
    await page.reload();
    await page.waitForSelector('main[data-map-status="ready"]');
    expect(await page.locator('[data-legend-layer^="import-"]').count()).toBe(0);
    expect(consoleErrors).toEqual([]);
  });

  it('refuses a file that is not JSON and one over the size limit, saying why', async () => {
    const { page } = await openPage(browser);
    await page.getByRole('button', { name: '图层' }).click();
    await picker(page).setInputFiles({ name: 'bad.geojson', mimeType: 'application/geo+json', buffer: Buffer.from('<html>not json</html>') });
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('无法导入文件 bad.geojson: 文件不是 JSON');
    await picker(page).setInputFiles({ name: 'big.geojson', mimeType: 'application/geo+json', buffer: Buffer.alloc(6 * 1024 * 1024, 32) });
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('无法导入文件 big.geojson: 文件 6,291,456 字节，超过上限 5 MB');
    // One byte over the limit says so exactly (it used to read "5.0 MB > 5 MB").
    await picker(page).setInputFiles({ name: 'edge.geojson', mimeType: 'application/geo+json', buffer: Buffer.alloc(5 * 1024 * 1024 + 1, 32) });
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('无法导入文件 edge.geojson: 文件 5,242,881 字节，超过上限 5 MB（5,242,880 字节）');
    expect(await importedRows(page).count()).toBe(0);
  });
});
