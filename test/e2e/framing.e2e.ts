/**
 * The framing rule, audited as a planner would see it: for every step of the built-in briefing,
 * at the sizes a briefing is shown, the step's subject is on screen and not under any panel,
 * chip, legend, step bar or control (at most 5 % of its bounds hidden), and the ▶ button is the
 * element under its own centre (nothing covers it). Exports in every preset keep the legend off
 * their subject.
 */
import fs from 'node:fs';
import { bbox } from '@turf/turf';
import type { FeatureCollection } from 'geojson';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import briefings from '../../data/content/briefings.json';
import { overlapArea } from '../../src/export/layout';
import type { Rect } from '../../src/export/plan';
import { worldPx } from '../../src/export/scaleBar';
import { OBSTACLE_SELECTOR, unionBounds } from '../../src/map/framing';
import { PLANNING_GROUPS } from '../../src/zones/ids';
import { launchBrowser, openPage, visitInPage, waitForMapIdle } from './browser';
import { choose, exportFile, HEAVY_EXPORT_TIMEOUT_MS, openExport } from './exportDialog';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const BOUNDS = new Map<string, number[]>();
for (const group of PLANNING_GROUPS) {
  const collection = JSON.parse(fs.readFileSync(`data/planning/${group}.geojson`, 'utf8')) as FeatureCollection;
  for (const f of collection.features) {
    const id = String(f.properties?.id);
    if (f.properties?.part === 'centreline') continue;
    const b = bbox(f);
    const prev = BOUNDS.get(id);
    BOUNDS.set(id, prev ? [Math.min(prev[0], b[0]), Math.min(prev[1], b[1]), Math.max(prev[2], b[2]), Math.max(prev[3], b[3])] : b);
  }
}
const layout = briefings.find((b) => b.id === 'layout');
if (!layout) throw new Error('no layout briefing');

/** Share of the subject's bounds (sampled on a grid) that is off the map or under an obstacle, from the view in the URL. */
async function hiddenShare(page: Page, subject: readonly string[]): Promise<number> {
  const view = new URL(page.url()).searchParams.get('view');
  if (!view) return 1;
  const [lng, lat, zoom] = view.split(',').map(Number);
  const [w, s, e, n] = unionBounds(subject.map((id) => (BOUNDS.get(id) ?? [0, 0, 0, 0]) as [number, number, number, number])) ?? [0, 0, 0, 0];
  const { map, covers } = await page.evaluate((selector) => {
    const rect = (r: DOMRect) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
    const mapRect = document.querySelector('.map')?.getBoundingClientRect();
    const boxes = [...document.querySelectorAll(selector)].map((el) => el.getBoundingClientRect()).filter((r) => r.width > 0 && r.height > 0);
    return { map: mapRect ? rect(mapRect) : null, covers: boxes.map(rect) };
  }, OBSTACLE_SELECTOR);
  if (!map) return 1;
  // The subject's bounds on screen: the app's own Web Mercator maths, from the centre of the map.
  const [cx, cy] = worldPx([lng, lat], zoom);
  const toScreen = (lo: number, la: number) => {
    const [x, y] = worldPx([lo, la], zoom);
    return [(map.left + map.right) / 2 + x - cx, (map.top + map.bottom) / 2 + y - cy];
  };
  const [left, top] = toScreen(w, n);
  const [right, bottom] = toScreen(e, s);
  let hidden = 0;
  const N = 40;
  for (let i = 0; i < N; i++)
    for (let j = 0; j < N; j++) {
      const px = left + ((i + 0.5) / N) * (right - left);
      const py = top + ((j + 0.5) / N) * (bottom - top);
      const off = px < map.left || px > map.right || py < map.top || py > map.bottom;
      if (off || covers.some((r) => px >= r.left && px <= r.right && py >= r.top && py <= r.bottom)) hidden++;
    }
  return hidden / (N * N);
}

/** Whether the ▶ button is what a click at its centre reaches. */
function nextIsReachable(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const button = document.querySelectorAll('.briefing-bar button')[1];
    if (!button) return false;
    const r = button.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return hit !== null && button.contains(hit);
  });
}

describe('briefing steps frame their subject', () => {
  it.each([
    [960, 540],
    [640, 480],
    [320, 240],
  ])('at %i×%i: each step’s subject whole and uncovered, ▶ always reachable', async (width, height) => {
    const { page, consoleErrors } = await openPage(browser, '?embed=1&briefing=layout', { viewport: { width, height } });
    await page.waitForSelector('main[data-map-status="ready"]', { timeout: 30_000 });
    for (const [index, step] of layout.steps.entries()) {
      if (index > 0) {
        expect(await nextIsReachable(page), `▶ covered before step ${index + 1}`).toBe(true);
        await page.locator('.briefing-bar button').nth(1).click();
      }
      await expect.poll(() => new URL(page.url()).searchParams.get('step')).toBe(String(index));
      const subject = step.subject ?? [];
      expect(subject.length).toBeGreaterThan(0);
      await expect.poll(() => hiddenShare(page, subject), { message: `step ${index + 1} at ${width}×${height}` }).toBeLessThanOrEqual(0.05);
    }
    expect(consoleErrors).toEqual([]);
  });
});

describe('the default embed frames the district', () => {
  it.each([
    [320, 240],
    [640, 480],
    [1280, 800],
  ])('at %i×%i: Futian whole and uncovered', async (width, height) => {
    const { page, consoleErrors } = await openPage(browser, '?embed=1', { viewport: { width, height } });
    await page.waitForSelector('main[data-map-status="ready"]', { timeout: 30_000 });
    await expect.poll(() => hiddenShare(page, ['futian'])).toBeLessThanOrEqual(0.05);
    expect(consoleErrors).toEqual([]);
  });
});

describe('a selected zone is framed clear of its panel', () => {
  // The first zone opened by its link, the second reached from it as Back/Forward would.
  it.each([
    [['xiangqiao', 'belt-north'], 1280, 800],
    [['hetao', 'bagualing'], 375, 720],
  ] as const)('%s at %i×%i', async ([first, second], width, height) => {
    const { page } = await openPage(browser, `?zone=${first}`, { viewport: { width, height } });
    await waitForMapIdle(page);
    await page.getByRole('dialog').waitFor();
    await expect.poll(() => hiddenShare(page, [first]), { message: first }).toBeLessThanOrEqual(0.05);
    await visitInPage(page, `?zone=${second}`);
    await expect.poll(() => new URL(page.url()).searchParams.get('zone')).toBe(second);
    await expect.poll(() => hiddenShare(page, [second]), { message: second }).toBeLessThanOrEqual(0.05);
  });
});

describe('exports keep their legend off their subject', () => {
  // Every preset; paper at 150 dpi (300 dpi is the same layout at twice the pixels).
  const PRESETS = ['view-1x', 'view-2x', 'slide-1080', 'slide-2160', 'a4-portrait', 'a4-landscape', 'a3-portrait', 'a3-landscape'] as const;
  // Each shape at its smallest: a 2× preset is the 1× layout at twice the pixels, and A3 has A4's
  // proportions with the legend's fixed millimetres taking less of it, so A4 is the harder case.
  const SHAPES = ['view-1x', 'slide-1080', 'a4-portrait', 'a4-landscape'] as const;
  it.each([
    ['the district', '', 1280, 800, PRESETS],
    ['八卦岭 selected', '?zone=bagualing', 1280, 800, SHAPES],
    // The district edge to edge: no corner is clear, so page presets put the legend beside the map.
    ['the district filling the frame', '?view=114.055,22.545,13.9,0,0', 1280, 800, SHAPES],
  ] as Array<[string, string, number, number, readonly (typeof PRESETS)[number][]]>)(
    '%s: no more than a twentieth of the subject under the legend in any preset, and the card in the file where the layout says',
    async (_label, query, width, height, presets) => {
      const { page, consoleErrors } = await openPage(browser, query, { viewport: { width, height } });
      await waitForMapIdle(page);
      await openExport(page);
      for (const preset of presets) {
        const stated = await choose(page, preset, 150);
        const { bytes } = await exportFile(page);
        const done = page.getByTestId('export-done');
        const layout = JSON.parse((await done.getAttribute('data-layout')) ?? 'null') as { legend: Rect | null; subject: Rect | null; legendBeside: boolean };
        expect(layout.subject, preset).not.toBeNull();
        expect(layout.legend, preset).not.toBeNull();
        const { legend, subject } = layout as { legend: Rect; subject: Rect };
        const covered = overlapArea(legend, subject) / (subject.w * subject.h);
        expect(covered, `${preset}: ${(covered * 100).toFixed(1)} % of the subject under the legend`).toBeLessThanOrEqual(0.05);
        // The card's grey border is in the file at the reported place (top edge, a quarter and three quarters along).
        const png = PNG.sync.read(bytes);
        // Exactly the size the dialog states (export.e2e.ts checks the presets not exported here).
        expect([png.width, png.height], preset).toEqual([stated.width, stated.height]);
        // The line is anti-aliased across the edge: the nearest of the three pixel rows around it.
        const greyness = (x: number, y: number) => {
          const i = (y * png.width + x) * 4;
          return Math.max(...[0, 1, 2].map((c) => Math.abs((png.data[i + c] ?? 0) - 0xbb)));
        };
        for (const f of [0.25, 0.75]) {
          const x = Math.round(legend.x + legend.w * f);
          const y = Math.round(legend.y);
          expect(Math.min(greyness(x, y - 1), greyness(x, y), greyness(x, y + 1)), `${preset}: legend border`).toBeLessThanOrEqual(40);
        }
        if (layout.legendBeside) expect(await done.textContent()).toMatch(/图例放在地图旁/);
      }
      expect(consoleErrors).toEqual([]);
    },
    HEAVY_EXPORT_TIMEOUT_MS * 2,
  );
});
