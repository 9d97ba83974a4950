/**
 * Labels and map furniture as a reader meets them: each zone named at most once in a view, every
 * briefing step's subject named, the scale bar never under the attribution, and the search box's
 * hint whole. Counts come from maplibre's own placement (queryRenderedFeatures on the symbol
 * layers, mirrored in the page's list of names with how often each was placed).
 */
import fs from 'node:fs';
import type { FeatureCollection } from 'geojson';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import briefings from '../../data/content/briefings.json';
import zones from '../../data/content/zones.json';
import { PLANNING_GROUPS } from '../../src/zones/ids';
import { afterMapIdle, launchBrowser, openPage, waitForMapIdle } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Every zone name the plan's layers write, as the page lists it (line breaks joined). */
const ZONE_LABELS = new Set<string>();
for (const group of PLANNING_GROUPS) {
  const collection = JSON.parse(fs.readFileSync(`data/planning/${group}.geojson`, 'utf8')) as FeatureCollection;
  for (const f of collection.features) {
    const p = f.properties ?? {};
    if (typeof p.label_zh === 'string') ZONE_LABELS.add(p.label_zh.replace(/\n/g, ''));
    if (typeof p.label_en === 'string') ZONE_LABELS.add(p.label_en.replace(/\n/g, ' '));
  }
}
/** A zone's name as the map writes it (its map name where it has one), line breaks joined. */
const nameOf = (id: string, lang: 'zh' | 'en') => {
  const zone = zones.find((z) => z.id === id);
  return ((zone && 'mapName' in zone ? zone.mapName?.[lang] : undefined) ?? zone?.name[lang] ?? id).replace(/\n/g, lang === 'zh' ? '' : ' ');
};
/** The zones a default view frames: Futian and everything of the plan inside it. */
const FUTIAN_ZONES = zones.filter((z) => !['partner', 'village'].includes(z.kind) && !['boluo-park', 'heping-park'].includes(z.id)).map((z) => z.id);
/** Futian's own name is the basemap's district label. */
const DISTRICT_NAME = { zh: '福田区', en: 'Futian District' };

async function placed(page: Page): Promise<Map<string, number>> {
  const items = await page.$$eval('[data-testid="rendered-place-names"] li', (lis) => lis.map((li) => [li.textContent ?? '', Number(li.getAttribute('data-count'))] as const));
  return new Map(items);
}

describe('every zone a default view frames is named, once', () => {
  it.each([
    ['zh', 1280, 800],
    ['en', 1280, 800],
    ['zh', 1920, 1080],
    ['en', 1920, 1080],
    ['zh', 390, 844],
    ['en', 390, 844],
  ] as const)('%s at %i×%i: Futian, 一核, the three belts, the axis, the eight clusters and the Loop', async (lang, width, height) => {
    // A phone's first view fits the whole district (z ≈ 11.0, src/map/camera.ts fitDistrictIfCut);
    // there the names of 一核, 中部 and 一轴 give way to the clusters' around the CAZ. The names are
    // checked at the zoom a desktop opens at (11.6), which a phone reaches with one pinch.
    const query = width < 500 ? `?lang=${lang}&view=114.055,22.545,11.6,0,0` : `?lang=${lang}`;
    const { page } = await openPage(browser, query, { viewport: { width, height } });
    await waitForMapIdle(page);
    const wanted = FUTIAN_ZONES.map((id) => (id === 'futian' ? DISTRICT_NAME[lang] : nameOf(id, lang)));
    expect(wanted.length).toBe(15);
    await expect
      .poll(async () => {
        const names = await placed(page);
        return wanted.filter((n) => names.get(n) !== 1).map((n) => `${n} ×${names.get(n) ?? 0}`);
      })
      .toEqual([]);
  });
});

describe('each zone is labelled once', () => {
  it.each([
    ['?view=114.068,22.520,14,0,0', 1280, 800],
    ['?lang=en&view=114.068,22.520,14,0,0', 1280, 800],
    ['?view=114.030,22.541,14,0,0', 1280, 800],
    ['?view=114.09,22.56,15,0,0', 1280, 800],
    ['?embed=1', 320, 240],
    ['', 3840, 2160],
  ])('%s at %i×%i', async (query, width, height) => {
    const { page, consoleErrors } = await openPage(browser, query, { viewport: { width, height } });
    await waitForMapIdle(page);
    const names = await placed(page);
    const zoneNames = [...names].filter(([name]) => ZONE_LABELS.has(name));
    expect(zoneNames.length, 'some zone is labelled').toBeGreaterThan(0);
    expect(zoneNames.filter(([, count]) => count > 1)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});

describe('every briefing step names its subject', () => {
  const layout = briefings.find((b) => b.id === 'layout');
  if (!layout) throw new Error('no layout briefing');
  it.each([
    [960, 540, 'zh'],
    [960, 540, 'en'],
  ] as const)('at %i×%i (%s): each subject zone named once', async (width, height, lang) => {
    const { page } = await openPage(browser, `?embed=1&briefing=layout&lang=${lang}`, { viewport: { width, height } });
    await waitForMapIdle(page);
    for (const [index, step] of layout.steps.entries()) {
      if (index > 0) await afterMapIdle(page, () => page.locator('.briefing-bar button').nth(1).click());
      await expect.poll(() => new URL(page.url()).searchParams.get('step')).toBe(String(index));
      const wanted = (step.subject ?? []).map((id) => nameOf(id, lang));
      // Polled after the step's idle: a reframe that follows it (the bar resizing) ends in another idle.
      await expect
        .poll(async () => {
          const names = await placed(page);
          return wanted.filter((n) => names.get(n) !== 1);
        }, { message: `step ${index + 1}: subject names not placed exactly once` })
        .toEqual([]);
    }
  });

  // A 4K screen frames each step more closely (the belts at zoom 13.5): stepped through with ▶ on
  // one page (a page per step cost 8 s each at this size).
  it('at 3840×2160, each step names each of its subject zones once', async () => {
    const { page } = await openPage(browser, '?embed=1&briefing=layout', { viewport: { width: 3840, height: 2160 } });
    await waitForMapIdle(page);
    for (const index of layout.steps.keys()) {
      if (index > 0) await afterMapIdle(page, () => page.locator('.briefing-bar button').nth(1).click());
      await expect.poll(() => new URL(page.url()).searchParams.get('step')).toBe(String(index));
      const wanted = (layout.steps[index]?.subject ?? []).map((id) => nameOf(id, 'zh'));
      await expect
        .poll(
          async () => {
            const names = await placed(page);
            return wanted.filter((name) => names.get(name) !== 1);
          },
          { message: `step ${index + 1}` },
        )
        .toEqual([]);
    }
  });

  it('at 320×240, each step names at least one of its subject zones', async () => {
    const { page } = await openPage(browser, '?embed=1&briefing=layout', { viewport: { width: 320, height: 240 } });
    await waitForMapIdle(page);
    for (const [index, step] of layout.steps.entries()) {
      if (index > 0) await afterMapIdle(page, () => page.locator('.briefing-bar button').nth(1).click());
      await expect.poll(() => new URL(page.url()).searchParams.get('step')).toBe(String(index));
      const wanted = (step.subject ?? []).map((id) => nameOf(id, 'zh'));
      await expect
        .poll(
          async () => {
            const names = await placed(page);
            return wanted.some((n) => names.get(n) === 1) || [...names.keys()].join(' | ');
          },
          { message: `step ${index + 1}` },
        )
        .toBe(true);
    }
  });
});

describe('map furniture stays legible at every size', () => {
  type Check = 'scale' | 'search';
  /** Whether the scale bar is clear of the attribution and on the map. */
  const scaleClear = async (page: Page) => {
    const boxes = await page.evaluate(() => {
      const rect = (sel: string) => {
        const r = document.querySelector(sel)?.getBoundingClientRect();
        return r ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom } : null;
      };
      return { scale: rect('.maplibregl-ctrl-scale'), attribution: rect('.maplibregl-ctrl-attrib'), map: rect('.map') };
    });
    const { scale, attribution, map } = boxes;
    if (!scale || !attribution || !map) throw new Error(`missing: ${JSON.stringify(boxes)}`);
    const overlap = Math.max(0, Math.min(scale.right, attribution.right) - Math.max(scale.left, attribution.left)) * Math.max(0, Math.min(scale.bottom, attribution.bottom) - Math.max(scale.top, attribution.top));
    return { overlap, inside: scale.top >= map.top && scale.bottom <= map.bottom };
  };
  /** The search box's hint, measured in its own font, against the room inside the box. */
  const searchFit = (page: Page) =>
    page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('.search input');
      if (!input) return null;
      const style = getComputedStyle(input);
      const ctx = document.createElement('canvas').getContext('2d');
      if (!ctx) return null;
      ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const room = input.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
      return { text: ctx.measureText(input.placeholder).width, room };
    });
  // One page per link, resized through its sizes (a resize re-lays the page and the map's controls
  // as a fresh load at that size would; a load per size cost 5 s each).
  it.each([
    ['?embed=1', [[320, 240, ['scale']], [640, 480, ['scale']]]],
    ['', [[375, 700, ['scale']], [1280, 800, ['scale', 'search']]]],
    ['?lang=en', [[375, 700, ['scale', 'search']], [1280, 800, ['search']]]],
    ['?lang=en&embed=1&controls=search', [[640, 480, ['search']]]],
  ] as Array<[string, Array<[number, number, Check[]]>]>)('%s: the scale bar is clear of the attribution and on screen, and the search box’s hint is whole, at each size', async (query, sizes) => {
    const [first] = sizes;
    if (!first) throw new Error('no size');
    const { page } = await openPage(browser, query, { viewport: { width: first[0], height: first[1] } });
    await waitForMapIdle(page);
    for (const [i, [width, height, checks]] of sizes.entries()) {
      if (i > 0) await afterMapIdle(page, () => page.setViewportSize({ width, height }));
      const at = `${query} at ${width}×${height}`;
      if (checks.includes('scale')) expect(await scaleClear(page), at).toEqual({ overlap: 0, inside: true });
      if (checks.includes('search')) {
        const fit = await searchFit(page);
        expect(fit, at).not.toBeNull();
        expect(fit?.text, at).toBeLessThanOrEqual(fit?.room ?? 0);
      }
    }
  });
});
