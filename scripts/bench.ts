/**
 * `npm run bench` — measures the Atlas against a floor built in the same run, in Debian's
 * Chromium (software GL), and prints ratios and targets. Never part of the tests: timings on
 * shared machines are noisy, so only same-run ratios and medians are reported.
 *   Writes bench-results/latest.json and prints a table. Exits 1 if a target is missed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { FeatureCollection } from 'geojson';
import { type Browser, chromium, type Page } from 'playwright-core';
import { build, preview } from 'vite';
import { distanceMatrix, distanceKm, labelPoint } from '../src/geo/measure';
import { zoneGeometry } from '../src/geo/zones';
import type { LoadFrameCount } from '../src/map/loadFrames';
import { PLANNING_GROUPS } from '../src/zones/ids';
import { buildFloor } from './bench/floor';
import { buildSizes } from './bench/sizes';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const CLICKS = 15;
const PHONE_RUNS = Number(process.env.BENCH_PHONE_RUNS ?? 5);
const CYCLES = 200;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const FLAGS = ['--no-sandbox', '--headless=new', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--enable-precise-memory-info', '--js-flags=--expose-gc'];

async function serve(outDir: string) {
  const server = await preview({ root: ROOT, build: { outDir }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn', configFile: false });
  return { server, url: (server.resolvedUrls?.local[0] ?? '').replace(/\/$/, '') };
}

/** A desktop, or a phone: 390×844, touch, and the CPU slowed 4× over CDP (a mid-range phone, as Lighthouse assumes). */
interface Profile {
  name: 'desktop' | 'phone';
  viewport: { width: number; height: number };
  touch: boolean;
  cpuSlowdown: number;
}
const DESKTOP: Profile = { name: 'desktop', viewport: { width: 1280, height: 800 }, touch: false, cpuSlowdown: 1 };
const PHONE: Profile = { name: 'phone', viewport: { width: 390, height: 844 }, touch: true, cpuSlowdown: 4 };

async function profiledPage(browser: Browser, profile: Profile): Promise<Page> {
  const context = await browser.newContext({ viewport: profile.viewport, hasTouch: profile.touch, isMobile: profile.touch, reducedMotion: 'reduce' });
  const page = await context.newPage();
  if (profile.cpuSlowdown > 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: profile.cpuSlowdown });
  return page;
}

/** Time to the first idle, and the first load's frames drawn and left out (the Atlas marks them). */
async function timeToIdle(browser: Browser, url: string, profile: Profile = DESKTOP): Promise<{ ms: number; frames?: LoadFrameCount }> {
  const page = await profiledPage(browser, profile);
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('atlas:map-idle').length > 0, undefined, { timeout: 120_000 });
  const result = await page.evaluate(() => ({
    ms: performance.getEntriesByName('atlas:map-idle')[0].startTime,
    frames: (performance.getEntriesByName('atlas:load-frames')[0] as PerformanceMark | undefined)?.detail,
  }));
  await page.context().close();
  return result;
}

/** Idle times of the Atlas and the floor, interleaved (floor, Atlas, floor, Atlas…) so a slow spell of the machine hits both. */
async function interleavedIdle(browser: Browser, floorUrl: string, atlasUrl: string, profile: Profile, runs: number) {
  const floor: number[] = [];
  const atlas: number[] = [];
  const frames: LoadFrameCount[] = [];
  for (let i = 0; i < runs; i++) {
    floor.push((await timeToIdle(browser, floorUrl, profile)).ms);
    const run = await timeToIdle(browser, atlasUrl, profile);
    atlas.push(run.ms);
    if (run.frames) frames.push(run.frames);
  }
  // Each pair's ratio as well as the ratio of medians: the spread says how far one run can be trusted.
  const pairRatios = atlas.map((a, i) => a / (floor[i] ?? a));
  return { floor, atlas, frames, floorMedian: median(floor), atlasMedian: median(atlas), ratio: median(atlas) / median(floor), pairRatios, spread: spreadOf(pairRatios) };
}

/** The middle half of a sample (25th to 75th percentile) and its extremes. */
function spreadOf(xs: number[]): { p25: number; p75: number; min: number; max: number } {
  const sorted = [...xs].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return { p25: at(0.25), p75: at(0.75), min: sorted[0] ?? Number.NaN, max: sorted.at(-1) ?? Number.NaN };
}

/**
 * Records, in the page, the time from each `start` event (pointer down, touch) to the frame that
 * first shows a dialog after it (window.__lat).
 */
async function recordLatencies(page: Page, start: 'pointerdown' | 'touchstart'): Promise<void> {
  await page.evaluate((type) => {
    const w = window as unknown as { __t0: number; __lat: number[] };
    w.__lat = [];
    w.__t0 = 0;
    document.addEventListener(type, () => (w.__t0 = performance.now()), true);
    new MutationObserver(() => {
      if (w.__t0 && document.querySelector('[role="dialog"]')) {
        const t0 = w.__t0;
        w.__t0 = 0;
        // Until the frame that shows it.
        requestAnimationFrame(() => w.__lat.push(performance.now() - t0));
      }
    }).observe(document.body, { childList: true, subtree: true });
  }, start);
}

/**
 * Tap → sheet on a phone: from the finger's touch to the frame that shows what was tapped (the
 * Atlas' policy sheet; the floor's box naming the feature). Each tap lands inside Futian.
 */
async function tapToSheet(page: Page, dismiss: () => Promise<void>): Promise<number[]> {
  await recordLatencies(page, 'touchstart');
  for (let i = 0; i < CLICKS; i++) {
    await page.touchscreen.tap(150, 380);
    await page.waitForFunction((n) => (window as unknown as { __lat: number[] }).__lat.length > n, i, { timeout: 60_000 });
    await dismiss();
    // Two taps on one spot within maplibre's 500 ms are a double-tap zoom, not two selections.
    await page.waitForTimeout(600);
  }
  return page.evaluate(() => (window as unknown as { __lat: number[] }).__lat);
}

async function phoneTaps(browser: Browser, url: string, isAtlas: boolean): Promise<number[]> {
  const page = await profiledPage(browser, PHONE);
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('atlas:map-idle').length > 0, undefined, { timeout: 120_000 });
  const taps = await tapToSheet(page, async () => {
    if (isAtlas) {
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'detached' });
    } else await page.evaluate(() => document.querySelector('[role="dialog"]')?.remove());
  });
  await page.context().close();
  return taps;
}

async function clickToPanel(page: Page): Promise<number[]> {
  await recordLatencies(page, 'pointerdown');
  const box = await page.locator('.map canvas').boundingBox();
  if (!box) throw new Error('no canvas');
  for (let i = 0; i < CLICKS; i++) {
    await page.mouse.click(box.x + box.width / 2 - 100, box.y + box.height / 2);
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
  }
  return page.evaluate(() => (window as unknown as { __lat: number[] }).__lat);
}

async function heapAfterCycles(page: Page): Promise<{ first: number; last: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
  };
  const box = await page.locator('.map canvas').boundingBox();
  if (!box) throw new Error('no canvas');
  const cycle = async () => {
    await page.mouse.click(box.x + box.width / 2 - 100, box.y + box.height / 2);
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
  };
  await cycle();
  const first = await heap();
  for (let i = 1; i < CYCLES; i++) await cycle();
  return { first, last: await heap() };
}

/** Export presets timed from the click to the file (the dialog's own flow, as a planner uses it). */
const EXPORTS = [
  { preset: 'view-1x', dpi: '300', format: 'png' },
  { preset: 'view-2x', dpi: '300', format: 'png' },
  { preset: 'view-3x', dpi: '300', format: 'png' },
  { preset: 'slide-1080', dpi: '300', format: 'png' },
  { preset: 'slide-2160', dpi: '300', format: 'png' },
  { preset: 'a4-portrait', dpi: '150', format: 'png' },
  { preset: 'a4-portrait', dpi: '300', format: 'png' },
  { preset: 'a3-landscape', dpi: '300', format: 'png' },
  { preset: 'a4-portrait', dpi: '300', format: 'pdf' },
  // Vector beside raster, page for page: the map as paths, text and an embedded face vs one image.
  { preset: 'a4-portrait', dpi: '300', format: 'pdf-vector' },
  { preset: 'a4-landscape', dpi: '150', format: 'pdf' },
  { preset: 'a4-landscape', dpi: '150', format: 'pdf-vector' },
  { preset: 'a4-landscape', dpi: '150', format: 'svg' },
] as const;

async function exportTimes(browser: Browser, url: string): Promise<Array<{ name: string; ms: number; bytes: number }>> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  await page.goto(`${url}/?zone=bagualing`);
  await page.waitForFunction(() => performance.getEntriesByName('atlas:map-idle').length > 0, undefined, { timeout: 60_000 });
  await page.locator('nav.header-actions').getByRole('button', { name: '导出' }).click();
  const out: Array<{ name: string; ms: number; bytes: number }> = [];
  for (const e of EXPORTS) {
    await page.getByTestId('export-preset').selectOption(e.preset);
    if (e.preset.startsWith('a')) await page.getByTestId('export-dpi').selectOption(e.dpi);
    await page.locator(`.export-drawer input[value="${e.format}"]`).check();
    const runs: number[] = [];
    let bytes = 0;
    for (let i = 0; i < 3; i++) {
      const download = page.waitForEvent('download', { timeout: 180_000 });
      const t0 = performance.now();
      await page.locator('.export-drawer button.primary').click();
      const file = await download;
      runs.push(performance.now() - t0);
      bytes = fs.statSync(await file.path()).size;
    }
    out.push({ name: `${e.preset}${e.preset.startsWith('a') ? `@${e.dpi}` : ''} ${e.format}`, ms: median(runs), bytes });
  }
  await page.close();
  return out;
}

function matrixTimes() {
  const collections = PLANNING_GROUPS.map((g) => JSON.parse(fs.readFileSync(path.join(ROOT, `data/planning/${g}.geojson`), 'utf8')) as FeatureCollection);
  const geo = zoneGeometry(collections);
  const items = [...geo.values()].map((z) => ({ id: z.id, geometry: z.geometry }));
  const points = items.map((i) => labelPoint(i.geometry));
  const time = (fn: () => void) => {
    const runs: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      fn();
      runs.push(performance.now() - t0);
    }
    return median(runs);
  };
  // Floor: the bare great-circle distances between the same label points.
  const floor = time(() => {
    for (let i = 0; i < points.length; i++) for (let j = i + 1; j < points.length; j++) distanceKm(points[i], points[j]);
  });
  return { zones: items.length, floorMs: floor, centreMs: time(() => distanceMatrix(items, 'centre')), edgeMs: time(() => distanceMatrix(items, 'edge')) };
}

async function main() {
  console.log('bench: building the Atlas and the floor…');
  await build({ root: ROOT, logLevel: 'warn' });
  const floorDist = await buildFloor(ROOT);
  const atlas = await serve(path.join(ROOT, 'dist'));
  const floor = await serve(floorDist);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: FLAGS });
  try {
    const idle = await interleavedIdle(browser, `${floor.url}/`, `${atlas.url}/`, DESKTOP, RUNS);
    const loadFrames = idle.frames;
    const phoneIdle = await interleavedIdle(browser, `${floor.url}/`, `${atlas.url}/`, PHONE, PHONE_RUNS);
    const phoneTap = { floor: await phoneTaps(browser, `${floor.url}/`, false), atlas: await phoneTaps(browser, `${atlas.url}/`, true) };
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${atlas.url}/?view=114.094,22.5625,13.2,0,0`);
    await page.waitForFunction(() => performance.getEntriesByName('atlas:map-idle').length > 0, undefined, { timeout: 60_000 });
    const clicks = await clickToPanel(page);
    const heap = await heapAfterCycles(page);
    await page.close();
    // BENCH_EXPORTS=0 leaves the export timings out (several minutes): for repeated runs of the ratios.
    const exports = process.env.BENCH_EXPORTS === '0' ? [] : await exportTimes(browser, atlas.url);

    const sizes = buildSizes(path.join(ROOT, 'dist'));
    const floorSizes = buildSizes(floorDist);
    const matrix = matrixTimes();
    const results = {
      date: new Date().toISOString(),
      runs: RUNS,
      timeToIdleMs: { floorMedian: idle.floorMedian, atlasMedian: idle.atlasMedian, ratio: idle.ratio, pairRatios: idle.pairRatios, spread: idle.spread, floor: idle.floor, atlas: idle.atlas },
      phone: {
        profile: PHONE,
        timeToIdleMs: { floorMedian: phoneIdle.floorMedian, atlasMedian: phoneIdle.atlasMedian, ratio: phoneIdle.ratio, pairRatios: phoneIdle.pairRatios, spread: phoneIdle.spread },
        tapToSheetMs: { floorMedian: median(phoneTap.floor), atlasMedian: median(phoneTap.atlas), ratio: median(phoneTap.atlas) / median(phoneTap.floor), floor: phoneTap.floor, atlas: phoneTap.atlas },
      },
      atlasLoadFrames: loadFrames,
      clickToPanelMs: { median: median(clicks), samples: clicks },
      heap: { afterFirstCycle: heap.first, afterCycles: heap.last, cycles: CYCLES, growth: heap.last / heap.first - 1 },
      bytes: { atlas: sizes, floor: floorSizes },
      matrix,
      exportMs: exports,
    };
    const maplibreGzip = floorSizes.initialJs.gzip;
    const targets = [
      ['time to idle, Atlas / floor', results.timeToIdleMs.ratio, 1.3, results.timeToIdleMs.ratio <= 1.3],
      ['click → panel median (ms)', results.clickToPanelMs.median, 100, results.clickToPanelMs.median <= 100],
      ['phone time to idle, Atlas / floor', results.phone.timeToIdleMs.ratio, 1.3, results.phone.timeToIdleMs.ratio <= 1.3],
      ['phone tap → sheet, Atlas / floor', results.phone.tapToSheetMs.ratio, 1.3, results.phone.tapToSheetMs.ratio <= 1.3],
      ['initial JS gzip − maplibre page (KB)', (sizes.initialJs.gzip - maplibreGzip) / 1024, 120, sizes.initialJs.gzip - maplibreGzip <= 120 * 1024],
      ['bundled data gzip (KB)', sizes.data.gzip / 1024, 400, sizes.data.gzip <= 400 * 1024],
      ['heap growth after 200 cycles', results.heap.growth, 0.1, results.heap.growth <= 0.1],
    ] as const;
    fs.mkdirSync(path.join(ROOT, 'bench-results'), { recursive: true });
    fs.writeFileSync(path.join(ROOT, 'bench-results/latest.json'), `${JSON.stringify({ ...results, targets }, null, 2)}\n`);

    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    const spread = (x: { p25: number; p75: number; min: number; max: number }) => `pair ratios ${x.p25.toFixed(2)}–${x.p75.toFixed(2)} (middle half), ${x.min.toFixed(2)}–${x.max.toFixed(2)} (all)`;
    console.log(`\ntime to map idle  floor ${results.timeToIdleMs.floorMedian.toFixed(0)} ms · Atlas ${results.timeToIdleMs.atlasMedian.toFixed(0)} ms (medians of ${RUNS}, interleaved); ${spread(idle.spread)}`);
    console.log(`phone (390×844, CPU ÷${PHONE.cpuSlowdown}) idle floor ${phoneIdle.floorMedian.toFixed(0)} ms · Atlas ${phoneIdle.atlasMedian.toFixed(0)} ms (medians of ${PHONE_RUNS}); ${spread(phoneIdle.spread)}`);
    console.log(`phone tap → sheet floor ${results.phone.tapToSheetMs.floorMedian.toFixed(0)} ms · Atlas ${results.phone.tapToSheetMs.atlasMedian.toFixed(0)} ms (medians of ${CLICKS} taps)`);
    const frameMedian = (key: 'drawn' | 'skippedEmpty' | 'skippedStale') => median(loadFrames.map((f) => f[key]));
    if (loadFrames.length) console.log(`Atlas first load  frames drawn ${frameMedian('drawn')}, left out ${frameMedian('skippedEmpty')} before any tile and ${frameMedian('skippedStale')} with a stale placement (medians)`);
    console.log(`click → panel     median ${results.clickToPanelMs.median.toFixed(1)} ms over ${clicks.length} clicks`);
    console.log(`JS heap           ${(heap.first / 1e6).toFixed(1)} MB after 1 cycle → ${(heap.last / 1e6).toFixed(1)} MB after ${CYCLES}`);
    console.log(`bytes (gzip)      initial JS ${kb(sizes.initialJs.gzip)} (floor ${kb(maplibreGzip)}), lazy JS ${kb(sizes.lazyJs.gzip)}, worker ${kb(sizes.worker.gzip)}, CSS ${kb(sizes.css.gzip)}, data ${kb(sizes.data.gzip)}`);
    console.log(`distance matrix   ${matrix.zones}×${matrix.zones}: centre ${matrix.centreMs.toFixed(1)} ms, edge ${matrix.edgeMs.toFixed(1)} ms in its worker (bare distances ${matrix.floorMs.toFixed(2)} ms)`);
    for (const e of exports) console.log(`export            ${e.name.padEnd(26)} ${e.ms.toFixed(0).padStart(6)} ms  ${kb(e.bytes)}`);
    // The first vector export also fetches the face and the subsetter (~2.5 MB, cached after).
    for (const page of ['a4-portrait@300', 'a4-landscape@150']) {
      const raster = exports.find((e) => e.name === `${page} pdf`);
      const vector = exports.find((e) => e.name === `${page} pdf-vector`);
      if (raster && vector) console.log(`vector ÷ raster   ${page.padEnd(26)} ${(vector.ms / raster.ms).toFixed(2)}× the time, ${(vector.bytes / raster.bytes).toFixed(2)}× the bytes`);
    }
    console.log('\ntarget                                  value     limit   result');
    for (const [name, value, limit, ok] of targets) console.log(`${name.padEnd(38)} ${value.toFixed(2).padStart(8)} ${String(limit).padStart(8)}   ${ok ? 'met' : 'MISSED'}`);
    console.log('\nwrote bench-results/latest.json');
    process.exitCode = targets.every((t) => t[3]) ? 0 : 1;
  } finally {
    await browser.close();
    await atlas.server.close();
    await floor.server.close();
  }
}

await main();
