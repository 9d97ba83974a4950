/**
 * The second engine: Debian's firefox-esr driven over WebDriver BiDi by puppeteer-core.
 *
 * Headless Firefox has no WebGL on Linux (it never tries a software GL context: "tryNativeGL,
 * Exhausted GL driver options", Mozilla bug 1375585), so Firefox runs headed on a private Xvfb
 * display, with Mesa's llvmpipe as its GL (LIBGL_ALWAYS_SOFTWARE=1). Nothing appears on screen.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export interface Firefox {
  browser: Browser;
  close: () => Promise<void>;
}

/** Starts Xvfb on a display it picks itself (-displayfd), so parallel runs never collide. */
function startXvfb(): Promise<{ display: string; xvfb: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1920x1080x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
    let stderr = '';
    xvfb.stderr?.on('data', (chunk) => {
      stderr += String(chunk);
    });
    const fd3 = xvfb.stdio[3];
    if (!fd3 || !('on' in fd3)) return reject(new Error('Xvfb: no display pipe'));
    fd3.on('data', (chunk: Buffer) => resolve({ display: `:${String(chunk).trim()}`, xvfb }));
    xvfb.on('error', reject);
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${stderr.slice(-400)}`)));
  });
}

export async function launchFirefox(): Promise<Firefox> {
  const { display, xvfb } = await startXvfb();
  try {
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: false,
      env: { ...process.env, DISPLAY: display, LIBGL_ALWAYS_SOFTWARE: '1' },
      // Quiet and offline like the Chromium runs: no update, telemetry or experiment fetches.
      extraPrefsFirefox: { 'app.update.enabled': false, 'datareporting.policy.dataSubmissionEnabled': false, 'toolkit.telemetry.enabled': false, 'app.normandy.enabled': false, 'messaging-system.rsexperimentloader.enabled': false, 'browser.download.always_ask_before_handling_new_types': false },
    });
    return {
      browser,
      close: async () => {
        await browser.close().catch(() => undefined);
        xvfb.kill();
      },
    };
  } catch (error) {
    xvfb.kill();
    throw error;
  }
}

export interface FirefoxPage {
  page: Page;
  errors: string[];
}

/**
 * A download, as the page made it: the Atlas saves files through an `<a download>` of a blob URL
 * (src/panels/download.ts). The script reads the blob before the app revokes it, so a test gets the
 * exact bytes without Firefox's download manager (which WebDriver BiDi does not expose here).
 */
const CATCH_DOWNLOADS = `(() => {
  window.__downloads = [];
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function () {
    if (this.download && this.href.startsWith('blob:')) {
      const name = this.download;
      window.__downloads.push(fetch(this.href).then((r) => r.arrayBuffer()).then((buffer) => {
        let binary = '';
        const bytes = new Uint8Array(buffer);
        for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
        return { name, base64: btoa(binary) };
      }));
      return;
    }
    return click.call(this);
  };
})();`;

export async function openFirefoxPage(browser: Browser, url: string, viewport = { width: 1280, height: 800 }): Promise<FirefoxPage> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${String(error)}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.setViewport(viewport);
  await page.evaluateOnNewDocument(CATCH_DOWNLOADS);
  await page.goto(url);
  return { page, errors };
}

/** The files the page has saved so far, in order. */
export async function downloads(page: Page): Promise<Array<{ name: string; bytes: Buffer }>> {
  const files = await page.evaluate(() => Promise.all((window as unknown as { __downloads: Array<Promise<{ name: string; base64: string }>> }).__downloads));
  return files.map((f) => ({ name: f.name, bytes: Buffer.from(f.base64, 'base64') }));
}
