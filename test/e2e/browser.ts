/**
 * Real-browser harness: playwright-core driving Debian's /usr/bin/chromium (never a downloaded
 * build). WebGL runs on SwiftShader there: slow but real.
 */
import { type Browser, type ConsoleMessage, chromium, type Frame, type Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { inject, onTestFinished } from 'vitest';
import { rgbChannels } from '../../src/encoding/color';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--no-sandbox', '--headless=new', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: FLAGS, headless: true });
}

export function baseUrl(): string {
  return inject('baseUrl');
}

export interface PageRecord {
  page: Page;
  /** Every request URL the page made. */
  requests: string[];
  consoleErrors: string[];
}

/** An init script that takes WebGL away, as a browser without it (or with it disabled) would. */
export const NO_WEBGL = `(() => { const orig = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
    return /webgl/.test(String(type)) ? null : orig.call(this, type, ...rest); }; })();`;

export interface OpenOptions {
  viewport?: { width: number; height: number };
  /** Script run in the page before any of its own (e.g. to take WebGL away). */
  initScript?: string | (() => void);
  /** Runs before navigation: set up routes for stand-in servers here. */
  beforeGoto?: (page: Page) => Promise<unknown>;
  /** Open this address instead of the Atlas (e.g. a host page served by a route). */
  url?: string;
  /** A phone: touch events, a mobile viewport. */
  touch?: boolean;
}

/**
 * Opens the Atlas (or `options.url`) in a context of its own. The context is the test's fixture:
 * closed when the test ends, passed or failed, so a failing test never leaves a live map behind
 * to slow the next one. (A test may still close it early to free memory; closing twice is harmless.)
 */
export async function openPage(browser: Browser, query = '', options: OpenOptions = {}): Promise<PageRecord> {
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 800 }, deviceScaleFactor: 1, ...(options.touch ? { hasTouch: true, isMobile: true } : {}) });
  onTestFinished(() => context.close());
  const page = await context.newPage();
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (msg: ConsoleMessage) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => consoleErrors.push(`pageerror: ${err.message}`));
  if (options.initScript) await page.addInitScript(options.initScript);
  if (options.beforeGoto) await options.beforeGoto(page);
  await page.goto(options.url ?? `${baseUrl()}/${query}`);
  return { page, requests, consoleErrors };
}

/**
 * An init script that records, in the Atlas' storage, that this browser agreed to load basemaps
 * from `host` (as answering the prompt once would): for tests of what happens after agreement.
 */
export function allowBasemapHost(host: string): string {
  const atlasOrigin = new URL(baseUrl()).origin;
  return `if (location.origin === ${JSON.stringify(atlasOrigin)}) localStorage.setItem('futian-atlas:basemap-hosts', ${JSON.stringify(JSON.stringify({ [host]: 'allow' }))});`;
}

/** The map canvas's box on the page. */
export async function canvasBox(page: Page): Promise<{ x: number; y: number; width: number; height: number }> {
  const box = await page.locator('.map canvas').boundingBox();
  if (!box) throw new Error('no canvas');
  return box;
}

/** Waits until the markup tool can draw (terra-draw loads when the tool is first used). */
export async function markupReady(page: Page): Promise<void> {
  await page.locator('.markup-panel[data-ready="true"]').waitFor();
}

/** Waits until the map has loaded and gone idle with labels placed (the DOM mirror is filled). */
export async function waitForMapIdle(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForSelector('main[data-map-status="ready"]', { timeout });
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="rendered-place-names"] li').length > 0, undefined, { timeout });
}

/** How many times the map has gone idle so far, as the page reports it with its placed names (mapIdles in src/state/ui.ts). */
export function mapIdles(page: Page): Promise<number> {
  return page.$eval('[data-testid="rendered-place-names"]', (ul) => Number(ul.getAttribute('data-map-idles') ?? 0));
}

/**
 * Runs an action and waits until the map has gone idle after it (camera still, tiles loaded,
 * labels placed and mirrored in the DOM), however long a busy machine takes: a state, not a time.
 * Call it on a map that is already idle (after waitForMapIdle), so the idle awaited is the action's.
 */
export async function afterMapIdle<T>(page: Page, action: () => Promise<T>, timeout = 60_000): Promise<T> {
  const before = await mapIdles(page);
  const result = await action();
  await page.waitForFunction((n) => Number(document.querySelector('[data-testid="rendered-place-names"]')?.getAttribute('data-map-idles') ?? 0) > n, before, { timeout });
  return result;
}

/**
 * Takes an open Atlas to another link's state as Back/Forward does (the address changes, the app
 * reads it on popstate), without a reload, and waits for the map's idle after it: a test that
 * visits several views pays for one page load, not one per view. The query must move the map.
 */
export async function visitInPage(page: Page, query: string): Promise<void> {
  // Two frames first: an idle the map reported just before (a selection's framing) is in the DOM
  // by then, so it is not taken for this visit's.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await afterMapIdle(page, () =>
    page.evaluate((q) => {
      history.pushState(null, '', q);
      dispatchEvent(new PopStateEvent('popstate'));
    }, query),
  );
}

export async function renderedPlaceNames(page: Page): Promise<string[]> {
  return page.locator('[data-testid="rendered-place-names"] li').allTextContents();
}

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

export async function screenshotPixels(page: Page, selector: string): Promise<PNG> {
  const buffer = await page.locator(selector).screenshot();
  return PNG.sync.read(buffer);
}

/** A PNG data URL (from `canvas.toDataURL()`), decoded. */
export function pngFromDataUrl(dataUrl: string): PNG {
  return PNG.sync.read(Buffer.from(dataUrl.split(',')[1] ?? '', 'base64'));
}

/** The live map's own drawing buffer (kept by preserveDrawingBuffer), not a resampled screenshot. */
export async function mapCanvasPixels(page: Page): Promise<PNG> {
  return pngFromDataUrl(await page.locator('.map canvas').evaluate((c) => (c as HTMLCanvasElement).toDataURL('image/png')));
}

export function countPixelsNear(png: PNG, target: Rgb, tolerance: number): number {
  let count = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    if (Math.abs(png.data[i] - target.r) <= tolerance && Math.abs(png.data[i + 1] - target.g) <= tolerance && Math.abs(png.data[i + 2] - target.b) <= tolerance) count++;
  }
  return count;
}

/** Distinct colours after quantising each channel to 16 levels: a blank canvas has 1. */
export function distinctColours(png: PNG): number {
  const seen = new Set<number>();
  for (let i = 0; i < png.data.length; i += 4) seen.add(((png.data[i] >> 4) << 8) | ((png.data[i + 1] >> 4) << 4) | (png.data[i + 2] >> 4));
  return seen.size;
}

export function hexToRgb(hex: string): Rgb {
  const [r, g, b] = rgbChannels(hex);
  return { r, g, b };
}

export function isSameOrigin(url: string): boolean {
  return url.startsWith(baseUrl()) || url.startsWith('data:') || url.startsWith('blob:');
}

/** Messages the host fixture (test/fixtures/embed-host.html) heard from the Atlas. */
export const hostEvents = (page: Page) => page.evaluate(() => (window as unknown as { events: Array<Record<string, unknown>> }).events);
/** Sends a message from the host fixture to the Atlas frame. */
export const hostSend = (page: Page, message: unknown) => page.evaluate((m) => (window as unknown as { send: (m: unknown) => void }).send(m), message);

/** The Atlas' frame inside a host page. */
export function atlasFrame(page: Page): Frame {
  const frame = page.frames().find((f) => f.url().startsWith(baseUrl()));
  if (!frame) throw new Error('no Atlas frame');
  return frame;
}

/** Serves the Atlas' pages to `page` with `csp` as their Content-Security-Policy, and records every violation (read with cspViolations). */
export async function serveWithCsp(page: Page, csp: string): Promise<void> {
  await page.addInitScript(() => {
    (window as unknown as { __violations: string[] }).__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __violations: string[] }).__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.route(`${baseUrl()}/?**`, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': csp } });
  });
}

export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}
