/**
 * The reference layer as a planner meets it: roads, water, metro and places to orient by, names
 * only where they do not crowd the plan, switchable as a group of its own, and explained in the
 * legend and attribution as the project's own drawing.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, renderedPlaceNames, visitInPage, waitForMapIdle } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function namesAt(query: string): Promise<{ page: Page; names: string[]; consoleErrors: string[]; requests: string[] }> {
  const { page, consoleErrors, requests } = await openPage(browser, query);
  await waitForMapIdle(page);
  return { page, names: await renderedPlaceNames(page), consoleErrors, requests };
}

describe('reference layer', () => {
  it('names the river, the ports and Lok Ma Chau at 河套, in English', async () => {
    const { page, names, requests } = await namesAt('?lang=en&view=114.068,22.520,14,0,0');
    expect(names).toEqual(expect.arrayContaining(['Shenzhen River', 'Huanggang Port', 'Futian Port', 'Lok Ma Chau', 'Fuqiang Rd']));
    // Offline by default: every request stays on the Atlas' origin.
    const origin = new URL(page.url()).origin;
    expect(requests.filter((r) => !r.startsWith(origin) && !r.startsWith('data:') && !r.startsWith('blob:'))).toEqual([]);
  });

  // One page: the district view, then 香蜜湖 and 车公庙 reached as Back/Forward would, then the switch.
  it('shows the bay, Hong Kong and the civic centre at the district view but no station names yet; names the roads, stations and water around 香蜜湖 and 车公庙 at zoom 14; switches roads off from the layer panel, says so in the link, and lists the reference entries in the legend', async () => {
    const { page, names: district, consoleErrors } = await namesAt('?view=114.045,22.545,12,0,0');
    expect(district).toEqual(expect.arrayContaining(['深圳湾', '香港', '市民中心']));
    for (const station of ['竹子林', '岗厦北', '福民']) expect(district).not.toContain(station);
    await visitInPage(page, '?view=114.030,22.541,14,0,0');
    await expect.poll(() => renderedPlaceNames(page)).toEqual(expect.arrayContaining(['深南大道', '香蜜湖路', '车公庙', '香蜜湖', '凤塘河', '香蜜湖片区', '车公庙-天安片区']));
    expect(consoleErrors).toEqual([]);
    await expect.poll(() => page.locator('.legend').textContent()).toContain('道路（本项目绘制，约 ±150 米）');
    expect(await page.locator('.maplibregl-ctrl-attrib').textContent()).toContain('道路、水系、地铁线与地标为本项目绘制（约 ±150–300 米）；地铁站位置 © OpenStreetMap 贡献者（ODbL）');
    await page.locator('nav.header-actions').getByRole('button', { name: '图层' }).click();
    await page.getByRole('group', { name: '参考要素' }).waitFor();
    await page.locator('input[data-layer-id="roads"]').uncheck();
    await page.waitForFunction(() => ![...document.querySelectorAll('[data-testid="rendered-place-names"] li')].some((li) => li.textContent === '深南大道'));
    // The address is written a moment later (throttled, as maplibre's hash is): wait for it.
    await expect.poll(() => new URL(page.url()).searchParams.get('layers') ?? '').toMatch(/\bmetro\b/);
    expect(new URL(page.url()).searchParams.get('layers')?.split(',')).not.toContain('roads');
    expect(await renderedPlaceNames(page)).toContain('车公庙');
  });
});
