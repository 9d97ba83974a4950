/** Planners' own data in a real browser: zipped Shapefiles in CGCS2000 from ogr2ogr, read in a worker. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { coordAll, distance } from '@turf/turf';
import type { FeatureCollection } from 'geojson';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zipSync } from 'fflate';
import { clusterPoints, clusterPolygons, writeShapefileZip, writeWithOgr } from '../support/shapefileFixtures';
import { PNG } from 'pngjs';
import { countPixelsNear, hexToRgb, launchBrowser, openPage, waitForMapIdle } from './browser';
import { crop } from './exportDialog';

let browser: Browser;
let dir: string;
const original = clusterPolygons();
beforeAll(async () => {
  browser = await launchBrowser();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-own-'));
});
afterAll(async () => {
  await browser?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function zipFile(name: string, srs: string, encoding: 'GBK' | 'UTF-8', leaveOut: string[] = []): string {
  const file = path.join(dir, `${name}.zip`);
  fs.writeFileSync(file, writeShapefileZip(dir, original, name, srs, encoding, leaveOut));
  return file;
}

/** The imported layers as this browser stored them. */
const readStored = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('futian-atlas:imports:v1') ?? '[]') as Array<{ name: string; collection: FeatureCollection }>);
/** The stored layers once storage holds every layer listed (saving starts with the code the first import loads). */
async function stored(page: Page) {
  const listed = await page.locator('.imported-row').count();
  await expect.poll(async () => (await readStored(page)).length).toBe(listed);
  return readStored(page);
}

function expectInPlace(read: FeatureCollection | undefined) {
  expect(read?.features).toHaveLength(original.features.length);
  read?.features.forEach((feature, i) => {
    const want = coordAll(original.features[i] as never);
    const got = coordAll(feature as never);
    expect(got.length).toBe(want.length);
    for (const w of want) expect(Math.min(...got.map((g) => distance(w, g, { units: 'kilometers' }))) * 1000).toBeLessThan(1);
  });
}

describe('a zipped Shapefile', () => {
  it('in CGCS2000 Gauss–Krüger with GBK names and no .cpg lands in place with its names read, is styled and labelled by an attribute, and swiped against the plan', async () => {
    const { page, consoleErrors } = await openPage(browser, '?view=114.055,22.548,12,0,0');
    await waitForMapIdle(page);
    await page.locator('nav.header-actions').getByRole('button', { name: '图层' }).click();
    await page.getByLabel('导入 GeoJSON、Shapefile（zip）、KML/KMZ 或 CSV（也可拖放到地图上）').setInputFiles(zipFile('office_gk', 'EPSG:4547', 'GBK', ['cpg']));
    await expect.poll(() => page.locator('.imported-row').count()).toBe(1);
    expect(await page.locator('.notices').textContent()).toContain('office_gk（EPSG:4547，GBK）: 8');
    const [layer] = await stored(page);
    expectInPlace(layer?.collection);
    expect(layer?.collection.features.map((f) => f.properties?.name_zh)).toEqual(original.features.map((f) => f.properties?.name_zh));

    // Coloured by an attribute: one legend row per value.
    await page.getByLabel('office_gk 着色').selectOption('categories:name_zh');
    await expect.poll(() => page.locator(`.legend li[data-legend-layer^="import-"]`).count()).toBe(8);
    expect(await page.locator(`.legend li[data-legend-layer^="import-"]`).first().textContent()).toMatch(/^office_gk：/);
    await page.getByLabel('office_gk 标注').selectOption('name_zh');

    // 对比: left the plan without the file, right the file; each side's pixels on its side.
    await page.getByRole('button', { name: '对比：office_gk 与规划' }).click();
    await page.locator('.compare-map canvas').waitFor();
    await page.locator('nav.header-actions').getByRole('button', { name: '图层' }).click();
    await expect.poll(() => page.locator('.compare-bar').textContent()).toContain('右 office_gk');
    // The slider dragged to each edge shows one side whole: the file's colours only on its side.
    const main = await page.locator('main').boundingBox();
    if (!main) throw new Error('no map');
    const dragTo = async (x: number) => {
      const at = await page.locator('.compare-swiper-vertical').boundingBox();
      if (!at) throw new Error('no swiper');
      await page.mouse.move(at.x + at.width / 2, at.y + at.height / 2);
      await page.mouse.down();
      await page.mouse.move(x, at.y + at.height / 2, { steps: 5 });
      await page.mouse.up();
    };
    // 华强-上步 and 梅林-彩田 take the categories' purple and pink: no plan layer uses either.
    const fileColours = async () => {
      const png = PNG.sync.read(await page.locator('main').screenshot());
      return ['#7570b3', '#e7298a'].reduce((n, c) => n + countPixelsNear(png, hexToRgb(c), 16), 0);
    };
    await dragTo(main.x + 2);
    await expect.poll(fileColours).toBeGreaterThan(400);
    const right = await fileColours();
    await dragTo(main.x + main.width - 2);
    await expect.poll(fileColours).toBeLessThan(right / 10);
    // Side by side: the file's colours in the right half only.
    await page.getByRole('button', { name: '并排' }).click();
    await page.locator('.compare-map.side canvas').waitFor();
    const halves = async () => {
      const png = PNG.sync.read(await page.locator('main').screenshot());
      const mid = Math.floor(png.width / 2);
      const count = (x0: number, x1: number) => ['#7570b3', '#e7298a'].reduce((n, c) => n + countPixelsNear(crop(png, x0, 0, x1 - x0, png.height), hexToRgb(c), 16), 0);
      return { left: count(0, mid - 4), right: count(mid + 4, png.width) };
    };
    await expect.poll(async () => (await halves()).right).toBeGreaterThan(100);
    expect((await halves()).left).toBeLessThan((await halves()).right / 10);
    await page.getByRole('button', { name: '结束对比' }).click();
    await expect.poll(() => page.locator('.compare-map').count()).toBe(0);
    expect(consoleErrors).toEqual([]);
  });

  it('without a .prj asks for its system, CGCS2000 Gauss–Krüger first with a preview, places it once chosen, and opens its attribute table', async () => {
    const { page, consoleErrors } = await openPage(browser, '?view=114.055,22.548,12,0,0&lang=en');
    await waitForMapIdle(page);
    await page.locator('nav.header-actions').getByRole('button', { name: 'Layers' }).click();
    await page.getByLabel('Import GeoJSON, a zipped Shapefile, KML/KMZ or CSV (or drop it on the map)').setInputFiles(zipFile('no_prj', 'EPSG:4547', 'UTF-8', ['prj']));
    const picker = page.locator('.crs-picker');
    await picker.waitFor();
    const options = await picker.locator('label').allTextContents();
    expect(options[0]).toMatch(/^CGCS2000 3° Gauss–Krüger CM 114°E \(EPSG:4547\).*lands at 114\.\d{4}, 22\.\d{4}.*recommended/);
    expect(await picker.getByRole('radio').first().isChecked()).toBe(true);
    await picker.getByRole('button', { name: 'Import in the chosen system' }).click();
    await expect.poll(() => page.locator('.imported-row').count()).toBe(1);
    const [layer] = await stored(page);
    expectInPlace(layer?.collection);

    // Its attribute table: sorted by area, searched, and a row framed on the map.
    await page.getByRole('button', { name: 'Attribute table of no_prj' }).click();
    const table = page.locator('.attribute-table');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(8);
    await table.getByRole('button', { name: 'Area or length' }).click();
    const areas = (await table.locator('tbody tr td:first-child').allTextContents()).map((t) => Number.parseFloat(t));
    expect(areas).toEqual([...areas].sort((a, b) => a - b));
    expect(areas.every((a) => a > 0)).toBe(true);
    await page.getByLabel('Search attributes').fill('Bagualing');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(1);
    const before = new URL(page.url()).searchParams.get('view');
    await table.locator('tbody tr').first().click();
    await expect.poll(() => table.locator('tbody tr[aria-selected="true"]').count()).toBe(1);
    await expect.poll(() => new URL(page.url()).searchParams.get('view')).not.toBe(before);
    const [lng, lat] = (new URL(page.url()).searchParams.get('view') ?? '').split(',').map(Number);
    // Framed on 八卦岭 (about 114.09°E, 22.56°N).
    expect(lng).toBeCloseTo(114.09, 1);
    expect(lat).toBeCloseTo(22.56, 1);
    expect(consoleErrors).toEqual([]);
  });

  it('KML, KMZ (ogr2ogr’s KML, zipped) and a CSV point list land in place with their attributes', async () => {
    const { page, consoleErrors } = await openPage(browser, '?view=114.055,22.548,12,0,0');
    await waitForMapIdle(page);
    await page.locator('nav.header-actions').getByRole('button', { name: '图层' }).click();
    const input = page.getByLabel('导入 GeoJSON、Shapefile（zip）、KML/KMZ 或 CSV（也可拖放到地图上）');
    const kmlBytes = writeWithOgr(dir, original, 'plan.kml', 'KML');
    await input.setInputFiles({ name: 'plan.kml', mimeType: 'application/vnd.google-earth.kml+xml', buffer: Buffer.from(kmlBytes) });
    await expect.poll(() => page.locator('.imported-row').count()).toBe(1);
    await input.setInputFiles({ name: 'plan.kmz', mimeType: 'application/vnd.google-earth.kmz', buffer: Buffer.from(zipSync({ 'doc.kml': kmlBytes })) });
    await expect.poll(() => page.locator('.imported-row').count()).toBe(2);
    // And a CSV point list (ogr2ogr's X/Y columns), read in the worker.
    const points = clusterPoints();
    await input.setInputFiles({ name: 'points.csv', mimeType: 'text/csv', buffer: Buffer.from(writeWithOgr(dir, points, 'points.csv', 'CSV', ['-lco', 'GEOMETRY=AS_XY'])) });
    await expect.poll(() => page.locator('.imported-row').count()).toBe(3);
    // A CSV whose coordinate columns say nothing by name: the planner picks them.
    await input.setInputFiles({ name: 'stations.csv', mimeType: 'text/csv', buffer: Buffer.from('站名,E,N\n市民中心,114.0596,22.5432\n岗厦北,114.0672,22.5392\n') });
    const picker = page.locator('.column-picker');
    await picker.waitFor();
    await picker.getByLabel('经度（或 X）列').selectOption('E');
    await picker.getByLabel('纬度（或 Y）列').selectOption('N');
    await picker.getByRole('button', { name: '按所选列导入' }).click();
    await expect.poll(() => page.locator('.imported-row').count()).toBe(4);
    const [kmlLayer, kmzLayer, csvLayer, picked] = await stored(page);
    expect(picked?.collection.features.map((f) => [f.properties?.站名, (f.geometry as { coordinates: number[] }).coordinates])).toEqual([
      ['市民中心', [114.0596, 22.5432]],
      ['岗厦北', [114.0672, 22.5392]],
    ]);
    expect(csvLayer?.collection.features.map((f) => f.properties?.name_zh)).toEqual(points.features.map((f) => f.properties?.name_zh));
    for (const layer of [kmlLayer, kmzLayer]) {
      if (!layer) throw new Error('missing layer');
      expectInPlace(layer.collection);
      expect(layer.collection.features.map((f) => f.properties?.name_zh)).toEqual(original.features.map((f) => f.properties?.name_zh));
    }
    expect(consoleErrors).toEqual([]);
  });

  it('refuses a lone .shp and a file that is not a zip, saying what to do', async () => {
    const { page } = await openPage(browser, '?view=114.055,22.548,12,0,0');
    await waitForMapIdle(page);
    await page.locator('nav.header-actions').getByRole('button', { name: '图层' }).click();
    const input = page.getByLabel('导入 GeoJSON、Shapefile（zip）、KML/KMZ 或 CSV（也可拖放到地图上）');
    await input.setInputFiles({ name: 'roads.shp', mimeType: 'application/octet-stream', buffer: Buffer.from('x') });
    await expect.poll(() => page.locator('.notices').textContent()).toContain('请将 .shp、.shx、.dbf、.prj（及 .cpg）一起打包为 zip');
    await input.setInputFiles({ name: 'plan.zip', mimeType: 'application/zip', buffer: Buffer.from('not a zip at all') });
    await expect.poll(() => page.locator('.notices').textContent()).toContain('plan.zip: 不是 zip 文件');
    expect(await page.locator('.imported-row').count()).toBe(0);
  });
});
