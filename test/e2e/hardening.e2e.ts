/** Bad input and broken conditions: the Atlas says what is wrong and keeps working. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSP } from '../support/csp';
import { prng, randomQuery } from '../support/fuzz-queries';
import { baseUrl, cspViolations, distinctColours, launchBrowser, openPage, renderedPlaceNames, screenshotPixels, serveWithCsp, waitForMapIdle } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});


describe('hostile links', () => {
  it('renders for 30 random and malicious query strings, never throwing', async () => {
    const { page, consoleErrors } = await openPage(browser);
    const rand = prng(7);
    for (let i = 0; i < 30; i++) {
      const query = randomQuery(rand);
      await page.goto(`${baseUrl()}/${query}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      expect(await page.locator('main').count(), query).toBe(1);
      expect(await page.locator('.part-error').count(), query).toBe(0);
    }
    expect(consoleErrors.filter((e) => e.startsWith('pageerror'))).toEqual([]);
  });
});

describe('WebGL context loss', () => {
  it('says so, shows the zone list, and recovers when the context is restored', async () => {
    const { page } = await openPage(browser);
    await waitForMapIdle(page);
    const lose = (what: 'loseContext' | 'restoreContext') =>
      page.evaluate((w) => {
        const canvas = document.querySelector('.map canvas') as HTMLCanvasElement;
        const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext;
        const ext = gl.getExtension('WEBGL_lose_context');
        (window as unknown as { __loseExt: WEBGL_lose_context | null }).__loseExt ??= ext;
        (window as unknown as { __loseExt: WEBGL_lose_context }).__loseExt[w]();
      }, what);
    await lose('loseContext');
    await page.getByRole('alert', { name: '地图绘制暂时中断' }).waitFor();
    expect(await page.getByRole('table', { name: '全部区域' }).count()).toBe(1);
    await lose('restoreContext');
    await page.waitForSelector('main[data-map-status="ready"]');
    await expect.poll(() => page.getByRole('alert').count()).toBe(0);
    await expect.poll(async () => distinctColours(await screenshotPixels(page, '.map canvas'))).toBeGreaterThan(12);
  });
});

describe('a data file that fails to load', () => {
  it('names what is missing and keeps the rest working', async () => {
    const { page } = await openPage(browser, '', {
      beforeGoto: (p: Page) => p.route(/\/assets\/clusters-[^/]+\.geojson$/, (route) => route.fulfill({ status: 500, body: 'broken' })),
    });
    await waitForMapIdle(page);
    await expect.poll(() => page.getByRole('status').textContent()).toContain('数据“八组团”加载失败');
    const names = await renderedPlaceNames(page);
    expect(names).toContain('福田区');
    expect(names).not.toContain('八卦岭片区');
    // Content and the other layers still work: open a partner from the list.
    await page.getByRole('button', { name: '区域列表' }).click();
    await page.getByRole('table', { name: '全部区域' }).getByRole('button', { name: '惠州市博罗县' }).click();
    await page.getByRole('dialog', { name: '惠州市博罗县' }).waitFor();
  });
});

describe('content security policy', () => {
  it('runs under a strict CSP with no violation: no inline script, no eval, no inline style', async () => {
    const { page, consoleErrors } = await openPage(browser, '?zone=bagualing', {
      beforeGoto: (p: Page) => serveWithCsp(p, CSP),
    });
    await waitForMapIdle(page);
    await page.getByRole('dialog', { name: '八卦岭片区' }).waitFor();
    expect(await cspViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
