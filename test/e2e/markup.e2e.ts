/** Markup (标绘) as a planner uses it: drawing each kind with the mouse, styling, editing, undo, the link, exports. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canvasBox, launchBrowser, openPage, waitForMapIdle } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A pointer at (dx, dy) from the map's centre. */
function at(page: Page, box: { x: number; y: number; width: number; height: number }) {
  const x = (dx: number) => box.x + box.width / 2 + dx;
  const y = (dy: number) => box.y + box.height / 2 + dy;
  return {
    click: async (dx: number, dy: number) => {
      await page.mouse.move(x(dx), y(dy), { steps: 2 });
      await page.mouse.click(x(dx), y(dy));
    },
    drag: async (points: Array<[number, number]>) => {
      const [first, ...rest] = points;
      if (!first) return;
      await page.mouse.move(x(first[0]), y(first[1]));
      await page.mouse.down();
      for (const [dx, dy] of rest) await page.mouse.move(x(dx), y(dy), { steps: 4 });
      await page.mouse.up();
    },
  };
}

const shapes = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('futian-atlas:markup') ?? '{"markup":{"shapes":[]}}').markup.shapes as Array<{ kind: string; coords: number[][]; note: string; style: Record<string, unknown> }>);

describe('drawing', () => {
  it('draws a line and a polygon and measures them', async () => {
    const { page, consoleErrors } = await openPage(browser, '?view=114.055,22.548,13,0,0');
    await waitForMapIdle(page);
    // The header's 标绘 opens the tool drawing a line, as the measure tool it replaces did.
    await page.getByRole('button', { name: '标绘', exact: true }).click();
    const p = at(page, await canvasBox(page));
    await p.click(-150, -100);
    await p.click(150, -100);
    await expect.poll(() => page.locator('[data-measure="length"]').textContent()).toMatch(/^\d\.\d\d 公里$/);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.markup-shapes li').count()).toBe(1);
    await page.locator('[data-markup-mode="polygon"]').click();
    await p.click(-100, 50);
    await p.click(100, 50);
    await p.click(0, 150);
    await p.click(-100, 50);
    await expect.poll(() => page.locator('.markup-shapes li').count()).toBe(2);
    await expect.poll(() => page.locator('[data-measure="area"]').textContent()).toMatch(/^\d+(\.\d+)? 平方公里$/);
    await page.screenshot({ path: '/tmp/markup-1.png' });
    await expect.poll(() => shapes(page).then((s) => s.map((x) => x.kind))).toEqual(['line', 'polygon']);
    expect(consoleErrors).toEqual([]);
  });
});

describe('editing', () => {
  it('selects a shape, drags a vertex, moves it, restyles it, deletes it, and undoes and redoes', async () => {
    const { page, consoleErrors } = await openPage(browser, '?view=114.055,22.548,13,0,0');
    await waitForMapIdle(page);
    await page.getByRole('button', { name: '标绘', exact: true }).click();
    const p = at(page, await canvasBox(page));
    await page.locator('[data-markup-mode="rectangle"]').click();
    await p.click(-100, -60);
    await p.click(100, 60);
    await expect.poll(() => shapes(page).then((s) => s.map((x) => x.kind))).toEqual(['rectangle']);
    const before = (await shapes(page))[0]?.coords ?? [];
    // Select it, then drag its corner outwards.
    await page.locator('[data-markup-mode="select"]').click();
    await p.click(0, 0);
    await expect.poll(() => page.locator('.markup-shapes li.selected').count()).toBe(1);
    await p.drag([[100, 60], [140, 90], [160, 110]]);
    await expect.poll(async () => JSON.stringify((await shapes(page))[0]?.coords)).not.toBe(JSON.stringify(before));
    const afterVertex = (await shapes(page))[0]?.coords ?? [];
    // Move the whole shape.
    await p.drag([[0, 0], [-30, -20], [-60, -40]]);
    await expect.poll(async () => JSON.stringify((await shapes(page))[0]?.coords)).not.toBe(JSON.stringify(afterVertex));
    // Style: red, dashed, hatched; the selected shape takes it.
    await page.locator('.markup-more summary').click();
    await page.getByRole('radio', { name: '颜色：红' }).check();
    await page.getByLabel('虚线').check();
    await page.getByLabel('斜线填充（拟建、规划）').check();
    await expect.poll(async () => (await shapes(page))[0]?.style).toMatchObject({ color: 1, dashed: true, hatch: true });
    await page.screenshot({ path: '/tmp/markup-edit.png' });
    // Delete, undo, redo.
    await page.locator('.map canvas').focus();
    await page.keyboard.press('Delete');
    await expect.poll(() => shapes(page).then((s) => s.length)).toBe(0);
    await page.keyboard.press('Control+z');
    await expect.poll(() => shapes(page).then((s) => s.length)).toBe(1);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => shapes(page).then((s) => s.length)).toBe(0);
    await page.keyboard.press('Control+z');
    await expect.poll(() => shapes(page).then((s) => s.length)).toBe(1);
    expect(consoleErrors).toEqual([]);
  });
});
