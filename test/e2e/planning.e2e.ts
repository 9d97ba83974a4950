import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLANNING_COLORS } from '../../src/layers/planning';
import { NO_WEBGL, countPixelsNear, hexToRgb, launchBrowser, openPage, renderedPlaceNames, screenshotPixels, visitInPage, waitForMapIdle } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const FUTIAN_VIEW = '?view=114.055,22.548,12.3,0,0';
const REGION_VIEW = '?view=115.6,23.3,7.2,0,0';
const CLUSTERS_ZH = ['中央活力区', '深港科技创新特别合作区', '香蜜湖片区', '华强-上步片区', '车公庙-天安片区', '梅林-彩田片区', '金地-沙头片区', '八卦岭片区'];

describe('planning layers', () => {
  it('labels all eight clusters over Futian, and draws the core, axis and cluster outlines; shows the partner areas at the regional zoom', async () => {
    const { page, consoleErrors } = await openPage(browser, FUTIAN_VIEW);
    await waitForMapIdle(page);
    expect(await renderedPlaceNames(page)).toEqual(expect.arrayContaining(CLUSTERS_ZH));
    const png = await screenshotPixels(page, '.map canvas');
    expect(countPixelsNear(png, hexToRgb(PLANNING_COLORS.core), 12), 'core outline').toBeGreaterThan(500);
    expect(countPixelsNear(png, hexToRgb(PLANNING_COLORS.axis), 12), 'axis centre line').toBeGreaterThan(300);
    expect(countPixelsNear(png, hexToRgb(PLANNING_COLORS.cluster), 20), 'cluster outlines').toBeGreaterThan(1500);
    // Zoomed out to the region, as Back/Forward to a regional link would: the partner areas.
    await visitInPage(page, REGION_VIEW);
    expect(await renderedPlaceNames(page)).toEqual(expect.arrayContaining(['惠州市博罗县', '潮州市湘桥区', '河源市和平县', '深汕特别合作区小漠镇']));
    const region = await screenshotPixels(page, '.map canvas');
    expect(countPixelsNear(region, hexToRgb(PLANNING_COLORS.partnerLine), 10), 'partner outlines').toBeGreaterThan(500);
    expect(consoleErrors).toEqual([]);
  });

  it('names the clusters in English with ?lang=en', async () => {
    const { page } = await openPage(browser, `${FUTIAN_VIEW}&lang=en`);
    await waitForMapIdle(page);
    expect(await renderedPlaceNames(page)).toEqual(expect.arrayContaining(['Central Activity Zone', 'Bagualing', 'Xiangmihu', 'Meilin-Caitian']));
  });
});

describe('without WebGL, the zone list stands in for the map', () => {
  it('lists every zone with its kind', async () => {
    const { page } = await openPage(browser, '?lang=en', { initScript: NO_WEBGL });
    const table = page.getByRole('table', { name: 'All zones' });
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(24);
    expect(await table.getByRole('rowheader', { name: 'Bagualing' }).count()).toBe(1);
    expect(await table.locator('tr[data-zone-id="wangyu"] td').first().textContent()).toBe('Paired village');
  });
});
