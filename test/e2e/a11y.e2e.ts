/**
 * Accessibility: axe-core (through @axe-core/playwright) over every surface a planner meets, in
 * Chinese and English, with no serious or critical violation; a keyboard-only walk; and no fly
 * animation for a user who asks for reduced motion.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, waitForMapIdle } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** WCAG 2.1 A and AA, as public-sector sites are held to (GB/T 37668 follows WCAG 2.0 AA). */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Each serious or critical violation as "surface · rule · element", so a failure names what to fix;
 * and each text axe could not judge for contrast (over the map, beside a legend swatch) that
 * fails when judged against its own box's background (textContrastFailures).
 */
async function seriousViolations(page: Page, surface: string): Promise<string[]> {
  const { violations, incomplete } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const serious = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${surface} · ${v.id} (${v.impact}) · ${n.target.join(' ')} · ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`));
  const unjudged = incomplete.find((v) => v.id === 'color-contrast')?.nodes.map((n) => String(n.target[0])) ?? [];
  const low = await page.evaluate(textContrastFailures, unjudged);
  return [...serious, ...low.map((l) => `${surface} · contrast (own check) · ${l}`)];
}

/**
 * For text axe leaves "incomplete": its colour against the first opaque background among its
 * ancestors, translucent panels composed over the offline basemap's light land (#f4efe6), which is
 * what shows through them. Text hidden under another surface (a drawer over the legend) is not
 * seen, so not judged. WCAG AA: 4.5:1, or 3:1 for large text (24 px, or 18.66 px bold).
 */
function textContrastFailures(selectors: string[]): string[] {
  type Rgba = [number, number, number, number];
  const parse = (css: string): Rgba => {
    const m = css.match(/[\d.]+/g)?.map(Number) ?? [0, 0, 0];
    return [m[0] ?? 0, m[1] ?? 0, m[2] ?? 0, m.length > 3 ? (m[3] ?? 1) : 1];
  };
  const over = (top: Rgba, under: Rgba): Rgba => [0, 1, 2].map((i) => (top[i] ?? 0) * top[3] + (under[i] ?? 0) * (1 - top[3])).concat(1) as Rgba;
  const luminance = (c: Rgba) => {
    const lin = c.slice(0, 3).map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
    return 0.2126 * (lin[0] ?? 0) + 0.7152 * (lin[1] ?? 0) + 0.0722 * (lin[2] ?? 0);
  };
  const failures: string[] = [];
  for (const selector of selectors) {
    const el = document.querySelector(selector);
    if (!(el instanceof HTMLElement) || !el.textContent?.trim()) continue;
    const box = el.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    if (!hit || !(el.contains(hit) || hit.contains(el))) continue;
    const layers: Rgba[] = [];
    for (let node: Element | null = el; node; node = node.parentElement) {
      const bg = parse(getComputedStyle(node).backgroundColor);
      if (bg[3] > 0) layers.push(bg);
      if (bg[3] >= 1) break;
    }
    let background: Rgba = [244, 239, 230, 1];
    for (const layer of layers.reverse()) background = over(layer, background);
    const style = getComputedStyle(el);
    const text = over(parse(style.color), background);
    const [a, b] = [luminance(text), luminance(background)].sort((x, y) => y - x) as [number, number];
    const ratio = (a + 0.05) / (b + 0.05);
    const size = Number.parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    if (ratio < (large ? 3 : 4.5)) failures.push(`${selector} ${ratio.toFixed(2)}:1 (${style.color} on ${background.slice(0, 3).join(',')})`);
  }
  return failures;
}

const DRAWERS = {
  zh: { layers: '图层', zones: '区域列表', distances: '距离表', share: '分享/嵌入', briefing: '简报', export: '导出', markup: '标绘', about: '关于' },
  en: { layers: 'Layers', zones: 'Zone list', distances: 'Distances', share: 'Share / embed', briefing: 'Briefing', export: 'Export', markup: 'Markup', about: 'About' },
} as const;

describe.each(['zh', 'en'] as const)('axe in %s', (lang) => {
  it('finds no serious or critical violation on the map, the panel and every drawer', async () => {
    const { page } = await openPage(browser, `?zone=bagualing&lang=${lang}`);
    await waitForMapIdle(page);
    const found: string[] = [...(await seriousViolations(page, 'map + panel'))];
    for (const [drawer, label] of Object.entries(DRAWERS[lang])) {
      await page.locator('nav.header-actions').getByRole('button', { name: label, exact: true }).click();
      await page.waitForTimeout(0);
      found.push(...(await seriousViolations(page, drawer)));
      await page.locator('nav.header-actions').getByRole('button', { name: label, exact: true }).click();
    }
    expect(found).toEqual([]);
  });

  it('finds none in an embed and on a phone', async () => {
    const embed = await openPage(browser, `?embed=1&zone=hetao&lang=${lang}`, { viewport: { width: 640, height: 480 } });
    await waitForMapIdle(embed.page);
    const found = await seriousViolations(embed.page, 'embed');
    const phone = await openPage(browser, `?zone=bagualing&lang=${lang}`, { viewport: { width: 390, height: 844 }, touch: true });
    await waitForMapIdle(phone.page);
    found.push(...(await seriousViolations(phone.page, 'phone')));
    expect(found).toEqual([]);
  });
});

/** What has focus, as "tag#id.class 'text'", and whether a focus indicator is drawn around it. */
const FOCUSED = `(() => {
  let el = document.activeElement;
  // Inside a same-origin frame (the share dialog's live preview), the ring is drawn in the frame.
  while (el instanceof HTMLIFrameElement && el.contentDocument?.activeElement && el.contentDocument.activeElement !== el.contentDocument.body) el = el.contentDocument.activeElement;
  // A frame's own document taking focus on the way into it is no stop of its own.
  if (!el || el === document.body || el instanceof HTMLIFrameElement) return null;
  const style = el.ownerDocument.defaultView.getComputedStyle(el);
  const ring = (style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
  return { key: el.tagName + '#' + el.id + '.' + el.className + ' ' + (el.getAttribute('aria-label') || el.textContent || '').trim().slice(0, 30), ring };
})()`;

/** Every control a user can reach, by the same key as FOCUSED. */
const CONTROLS = `[...document.querySelectorAll('a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])')]
  .filter((el) => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden' && !el.closest('[inert]'); })
  .map((el) => el.tagName + '#' + el.id + '.' + el.className + ' ' + (el.getAttribute('aria-label') || el.textContent || '').trim().slice(0, 30))`;

async function tabWalk(page: Page, presses: number): Promise<Array<{ key: string; ring: boolean }>> {
  const seen: Array<{ key: string; ring: boolean }> = [];
  for (let i = 0; i < presses; i++) {
    await page.keyboard.press('Tab');
    const focused = (await page.evaluate(FOCUSED)) as { key: string; ring: boolean } | null;
    if (focused) seen.push(focused);
  }
  return seen;
}

describe('keyboard alone', () => {
  it('reaches every control with a visible focus ring; Esc closes a drawer and focus returns to its button', async () => {
    const { page } = await openPage(browser, '?zone=bagualing');
    await waitForMapIdle(page);
    const controls = (await page.evaluate(CONTROLS)) as string[];
    const walk = await tabWalk(page, controls.length + 3);
    const reached = new Set(walk.map((f) => f.key));
    expect(controls.filter((c) => !reached.has(c))).toEqual([]);
    expect(walk.filter((f) => !f.ring).map((f) => f.key)).toEqual([]);

    for (const label of ['图层', '区域列表', '距离表', '分享/嵌入', '简报', '导出', '关于']) {
      const button = page.locator('nav.header-actions').getByRole('button', { name: label, exact: true });
      await button.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => button.getAttribute('aria-pressed'), { message: label }).toBe('true');
      await page.locator('.drawer:not([aria-busy="true"])').waitFor();
      // Tab on until focus is in the drawer, then through it: every stop shows its ring.
      const inDrawer = () => page.evaluate(() => document.activeElement?.closest('.drawer') !== null && document.activeElement?.closest('.drawer') !== undefined);
      const before: string[] = [];
      for (let i = 0; i < 40 && !(await inDrawer()); i++) {
        await page.keyboard.press('Tab');
        before.push(((await page.evaluate(FOCUSED)) as { key: string } | null)?.key ?? 'body');
      }
      expect(await inDrawer(), `${label}: Tab reaches the drawer (${before.join(' → ')})`).toBe(true);
      const stops: Array<{ key: string; ring: boolean }> = [];
      for (let i = 0; i < 80 && (await inDrawer()); i++) {
        const stop = (await page.evaluate(FOCUSED)) as { key: string; ring: boolean } | null;
        if (stop) stops.push(stop);
        await page.keyboard.press('Tab');
      }
      expect(stops.filter((f) => !f.ring).map((f) => f.key), label).toEqual([]);
      // Back to a control of the drawer itself (Esc pressed inside the share preview's frame is that map's own).
      const onDrawerControl = () => page.evaluate(() => !!document.activeElement?.closest('.drawer') && !(document.activeElement instanceof HTMLIFrameElement));
      for (let i = 0; i < 20 && !(await onDrawerControl()); i++) await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Escape');
      await expect.poll(() => button.getAttribute('aria-pressed'), { message: label }).toBe('false');
      await expect.poll(() => button.evaluate((b) => b === document.activeElement), { message: `${label}: focus back on its button` }).toBe(true);
    }
  });
});

describe('reduced motion', () => {
  /** The last camera move's length (the atlas:camera-move measure, src/map/MapView.tsx). */
  const lastMove = (page: Page) => page.evaluate(() => performance.getEntriesByName('atlas:camera-move').at(-1)?.duration ?? null);

  it('jumps to a zone instead of flying when the user asks for reduced motion, and flies otherwise', async () => {
    const { page } = await openPage(browser, '?zone=bagualing');
    await waitForMapIdle(page);
    const durations: Record<string, number | null> = {};
    for (const [reducedMotion, link] of [['reduce', '华强-上步片区'], ['no-preference', '八卦岭片区']] as const) {
      await page.emulateMedia({ reducedMotion });
      await page.evaluate(() => performance.clearMeasures('atlas:camera-move'));
      await page.locator('.policy-panel .zone-link', { hasText: link }).first().click();
      await expect.poll(() => lastMove(page), { timeout: 30_000 }).not.toBeNull();
      durations[reducedMotion] = await lastMove(page);
    }
    expect(durations.reduce).toBeLessThan(50);
    expect(durations['no-preference']).toBeGreaterThan(300);
  });
});
