/** Export: every preset at its promised pixel size, a legend, a QR code that leads back, PDF with text, print. */
import type { Browser } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPdf, pageText } from '../support/pdfjs-node';
import { choose, crop, decodeQr, exportFile, HEAVY_EXPORT_TIMEOUT_MS, openExport } from './exportDialog';
import { pdfFonts, pdfImages, withPdfFile } from './poppler';
import { baseUrl, countPixelsNear, distinctColours, hexToRgb, launchBrowser, mapCanvasPixels, markupReady, NO_WEBGL, openPage, waitForMapIdle } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('PNG export', () => {
  it(
    'exports the three belts on A4 at 300 dpi: exact size, a legend, a scale, and a QR code back to the same view',
    async () => {
      // The built-in briefing's second step: the three belts, no zone selected.
      const { page, consoleErrors } = await openPage(browser, '?briefing=layout&step=1');
      await waitForMapIdle(page);
      await openExport(page);
      const stated = await choose(page, 'a4-portrait', 300);
      expect([stated.width, stated.height]).toEqual([2480, 3508]);
      const { bytes, name } = await exportFile(page);
      expect(name).toMatch(/^futian-atlas_the-three-belts_zh_\d{8}\.png$/);
      const png = PNG.sync.read(bytes);
      expect([png.width, png.height]).toEqual([2480, 3508]);
      // Not blank: the map area holds many colours.
      expect(distinctColours(crop(png, 0, stated.mapY, png.width, stated.mapHeight))).toBeGreaterThan(20);
      // The legend card (lower left of the map) shows the three belts' swatches.
      const legend = crop(png, 0, stated.mapY + stated.mapHeight * 0.6, png.width * 0.5, stated.mapHeight * 0.4);
      for (const colour of ['#0072B2', '#E69F00', '#009E73']) expect(countPixelsNear(legend, hexToRgb(colour), 12)).toBeGreaterThan(100);
      // The scale bar (lower right of the map): its dark half is solid ink.
      const scaleCorner = crop(
        png,
        Math.round(png.width * 0.7),
        stated.mapY + Math.round(stated.mapHeight * 0.85),
        Math.round(png.width * 0.3),
        Math.round(stated.mapHeight * 0.15),
      );
      expect(countPixelsNear(scaleCorner, hexToRgb('#1b1b1b'), 10)).toBeGreaterThan(1000);
      // The QR code decodes to the permalink of this view.
      const decoded = decodeQr(png, stated.mapY + stated.mapHeight);
      expect(decoded).not.toBeNull();
      const link = new URL(decoded ?? '');
      expect(link.origin + link.pathname).toBe(`${baseUrl()}/`);
      // The same view: the briefing step, its layers and the camera the step framed its subject with.
      expect(link.searchParams.get('briefing')).toBe('layout');
      expect(link.searchParams.get('step')).toBe('1');
      expect(link.searchParams.get('layers')).toBe('belts,futian,boundaries,labels');
      expect(link.searchParams.get('view')).toBe(new URL(page.url()).searchParams.get('view'));
      // Print resolution travels with the file.
      expect(bytes.readUInt32BE(bytes.indexOf('pHYs') + 4)).toBe(11811);
      expect(consoleErrors).toEqual([]);

      // The link opens the same view: the briefing step, with its layers in the legend.
      const again = await openPage(browser, link.search);
      await waitForMapIdle(again.page);
      expect(await again.page.locator('.briefing-bar').textContent()).toContain('三带');
      expect(await again.page.locator('.legend li').allTextContents()).toEqual(expect.arrayContaining(['中部：深圳国际金融产业带']));
      await again.page.context().close();
    },
    HEAVY_EXPORT_TIMEOUT_MS,
  );

  it(
    'draws A3 at 300 dpi at its full 4961 × 3508 pixels, beyond maplibre’s default 4096 cap',
    async () => {
      const { page } = await openPage(browser, '?lang=en');
      await waitForMapIdle(page);
      await openExport(page);
      const stated = await choose(page, 'a3-landscape', 300);
      expect([stated.width, stated.height]).toEqual([4961, 3508]);
      const png = PNG.sync.read((await exportFile(page)).bytes);
      expect([png.width, png.height]).toEqual([4961, 3508]);
      // The map reaches the right edge: drawn at full size, not a downscaled canvas in a corner.
      const rightStrip = crop(png, png.width - 400, stated.mapY + 200, 400, Math.round(stated.mapHeight / 2));
      expect(distinctColours(rightStrip)).toBeGreaterThan(3);
      expect(decodeQr(png, stated.mapY + stated.mapHeight)).toContain('lang=en');
    },
    HEAVY_EXPORT_TIMEOUT_MS,
  );

  it(
    'exports every other preset at exactly the size the dialog states',
    async () => {
      const { page } = await openPage(browser, '?zone=bagualing');
      await waitForMapIdle(page);
      await openExport(page);
      // Every preset's size as the dialog states it; files made of the two not exported elsewhere
      // (framing.e2e.ts exports the others and checks their files' sizes against the dialog).
      const cases: Array<[string, 150 | 300, [number, number] | null, boolean]> = [
        ['view-1x', 300, null, false],
        ['view-2x', 300, null, false],
        ['view-3x', 300, null, true],
        ['slide-1080', 300, [1920, 1080], false],
        ['slide-2160', 300, [3840, 2160], false],
        ['a4-landscape', 150, [1754, 1240], false],
        ['a3-portrait', 150, [1754, 2480], true],
      ];
      const mapSize = await page.locator('.map canvas').evaluate((c) => [c.clientWidth, c.clientHeight]);
      for (const [preset, dpi, expected, exported] of cases) {
        const stated = await choose(page, preset, dpi);
        if (expected) expect([stated.width, stated.height]).toEqual(expected);
        else {
          const scale = Number(preset.slice(5, 6));
          expect(stated.width).toBe(mapSize[0] * scale);
          expect(stated.mapHeight).toBe(mapSize[1] * scale);
        }
        if (!exported) continue;
        const { bytes, name } = await exportFile(page);
        expect(name).toMatch(/^futian-atlas_bagualing_zh_\d{8}\.png$/);
        const png = PNG.sync.read(bytes);
        expect([preset, png.width, png.height]).toEqual([preset, stated.width, stated.height]);
        expect(distinctColours(crop(png, 0, stated.mapY, png.width, stated.mapHeight))).toBeGreaterThan(20);
        expect(decodeQr(png, stated.mapY + stated.mapHeight)).toContain('zone=bagualing');
      }
    },
    HEAVY_EXPORT_TIMEOUT_MS,
  );
});

describe('PDF export', () => {
  it('is one A4 page with the map as the only image and the title as selectable text', async () => {
    const { page } = await openPage(browser, '?zone=bagualing&lang=en');
    await waitForMapIdle(page);
    await openExport(page);
    await choose(page, 'a4-landscape', 150, 'pdf');
    await page.locator('.export-drawer textarea').fill('Draft for the district briefing');
    const { bytes, name } = await exportFile(page);
    expect(name).toMatch(/^futian-atlas_bagualing_en_\d{8}\.pdf$/);
    const { doc, OPS } = await openPdf(new Uint8Array(bytes));
    expect(doc.numPages).toBe(1);
    const pdfPage = await doc.getPage(1);
    const [, , w, h] = pdfPage.view;
    expect([Math.round(w), Math.round(h)]).toEqual([842, 595]);
    const text = await pageText(doc);
    expect(text).toContain('Bagualing');
    expect(text).toContain('Draft for the district briefing');
    expect(text).toContain('Legend');
    expect(text).toContain('zone=bagualing');
    const ops = await pdfPage.getOperatorList();
    expect(ops.fnArray.filter((f) => f === OPS.paintImageXObject)).toHaveLength(1);
    // Poppler agrees: one image (the map), and one font — the embedded subset, no reader's substitute.
    const { fonts, images } = withPdfFile(new Uint8Array(bytes), (file) => ({ fonts: pdfFonts(file), images: pdfImages(file) }));
    expect(images).toHaveLength(1);
    expect(fonts).toEqual([[expect.stringMatching(/^[A-Z]{6}\+NotoSansCJKsc-Regular$/), true]]);
  });
});

describe('the legend of an export', () => {
  it('lists only the belt in the frame, as text in the PDF', async () => {
    // Zoomed into the northern belt: the central and southern belts are off the frame.
    const { page } = await openPage(browser, '?view=114.09,22.572,15.5,0,0&lang=en&layers=belts,futian');
    // No place names at this zoom, so no waitForMapIdle: the export draws its own map to idle.
    await page.waitForSelector('main[data-map-status="ready"]');
    await openExport(page);
    await choose(page, 'view-1x', 150, 'pdf');
    const { doc } = await openPdf(new Uint8Array((await exportFile(page)).bytes));
    const text = await pageText(doc);
    expect(text).toContain('North: intelligent technology belt');
    expect(text).not.toContain('Central: international finance belt');
    expect(text).not.toContain('South: Shenzhen');
  });
});

describe('export at exactly the frame on screen', () => {
  it('exports a briefing step (1x) whose map is the live map, pixel for pixel', async () => {
    const { page } = await openPage(browser, '?briefing=layout&step=3');
    await waitForMapIdle(page);
    await openExport(page);
    const stated = await choose(page, 'view-1x');
    // Close the dialog so the live map is unobstructed for the comparison shot.
    const { bytes } = await exportFile(page);
    await page.keyboard.press('Escape');
    const live = await mapCanvasPixels(page);
    const exported = PNG.sync.read(bytes);
    const drawn = await page.locator('.map canvas').evaluate((c) => [(c as HTMLCanvasElement).width, (c as HTMLCanvasElement).height]);
    expect([exported.width, stated.mapHeight]).toEqual(drawn);
    // Compare the middle of the map (the corners hold the legend, scale bar and north arrow).
    const x = Math.round(live.width * 0.3);
    const y = Math.round(live.height * 0.25);
    const w = Math.round(live.width * 0.4);
    const hh = Math.round(live.height * 0.5);
    const a = crop(live, x, y, w, hh);
    const b = crop(exported, x, stated.mapY + y, w, hh);
    let diff = 0;
    for (let i = 0; i < a.data.length; i += 4) for (let c = 0; c < 3; c++) diff += Math.abs((a.data[i + c] ?? 0) - (b.data[i + c] ?? 0));
    const meanDiff = diff / ((a.data.length / 4) * 3);
    expect(meanDiff).toBeLessThan(1);
    expect(distinctColours(a)).toBeGreaterThan(10);
  });
});

describe('export failures and controls', () => {
  it('states a size beyond the GPU’s limit up front, refuses it with a smaller suggestion, and loses nothing', async () => {
    const { page } = await openPage(browser, '?zone=bagualing');
    await waitForMapIdle(page);
    await openExport(page);
    const { gpuLimit } = await choose(page, 'view-1x');
    // A window so wide that 3x of its map is beyond what the GPU draws.
    await page.setViewportSize({ width: Math.ceil(gpuLimit / 3) + 40, height: 700 });
    // The dialog follows the map's frame, which the map reports once it has resized.
    await expect.poll(async () => (await choose(page, 'view-3x')).width).toBeGreaterThan(gpuLimit);
    await expect.poll(() => page.locator('.export-warning').textContent()).toContain(String(gpuLimit));
    let downloads = 0;
    page.on('download', () => downloads++);
    await page.locator('.export-drawer button.primary').click();
    const message = page.getByTestId('export-message');
    await expect.poll(() => message.textContent()).toMatch(/超出.*可改为/);
    await message.getByRole('button').click();
    const suggested = await choose(page, await page.getByTestId('export-preset').inputValue());
    expect(Math.max(suggested.width, suggested.mapHeight)).toBeLessThanOrEqual(gpuLimit);
    expect(downloads).toBe(0);
    // The app is intact: the selection and the map are still there.
    expect(await page.locator('.policy-panel').getAttribute('data-zone-id')).toBe('bagualing');
    expect(await page.locator('[data-export-map]').count()).toBe(0);
  });

  it('shows progress, can be cancelled, and leaves no offscreen map behind', async () => {
    const { page } = await openPage(browser, '');
    await waitForMapIdle(page);
    await openExport(page);
    await choose(page, 'a3-landscape', 300);
    let downloads = 0;
    page.on('download', () => downloads++);
    // Cancel from inside the page the moment the progress shows: a click sent from the test can
    // arrive after a slow machine has already finished the export (the drawing blocks the page).
    await page.evaluate(() => {
      const drawer = document.querySelector('.export-drawer');
      const observer = new MutationObserver(() => {
        const cancel = [...(drawer?.querySelectorAll('button') ?? [])].find((b) => b.textContent?.trim() === '取消');
        if (!cancel || !drawer?.querySelector('progress')) return;
        observer.disconnect();
        cancel.click();
        document.body.dataset.cancelledDuring = drawer.querySelector('[role="status"]')?.textContent ?? '';
      });
      if (drawer) observer.observe(drawer, { childList: true, subtree: true });
    });
    await page.locator('.export-drawer button.primary').click();
    // It was cancelled while the map was being drawn, with the progress showing.
    await expect.poll(() => page.evaluate(() => document.body.dataset.cancelledDuring), { timeout: 30_000 }).toBe('按目标分辨率绘制地图…');
    await expect.poll(async () => (await page.getByTestId('export-message').textContent())?.trim(), { timeout: 30_000 }).toBe('已取消导出。');
    expect(await page.locator('[data-export-map]').count()).toBe(0);
    // The dialog works again straight away.
    await choose(page, 'view-1x');
    await exportFile(page);
    expect(downloads).toBe(1);
  });

  it('includes the markup and imported layers, and copies the image to the clipboard', async () => {
    const { page } = await openPage(browser, '?view=114.0925,22.5625,14.5,0,0');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
    await waitForMapIdle(page);
    await page.getByRole('button', { name: '图层' }).click();
    await page.getByLabel('导入 GeoJSON、Shapefile（zip）、KML/KMZ 或 CSV（也可拖放到地图上）').setInputFiles('test/fixtures/import-site.geojson');
    await page.locator('.imported-row').waitFor();
    const importColour = await page.locator('.legend li[data-legend-layer^="import-"] rect').last().getAttribute('stroke');
    await page.getByRole('button', { name: '标绘', exact: true }).click();
    await markupReady(page);
    const box = await page.locator('.map canvas').boundingBox();
    if (!box) throw new Error('no map');
    await page.mouse.click(box.x + box.width * 0.3, box.y + box.height * 0.3);
    await page.mouse.click(box.x + box.width * 0.6, box.y + box.height * 0.6);
    await page.keyboard.press('Enter');
    await page.locator('.markup-shapes li').waitFor();
    await page.keyboard.press('Escape');
    await openExport(page);
    const stated = await choose(page, 'view-1x');
    const png = PNG.sync.read((await exportFile(page)).bytes);
    const map = crop(png, 0, stated.mapY, png.width, stated.mapHeight);
    expect(countPixelsNear(map, hexToRgb('#d1006e'), 20)).toBeGreaterThan(50);
    expect(countPixelsNear(map, hexToRgb(importColour ?? '#000000'), 20)).toBeGreaterThan(50);

    await page.locator('.export-done').getByRole('button').click();
    await expect.poll(async () => (await page.getByTestId('export-message').textContent())?.trim()).toBe('图片已复制到剪贴板。');
    const copied = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      const blob = await item?.getType('image/png');
      const bitmap = blob ? await createImageBitmap(blob) : null;
      return bitmap ? [bitmap.width, bitmap.height] : null;
    });
    expect(copied).toEqual([png.width, png.height]);
  });
});

describe('export from an embed', () => {
  it('offers Export with controls=export; the file’s link leads to the full Atlas, not the embed', async () => {
    const { page } = await openPage(browser, '?embed=1&controls=export&zone=bagualing', { viewport: { width: 800, height: 600 } });
    await waitForMapIdle(page);
    await page.locator('.embed-bar').getByRole('button', { name: '导出' }).click();
    const stated = await choose(page, 'view-1x');
    const png = PNG.sync.read((await exportFile(page)).bytes);
    expect([png.width, png.height]).toEqual([stated.width, stated.height]);
    const link = new URL(decodeQr(png, stated.mapY + stated.mapHeight) ?? '');
    expect(link.searchParams.get('zone')).toBe('bagualing');
    expect(link.searchParams.has('embed')).toBe(false);
  });
});

describe('export without a map', () => {
  it('says why there is nothing to export when the browser has no WebGL, and offers no broken button', async () => {
    const { page, consoleErrors } = await openPage(browser, '', { initScript: NO_WEBGL });
    await page.locator('main[data-map-status="no-webgl"]').waitFor();
    await openExport(page);
    expect(await page.locator('.export-drawer [role="alert"]').textContent()).toContain('暂时无法导出');
    expect(await page.locator('.export-drawer button.primary').isDisabled()).toBe(true);
    expect(consoleErrors).toEqual([]);
  });
});

describe('print', () => {
  it('prints the map, legend and the open panel on one page', async () => {
    const { page } = await openPage(browser, '?zone=hetao&lang=en');
    await waitForMapIdle(page);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const { doc } = await openPdf(new Uint8Array(pdf));
    expect(doc.numPages).toBe(1);
    const text = await pageText(doc);
    expect(text).toContain('Cooperation Zone');
    expect(text).toContain('Role in the layout');
    expect(text).toContain('Key figures');
    expect(text).toContain('Legend');
    // The map printed as an image; the buttons did not print.
    const ops = await (await doc.getPage(1)).getOperatorList();
    const { OPS } = await openPdf(new Uint8Array(pdf));
    expect(ops.fnArray.some((f) => f === OPS.paintImageXObject)).toBe(true);
    expect(text).not.toContain('Share / embed');
  });
});
