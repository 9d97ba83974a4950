/**
 * `npm start` serves the source unbundled (each module its own request, in import order): an
 * import cycle that the production bundle orders away breaks it there ("Cannot access … before
 * initialization"). This opens the dev server's page as a developer would after the first set-up
 * command.
 */
import type { Browser } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser';

let browser: Browser;
let server: ViteDevServer;
let url = '';
beforeAll(async () => {
  browser = await launchBrowser();
  server = await createServer({ server: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'error' });
  await server.listen();
  url = (server.resolvedUrls?.local[0] ?? '').replace(/\/$/, '');
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('npm start (the dev server)', () => {
  it('opens the Atlas with a zone panel and no page error', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${url}/?zone=bagualing`);
    // The first load optimises dependencies: a state, however long that takes.
    await page.waitForSelector('main[data-map-status="ready"]', { timeout: 120_000 });
    expect(await page.locator('#policy-panel-title').textContent()).toBe('八卦岭片区');
    expect(errors).toEqual([]);
    await context.close();
  });
});
