/**
 * `npm run screenshot` — builds the Atlas, serves it on loopback and saves README screenshots
 * (test/screenshots/*.png) from Debian's chromium. Also handy to look at a change as a user would:
 * `npm run screenshot -- '?lang=en&view=114.05,22.54,13,0,0' /tmp/look.png`.
 */
import { chromium } from 'playwright-core';
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
  }
} finally {
  await browser.close();
  await server.close();
}
