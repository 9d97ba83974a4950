/**
 * `npm run screenshot` — builds the Atlas, serves it on loopback and saves README screenshots
 * (test/screenshots/*.png) from Debian's chromium. Also handy to look at a change as a user would:
 * `npm run screenshot -- '?lang=en&view=114.05,22.54,13,0,0' /tmp/look.png`.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { type Browser, chromium } from 'playwright-core';
import { build, preview } from 'vite';

const SHOTS: Array<[query: string, file: string]> = process.argv[2]
  ? [[process.argv[2], process.argv[3] ?? '/tmp/atlas.png']]
  : [
      ['', 'test/screenshots/atlas-zh.png'],
      ['?lang=en&view=115.4,23.3,6.4,0,0', 'test/screenshots/atlas-region-en.png'],
      ['?view=114.030,22.541,14,0,0', 'test/screenshots/reference-xiangmihu-z14.png'],
      ['?lang=en&view=114.030,22.541,14,0,0', 'test/screenshots/reference-xiangmihu-z14-en.png'],
      ['?view=114.068,22.520,14,0,0', 'test/screenshots/reference-hetao-z14.png'],
      ['?lang=en&view=114.068,22.520,14,0,0', 'test/screenshots/reference-hetao-z14-en.png'],
    ];

/**
 * The eight clusters exported as PNG and as SVG (A4 landscape, 150 dpi), the SVG rasterised by
 * librsvg's rsvg-convert: the same crop of each, side by side, in the README.
 */
async function vectorBesidePng(browser: Browser, base: string): Promise<void> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  await page.goto(`${base}?briefing=layout&step=3`);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="rendered-place-names"] li').length > 0);
  await page.locator('nav.header-actions').getByRole('button', { name: '导出' }).click();
  await page.getByTestId('export-preset').selectOption('a4-landscape');
  await page.getByTestId('export-dpi').selectOption('150');
  const files: Record<string, string> = {};
  for (const format of ['png', 'svg']) {
    await page.locator(`.export-drawer input[value="${format}"]`).check();
    const download = page.waitForEvent('download');
    await page.locator('.export-drawer button.primary').click();
    files[format] = `/tmp/atlas-vector-compare.${format}`;
    await (await download).saveAs(files[format]);
  }
  execFileSync('rsvg-convert', ['-w', '1754', '-h', '1240', '-o', '/tmp/atlas-vector-compare-svg.png', files.svg ?? '']);
  const dataUrl = (file: string) => `data:image/png;base64,${fs.readFileSync(file).toString('base64')}`;
  // The middle of the page (the clusters), at full resolution, PNG left and rasterised SVG right.
  const crop = (src: string, caption: string) =>
    `<figure style="margin:0;width:640px;overflow:hidden"><div style="width:640px;height:440px;overflow:hidden;position:relative"><img src="${src}" style="position:absolute;left:-560px;top:-330px"></div><figcaption style="font:14px sans-serif;padding:4px 0">${caption}</figcaption></figure>`;
  await page.setViewportSize({ width: 1296, height: 472 });
  await page.setContent(`<body style="margin:0;display:flex;gap:16px;background:#fff">${crop(dataUrl(files.png ?? ''), 'PNG export (maplibre, WebGL)')}${crop(dataUrl('/tmp/atlas-vector-compare-svg.png'), 'SVG export, rasterised by rsvg-convert')}</body>`);
  await page.screenshot({ path: 'test/screenshots/export-vector-vs-png.png' });
  console.log('wrote test/screenshots/export-vector-vs-png.png');
  await page.close();
}

await build({ logLevel: 'warn' });
const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
const base = server.resolvedUrls?.local[0] ?? '';
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless=new', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
try {
  for (const [query, file] of SHOTS) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('console', (m) => m.type() === 'error' && console.error(`console: ${m.text()}`));
    await page.goto(`${base}${query}`);
    await page.waitForSelector('main[data-map-status="ready"]', { timeout: 30_000 });
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="rendered-place-names"] li').length > 0);
    await page.screenshot({ path: file });
    console.log(`wrote ${file}`);
    await page.close();
  }
  if (!process.argv[2]) {
    // 福田区's panel: its goals (the top of the panel) and its 2025 targets chart, in both languages.
    for (const lang of ['zh', 'en'] as const) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
      await page.goto(`${base}?zone=futian&lang=${lang}`);
      await page.locator('.policy-panel .targets').waitFor();
      await page.locator('.policy-panel').screenshot({ path: `test/screenshots/panel-futian-goals-${lang}.png` });
      await page.locator('.policy-panel .targets').screenshot({ path: `test/screenshots/panel-futian-targets-${lang}.png` });
      console.log(`wrote test/screenshots/panel-futian-{goals,targets}-${lang}.png`);
      await page.close();
    }
    // Each step of the built-in briefing as an embed at 960×540, framed by the framing rule.
    for (let step = 0; step < 5; step++) {
      const file = `test/screenshots/briefing-960x540-step${step + 1}.png`;
      const page = await browser.newPage({ viewport: { width: 960, height: 540 }, reducedMotion: 'reduce' });
      await page.goto(`${base}?embed=1&briefing=layout&step=${step}`);
      // The view appears in the URL once the map has framed the step's subject and stopped.
      await page.waitForFunction(() => new URL(location.href).searchParams.get('view') !== null, undefined, { timeout: 30_000 });
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="rendered-place-names"] li').length > 0);
      await page.screenshot({ path: file });
      console.log(`wrote ${file}`);
      await page.close();
    }
    // An export as a planner makes it: the three belts, A4 landscape at 150 dpi, through the dialog.
    const file = 'test/screenshots/export-belts-a4.png';
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    await page.goto(`${base}?briefing=layout&step=1`);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="rendered-place-names"] li').length > 0);
    await page.locator('nav.header-actions').getByRole('button', { name: '导出' }).click();
    await page.getByTestId('export-preset').selectOption('a4-landscape');
    await page.getByTestId('export-dpi').selectOption('150');
    const download = page.waitForEvent('download');
    await page.locator('.export-drawer button.primary').click();
    await (await download).saveAs(file);
    console.log(`wrote ${file}`);
    await page.close();
    await vectorBesidePng(browser, base);
  }
} finally {
  await browser.close();
  await server.close();
}
