/** Embedding: an iframe on another origin drives the Atlas through the host API and steps a briefing. */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { atlasFrame, baseUrl, hostEvents as events, hostSend as send, launchBrowser, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const FIXTURE = fs.readFileSync('test/fixtures/embed-host.html', 'utf8');
// The host page is served on another port: another origin than the Atlas, on loopback like it
// (Chromium blocks pages of other address spaces from framing loopback servers).
let hostServer: http.Server;
let HOST = '';
beforeAll(async () => {
  hostServer = http.createServer((_, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(FIXTURE);
  });
  await new Promise<void>((resolve) => hostServer.listen(0, '127.0.0.1', resolve));
  HOST = `http://127.0.0.1:${(hostServer.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => hostServer.close(() => resolve())));

async function openHost(query: string, size: { w?: number; h?: number; hidden?: boolean } = {}) {
  const src = `${baseUrl()}/?embed=1&host=${encodeURIComponent(HOST)}${query}`;
  const params = new URLSearchParams({ src, w: String(size.w ?? 640), h: String(size.h ?? 480) });
  if (size.hidden) params.set('hidden', '1');
  return openPage(browser, '', { viewport: { width: 1000, height: 700 }, url: `${HOST}/host.html?${params}` });
}

const frameParam = (page: Page, key: string) => new URL(atlasFrame(page).url()).searchParams.get(key);

describe('host API', () => {
  it('says ready, takes select / layers / view commands, and reports the selection', async () => {
    const { page, consoleErrors } = await openHost('');
    await expect.poll(async () => (await events(page)).some((e) => e.type === 'futian-atlas:ready'), { timeout: 30_000 }).toBe(true);
    const ready = (await events(page)).find((e) => e.type === 'futian-atlas:ready');
    expect(ready?.version).toBe(1);
    expect(ready?.zones).toContain('bagualing');

    await send(page, { type: 'futian-atlas:select', zone: 'hetao' });
    await atlasFrame(page).getByRole('dialog', { name: '深港科技创新特别合作区' }).waitFor();
    await expect.poll(async () => (await events(page)).some((e) => e.type === 'futian-atlas:selection' && e.zone === 'hetao')).toBe(true);

    await send(page, { type: 'futian-atlas:layers', visible: ['core', 'labels'] });
    await expect.poll(() => frameParam(page, 'layers')).toBe('core,labels');
    await send(page, { type: 'futian-atlas:view', view: { center: [114.1, 22.56], zoom: 12.5 } });
    await expect.poll(() => frameParam(page, 'view')).toBe('114.1,22.56,12.5,0,0');
    expect(consoleErrors).toEqual([]);
  });

  it('ignores messages of the wrong shape and from another frame, without errors', async () => {
    const { page, consoleErrors } = await openHost('&zone=xiangmihu');
    await expect.poll(async () => (await events(page)).some((e) => e.type === 'futian-atlas:ready'), { timeout: 30_000 }).toBe(true);
    for (const bad of [null, 'futian-atlas:next', { type: 'futian-atlas:select', zone: 'atlantis' }, { type: 'futian-atlas:layers', visible: ['<img src=x onerror=alert(1)>'] }, { type: 'futian-atlas:view', view: { center: [0, 0], zoom: 99 } }, { type: 'select', zone: 'bagualing' }]) {
      await send(page, bad);
    }
    await page.evaluate(() => (window as unknown as { addIntruder: () => Promise<void> }).addIntruder());
    // Messages are handled in the order they were posted: once this last, valid one shows in the
    // URL, every message before it has been handled (and ignored).
    await send(page, { type: 'futian-atlas:lang', lang: 'en' });
    await expect.poll(() => frameParam(page, 'lang')).toBe('en');
    expect(frameParam(page, 'zone')).toBe('xiangmihu');
    expect(await atlasFrame(page).getByRole('dialog', { name: 'Xiangmihu' }).count()).toBe(1);
    expect((await events(page)).filter((e) => e.type === 'futian-atlas:selection')).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});

describe('briefing views', () => {
  it('steps through 一核 → 三带 → 一轴 → 八组团 → 合作地区 by host command and by PageDown', async () => {
    const { page } = await openHost('&briefing=layout');
    await expect.poll(async () => (await events(page)).some((e) => e.type === 'futian-atlas:ready'), { timeout: 30_000 }).toBe(true);
    const frame = atlasFrame(page);
    await expect.poll(() => frame.locator('.briefing-bar [data-step-index]').textContent()).toContain('第 1/5 步 · 一核');
    await send(page, { type: 'futian-atlas:next' });
    await expect.poll(() => frame.locator('.briefing-bar [data-step-index]').textContent()).toContain('三带');
    await expect.poll(() => frameParam(page, 'layers')).toBe('belts,futian,boundaries,labels');
    await send(page, { type: 'futian-atlas:step', index: 2 });
    await expect.poll(() => frameParam(page, 'zone')).toBe('axis');
    // A slide clicker sends PageDown to the focused frame.
    await frame.locator('.briefing-bar').click({ position: { x: 60, y: 10 } });
    await frame.locator('body').press('PageDown');
    await frame.locator('body').press('PageDown');
    await expect.poll(() => frameParam(page, 'step')).toBe('4');
    await expect.poll(() => frame.locator('.briefing-bar [data-step-index]').textContent()).toContain('合作地区');
    const steps = (await events(page)).filter((e) => e.type === 'futian-atlas:step').map((e) => e.index);
    expect(steps).toEqual(expect.arrayContaining([1, 2, 3, 4]));
  });
});

describe('sizing inside a briefing page', () => {
  it('a map created in a hidden iframe renders at its real size once shown', async () => {
    const { page } = await openHost('', { hidden: true });
    const frame = atlasFrame(page);
    // The map is created while its frame is hidden (0×0); only then is the frame shown.
    await expect.poll(() => frame.evaluate(() => performance.getEntriesByName('atlas:map-created').length), { timeout: 30_000 }).toBe(1);
    await page.evaluate(() => (window as unknown as { show: () => void }).show());
    await frame.waitForSelector('main[data-map-status="ready"]', { timeout: 30_000 });
    await expect.poll(async () => (await frame.locator('.map canvas').boundingBox())?.width).toBe(640);
    expect((await frame.locator('.map canvas').boundingBox())?.height).toBe(480);
  });

  it('stays usable at 320×240: map, zoom, link to the full map, and a collapsed panel', async () => {
    const { page } = await openHost('&zone=bagualing', { w: 320, h: 240 });
    const frame = atlasFrame(page);
    await frame.waitForSelector('main[data-map-status="ready"]', { timeout: 30_000 });
    const panel = await frame.getByRole('dialog', { name: '八卦岭片区' }).boundingBox();
    expect(panel?.height).toBeLessThanOrEqual(240 * 0.6 + 1);
    expect(await frame.getByRole('link', { name: '打开完整地图 ↗' }).isVisible()).toBe(true);
    expect(await frame.getByRole('button', { name: /zoom in/i }).isVisible()).toBe(true);
    expect((await frame.locator('.map canvas').boundingBox())?.width).toBe(320);
  });
});

describe('share dialog', () => {
  it('gives the link and an iframe snippet with a live preview (briefings are built in their own panel)', async () => {
    const { page } = await openPage(browser, '?zone=bagualing');
    await page.getByRole('dialog').waitFor();
    await page.getByRole('button', { name: '分享/嵌入' }).click();
    const share = page.locator('.share-drawer');
    expect(await share.getByLabel('本视图链接').inputValue()).toContain('zone=bagualing');
    const snippet = await share.getByLabel('嵌入代码（iframe）').inputValue();
    expect(snippet).toMatch(/^<iframe src="[^"]+" width="640" height="480"/);
    expect(snippet).toContain('embed=1');
    expect(snippet).toContain('zone=bagualing');
    await share.getByLabel('320 × 240').check();
    expect(await share.getByLabel('嵌入代码（iframe）').inputValue()).toContain('width="320" height="240"');
    expect(await share.locator('.embed-preview iframe').getAttribute('src')).toContain('embed=1');
    expect(await share.textContent()).toContain('「简报」面板');
  });
});
