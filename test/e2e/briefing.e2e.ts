/**
 * Briefings as a planner builds and gives them: the 简报 panel (rename, notes, reorder, duplicate,
 * delete with undo, reload, file round trip), the compressed link, presenting with a clicker's
 * keys and the presenter window, and the decks read by independent readers (LibreOffice Impress,
 * poppler).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import jsQR from 'jsqr';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, openPage, waitForMapIdle } from './browser';
import { pdfFonts, pdfImages, run, withPdfFile } from './poppler';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const DECK_TIMEOUT_MS = 600_000;

async function openBriefingPanel(page: Page): Promise<void> {
  await page.locator('nav.header-actions').getByRole('button', { name: /^(简报|Briefing)$/ }).click();
  await page.locator('.briefing-drawer h2').waitFor();
  await expect.poll(() => page.getByTestId('briefing-storage').getAttribute('data-status')).toMatch(/ok|saving/);
}

async function selectBySearch(page: Page, text: string): Promise<void> {
  const box = page.getByRole('combobox', { name: /搜索|Search/ });
  await box.fill(text);
  await page.locator('.search-results [role="option"]').first().waitFor();
  await box.press('Enter');
  await waitForMapIdle(page);
}

/** The steps as the panel shows them: title and notes. */
async function stepsShown(page: Page): Promise<Array<[string, string]>> {
  return page.locator('.briefing-steps li').evaluateAll((items) =>
    items.map((li) => [(li.querySelector('input') as HTMLInputElement).value, (li.querySelector('textarea') as HTMLTextAreaElement).value] as [string, string]),
  );
}

const stepTitle = (page: Page, n: number) => page.getByRole('textbox', { name: `第 ${n} 步标题` });
const stepNotes = (page: Page, n: number) => page.getByRole('textbox', { name: `第 ${n} 步备注` });

/** Builds the five steps of the test briefing through the UI, as a planner would. */
async function buildFiveSteps(page: Page): Promise<void> {
  await openBriefingPanel(page);
  await page.getByRole('textbox', { name: '简报标题' }).fill('福田区产业空间简报');
  await page.getByRole('textbox', { name: '副标题' }).fill('内部讨论稿');
  const add = page.getByRole('button', { name: '添加当前视图为一步' });
  await add.click(); // 1: 八卦岭片区 (selected by the link)
  await selectBySearch(page, '河套');
  await add.click(); // 2: 河套
  await selectBySearch(page, '香蜜湖');
  await add.click(); // 3: 香蜜湖
  await selectBySearch(page, '车公庙');
  await add.click(); // 4: 车公庙
  await add.click(); // 5: 车公庙 again, to be deleted
  await expect.poll(() => page.locator('.briefing-steps li').count()).toBe(5);
  await stepTitle(page, 1).fill('八卦岭：时尚与设计');
  await stepNotes(page, 1).fill('先讲八卦岭的改造。\n再讲产业。');
  await stepNotes(page, 2).fill('河套合作区，与香港一河之隔。');
  // Reorder from the keyboard: step 3 (香蜜湖) up to 2.
  await stepTitle(page, 3).focus();
  await page.keyboard.press('Alt+ArrowUp');
  // Duplicate step 1, then delete the extra 车公庙 (now step 6) and undo, then delete it for good.
  await page.locator('.briefing-steps li').nth(0).getByRole('button', { name: /^复制/ }).click();
  await page.locator('.briefing-steps li').nth(5).getByRole('button', { name: /^删除/ }).click();
  await expect.poll(() => page.locator('.briefing-steps li').count()).toBe(5);
  await page.getByTestId('briefing-undo').getByRole('button', { name: '撤销' }).click();
  await expect.poll(() => page.locator('.briefing-steps li').count()).toBe(6);
  await page.locator('.briefing-steps li').nth(5).getByRole('button', { name: /^删除/ }).click();
  await expect.poll(() => page.locator('.briefing-steps li').count()).toBe(5);
  await expect.poll(() => page.getByTestId('briefing-storage').getAttribute('data-status')).toBe('ok');
}

const EXPECTED: Array<[string, string]> = [
  ['八卦岭：时尚与设计', '先讲八卦岭的改造。\n再讲产业。'],
  ['八卦岭：时尚与设计', '先讲八卦岭的改造。\n再讲产业。'],
  ['香蜜湖片区', ''],
  ['深港科技创新特别合作区', '河套合作区，与香港一河之隔。'],
  ['车公庙-天安片区', ''],
];

describe('the briefing builder', () => {
  it('builds five steps through the UI, keeps them over a reload, and round-trips them through a file', async () => {
    const { page, consoleErrors } = await openPage(browser, '?zone=bagualing');
    await waitForMapIdle(page);
    await buildFiveSteps(page);
    const built = await stepsShown(page);
    expect(built.map(([t]) => t)).toEqual(EXPECTED.map(([t]) => t));
    expect(built).toEqual(EXPECTED);

    // Reload: everything is still there (IndexedDB).
    await page.reload();
    await waitForMapIdle(page);
    await openBriefingPanel(page);
    expect(await stepsShown(page)).toEqual(EXPECTED);
    expect(await page.getByRole('textbox', { name: '副标题' }).inputValue()).toBe('内部讨论稿');

    // Save as a file, clear this browser's storage, open the file: identical.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '保存为文件' }).click();
    const file = await (await download).path();
    const saved = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(saved).toMatchObject({ format: 'futian-atlas-briefing', version: 2, title: '福田区产业空间简报' });
    await page.evaluate(() => new Promise<void>((resolve) => {
      const request = indexedDB.deleteDatabase('futian-atlas');
      request.onsuccess = () => resolve();
      request.onblocked = () => resolve();
    }));
    await page.reload();
    await waitForMapIdle(page);
    await openBriefingPanel(page);
    expect(await page.locator('.briefing-steps li').count()).toBe(0);
    await page.getByTestId('briefing-file').setInputFiles(file);
    await expect.poll(() => page.getByTestId('briefing-file-status').textContent()).toContain('已打开“福田区产业空间简报”（5 步）');
    expect(await stepsShown(page)).toEqual(EXPECTED);

    // A hand-edited file with one bad step: a message names it, the rest is kept.
    const edited = { ...saved, title: '改过的简报', steps: [...saved.steps] };
    edited.steps[2] = { ...edited.steps[2], view: { center: [500, 22.5], zoom: 12 } };
    const editedFile = path.join(os.tmpdir(), `edited-briefing-${Date.now()}.json`);
    fs.writeFileSync(editedFile, JSON.stringify(edited));
    await page.getByTestId('briefing-file').setInputFiles(editedFile);
    await expect.poll(() => page.getByTestId('briefing-file-status').textContent()).toContain('第 3 步（view）');
    expect(await page.getByTestId('briefing-file-status').getAttribute('role')).toBe('alert');
    expect((await stepsShown(page)).map(([t]) => t)).toEqual(EXPECTED.filter((_, i) => i !== 2).map(([t]) => t));
    // A file of a newer format is refused with a message naming it.
    fs.writeFileSync(editedFile, JSON.stringify({ ...saved, version: 9 }));
    await page.getByTestId('briefing-file').setInputFiles(editedFile);
    await expect.poll(() => page.getByTestId('briefing-file-status').textContent()).toContain('第 9 版');
    fs.rmSync(editedFile);
    expect(consoleErrors).toEqual([]);
  });
});

/** A briefing file of `n` steps (the zones a planner would walk through), for the larger cases. */
function briefingFile(n: number): string {
  const zones = ['bagualing', 'hetao', 'xiangmihu', 'chegongmiao-tianan', 'central-activity-zone', 'huaqiang-shangbu', 'meilin-caitian', 'jindi-shatou'];
  const centres: Record<string, [number, number]> = {
    bagualing: [114.098, 22.556],
    hetao: [114.052, 22.512],
    xiangmihu: [114.027, 22.548],
    'chegongmiao-tianan': [114.028, 22.536],
    'central-activity-zone': [114.058, 22.538],
    'huaqiang-shangbu': [114.087, 22.545],
    'meilin-caitian': [114.06, 22.565],
    'jindi-shatou': [114.023, 22.52],
  };
  const steps = Array.from({ length: n }, (_, i) => {
    const zone = zones[i % zones.length];
    return { title: `第${i + 1}步 ${zone}`, notes: `备注 ${i + 1}：${'规划要点。'.repeat(8)}`, layers: ['core', 'belts', 'axis', 'clusters'], zone, view: { center: centres[zone], zoom: 13.2, bearing: 0, pitch: 0 } };
  });
  const file = path.join(os.tmpdir(), `briefing-${n}-${Date.now()}.json`);
  fs.writeFileSync(file, JSON.stringify({ format: 'futian-atlas-briefing', version: 2, title: `${n} 步简报`, subtitle: '测试', steps }));
  return file;
}

async function openBriefingFile(page: Page, file: string): Promise<void> {
  await openBriefingPanel(page);
  await page.getByTestId('briefing-file').setInputFiles(file);
  await expect.poll(() => page.getByTestId('briefing-file-status').textContent()).toContain('已打开');
}

/** A fresh Atlas with an `n`-step briefing opened from a file in its 简报 panel. */
async function pageWithBriefing(n: number) {
  const opened = await openPage(browser, '');
  await waitForMapIdle(opened.page);
  const file = briefingFile(n);
  await openBriefingFile(opened.page, file);
  fs.rmSync(file);
  return opened;
}

describe('links to a briefing and to a step', () => {
  it('exports step 7 of a 20-step briefing with a QR code of a short link that reopens step 7, and packs the whole briefing', async () => {
    const { page, consoleErrors } = await pageWithBriefing(20);
    // The whole briefing's link, compressed.
    await page.getByRole('button', { name: '生成简报链接' }).click();
    const link = await page.getByTestId('briefing-link').inputValue();
    expect(link).toMatch(/[?&]brief=[A-Za-z0-9_-]+&step=0$/);
    expect(link.length).toBeLessThan(6000);
    // Step 7 on the map, then a PNG of it.
    await page.locator('.briefing-steps li').nth(6).getByRole('button', { name: '显示' }).click();
    await expect.poll(() => page.locator('.briefing-bar [data-step-index]').getAttribute('data-step-index')).toBe('6');
    await waitForMapIdle(page);
    const { openExport, choose, exportFile } = await import('./exportDialog');
    await openExport(page);
    await choose(page, 'view-1x');
    const { bytes } = await exportFile(page);
    const png = PNG.sync.read(bytes);
    const qr = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? '';
    expect(qr.length).toBeGreaterThan(20);
    expect(qr.length).toBeLessThanOrEqual(300);
    expect(qr).not.toMatch(/views=|brief=/);
    const url = new URL(qr);
    expect(url.searchParams.get('zone')).toBe('meilin-caitian');
    // The QR code's link reopens step 7's view.
    const again = await openPage(browser, url.search);
    await waitForMapIdle(again.page);
    expect(await again.page.evaluate(() => new URL(location.href).searchParams.get('zone'))).toBe('meilin-caitian');
    await again.page.close();
    // The compressed link opens the whole briefing at its first step.
    await page.goto(link);
    await expect.poll(() => page.locator('.briefing-bar [data-step-index]').textContent()).toBe('第 1/20 步 · 第1步 bagualing');
    // A link printed in the older, uncompressed form (`views=`) still opens.
    const legacy = Buffer.from(JSON.stringify([{ title: '旧链接', layers: ['core'], zone: 'hetao', view: { center: [114.05, 22.51], zoom: 13, bearing: 0, pitch: 0 } }])).toString('base64url');
    await page.goto(`${baseUrl()}?v=1&views=${legacy}&step=0`);
    await expect.poll(() => page.locator('.briefing-bar [data-step-index]').textContent()).toBe('第 1/1 步 · 旧链接');
    expect(consoleErrors).toEqual([]);
  });
});

describe('presenting', () => {
  it('presents full screen, steps with a clicker’s keys, and the presenter window follows and can step', async () => {
    const { page, consoleErrors } = await pageWithBriefing(3);
    await page.getByRole('button', { name: '演示', exact: true }).click();
    await expect.poll(() => page.getByTestId('presenter-counter').textContent()).toBe('1 / 3');
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    expect(await page.locator('.drawer').count()).toBe(0);
    // Clicker keys in the presenting window (before the presenter window opens: headless Chromium
    // hands a key to every open page, which a real desktop never does).
    await page.locator('.maplibregl-canvas').focus();
    await page.keyboard.press('PageDown');
    await expect.poll(() => page.getByTestId('presenter-counter').textContent()).toBe('2 / 3');
    await page.keyboard.press('End');
    await expect.poll(() => page.getByTestId('presenter-title').textContent()).toBe('第3步 xiangmihu');
    await page.keyboard.press('Home');
    await expect.poll(() => page.getByTestId('presenter-counter').textContent()).toBe('1 / 3');
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByTestId('presenter-counter').textContent()).toBe('2 / 3');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.getByTestId('presenter-counter').textContent()).toBe('1 / 3');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByTestId('presenter-counter').textContent()).toBe('2 / 3');
    // The presenter window: this step's notes and the next step's title.
    const popup = page.context().waitForEvent('page');
    await page.getByRole('button', { name: '演讲者窗口' }).click();
    const presenter = await popup;
    await expect.poll(() => presenter.getByTestId('presenter-window-title').textContent()).toBe('第2步 hetao');
    expect(await presenter.getByTestId('presenter-window-notes').textContent()).toContain('备注 2');
    expect(await presenter.getByTestId('presenter-window-next').textContent()).toBe('下一步：第3步 xiangmihu');
    // It follows the presenting window, and steps it.
    await page.locator('.presenter-bar').getByRole('button', { name: '下一步' }).click();
    await expect.poll(() => presenter.getByTestId('presenter-window-next').textContent()).toBe('这是最后一步。');
    await presenter.getByRole('button', { name: '◀' }).click();
    await expect.poll(() => page.getByTestId('presenter-counter').textContent()).toBe('2 / 3');
    await presenter.close();
    // Esc leaves presenting; the app's chrome is back.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.app-header').isVisible()).toBe(true);
    expect(consoleErrors).toEqual([]);
  });
});

/** Every file of a zip (a PPTX) by name, read with the zip library pptxgenjs itself bundles. */
async function unzip(bytes: Buffer): Promise<Map<string, string>> {
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files)) if (/\.(xml|rels)$/.test(name)) out.set(name, await zip.file(name)?.async('string') ?? '');
  return out;
}

async function makeDeck(page: Page, format: 'PPTX' | 'PDF'): Promise<{ bytes: Buffer; name: string }> {
  const download = page.waitForEvent('download', { timeout: DECK_TIMEOUT_MS });
  await page.getByRole('button', { name: format === 'PPTX' ? '导出 PPTX' : '导出 PDF（矢量）' }).click();
  await expect.poll(() => page.getByTestId('deck-progress').textContent(), { timeout: 30_000 }).toMatch(/第 \d+\/3 页/);
  const file = await download;
  return { bytes: fs.readFileSync(await file.path()), name: file.suggestedFilename() };
}

describe('decks', () => {
  it(
    'makes a PPTX that LibreOffice Impress opens: editable titles and notes, one map picture per step, steps + 2 pages',
    async () => {
      const { page, consoleErrors } = await pageWithBriefing(3);
      const { bytes, name } = await makeDeck(page, 'PPTX');
      expect(name).toMatch(/^futian-atlas_briefing_zh_\d{8}\.pptx$/);
      const parts = await unzip(bytes);
      const slides = [...parts.keys()].filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
      expect(slides).toHaveLength(5);
      // Every slide's XML parses (the browser's own XML parser is the judge).
      const parsed = await page.evaluate((xmls) => xmls.map((x) => new DOMParser().parseFromString(x, 'application/xml').querySelector('parsererror') === null), [...parts.values()]);
      expect(parsed.every(Boolean)).toBe(true);
      const slideXml = (i: number) => parts.get(`ppt/slides/slide${i}.xml`) ?? '';
      // Titles and notes are native text in the slide; sources and link are in the speaker notes.
      expect(slideXml(2)).toContain('第1步 bagualing');
      expect(slideXml(2)).toContain('备注 1：');
      const notes = [...parts.entries()].filter(([n]) => /notesSlide\d+\.xml$/.test(n)).map(([, x]) => x).join('');
      expect(notes).toContain('资料来源');
      expect(notes).toMatch(/在线查看本步：https?:\/\//);
      // Each map goes in as SVG with its PNG fallback (PowerPoint 365 ungroups the SVG).
      expect(slideXml(2)).toContain('asvg:svgBlip');
      expect(slideXml(2)).toContain('Microsoft YaHei');

      // The independent reader: LibreOffice converts it to PDF; poppler reads that.
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-deck-'));
      try {
        const pptx = path.join(dir, 'deck.pptx');
        fs.writeFileSync(pptx, bytes);
        // Its stderr is kept out of the test output: LibreOffice without Java says so on every start.
        execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, pptx], { stdio: ['ignore', 'pipe', 'pipe'] });
        const pdf = path.join(dir, 'deck.pdf');
        expect(/Pages:\s+(\d+)/.exec(run('pdfinfo', [pdf]))?.[1]).toBe('5');
        // LibreOffice puts spaces between Chinese and Latin text: compare without them.
        const text = run('pdftotext', ['-layout', pdf, '-']).replace(/\s+/g, '');
        for (let i = 1; i <= 3; i++) {
          expect(text).toContain(`第${i}步`);
          expect(text).toContain(`备注${i}：`);
        }
        expect(text).toContain('3步简报');
        expect(text).toContain('资料来源与说明');
        // One map picture on each step page, at the export's full width (the QR code is the other, small one).
        const images = pdfImages(pdf).map((row) => row.trim().split(/\s+/));
        for (const pageNo of ['2', '3', '4']) {
          const big = images.filter((cols) => cols[0] === pageNo && cols[2] === 'image' && Number(cols[3]) >= 1000);
          expect(big.length, `page ${pageNo}: ${JSON.stringify(images)}`).toBeGreaterThanOrEqual(1);
        }
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
      expect(consoleErrors).toEqual([]);
    },
    DECK_TIMEOUT_MS,
  );

  it(
    'makes one vector PDF of the deck: a page per slide, every font embedded, the titles as text',
    async () => {
      const { page, consoleErrors } = await pageWithBriefing(3);
      const { bytes, name } = await makeDeck(page, 'PDF');
      expect(name).toMatch(/^futian-atlas_briefing_zh_\d{8}\.pdf$/);
      withPdfFile(bytes, (pdf) => {
        expect(/Pages:\s+(\d+)/.exec(run('pdfinfo', [pdf]))?.[1]).toBe('5');
        const fonts = pdfFonts(pdf);
        expect(fonts.length).toBeGreaterThan(0);
        expect(fonts.every(([, embedded]) => embedded)).toBe(true);
        const text = run('pdftotext', [pdf, '-']);
        for (let i = 1; i <= 3; i++) expect(text).toContain(`第${i}步`);
        expect(text).toContain('示意图，非标准地图');
        // The maps are vector: no picture on a step page over the offline basemap.
        expect(pdfImages(pdf)).toEqual([]);
      });
      expect(consoleErrors).toEqual([]);
    },
    DECK_TIMEOUT_MS,
  );
});

describe('text sized for projection', () => {
  it('a 1920×1080 slide’s zone labels grow with the text size: at 放大 they are at least 24 px high', async () => {
    const { page, consoleErrors } = await openPage(browser, '?zone=bagualing');
    await waitForMapIdle(page);
    const { openExport, choose, exportFile } = await import('./exportDialog');
    await openExport(page);
    const heights: Record<string, number> = {};
    for (const [label, id] of [
      ['标准', 'standard'],
      ['放大（投影）', 'large'],
    ] as const) {
      const stated = await choose(page, 'slide-1080', 300, 'svg');
      expect([stated.width, stated.height]).toEqual([1920, 1080]);
      await page.locator('.export-drawer').getByRole('radio', { name: label }).check();
      const { bytes } = await exportFile(page);
      // Measured as drawn: the SVG rendered in the browser, the label's box in the page's pixels.
      const viewer = await browser.newPage();
      await viewer.setContent(`<!doctype html><body style="margin:0">${bytes.toString('utf8')}</body>`);
      heights[id] = await viewer.evaluate(() => {
        const svg = document.querySelector('svg');
        const texts = [...document.querySelectorAll('text')].filter((t) => t.textContent?.includes('八卦岭片区'));
        if (!svg || texts.length === 0) return 0;
        // Page pixels per SVG user unit (the viewBox is the page in image pixels).
        const perUnit = 1920 / svg.viewBox.baseVal.width;
        return Math.max(...texts.map((t) => Number(t.getAttribute('font-size')) * perUnit));
      });
      await viewer.close();
    }
    expect(heights.standard).toBeGreaterThanOrEqual(12);
    expect(heights.large).toBeGreaterThanOrEqual(24);
    expect(consoleErrors).toEqual([]);
  }, DECK_TIMEOUT_MS);
});

describe('large slide text in English', () => {
  it('exports a 放大 vector slide whose long English legend once left no room for the map', async () => {
    const { page, consoleErrors } = await openPage(browser, '?lang=en&zone=hetao');
    await waitForMapIdle(page);
    const { openExport, choose, exportFile } = await import('./exportDialog');
    await openExport(page);
    await choose(page, 'slide-1080', 300, 'pdf-vector');
    await page.locator('.export-drawer').getByRole('radio', { name: 'Large (projector)' }).check();
    await page.locator('.export-drawer textarea').fill('The Hetao cooperation zone, across the river from Hong Kong.');
    const { bytes } = await exportFile(page);
    withPdfFile(bytes, (pdf) => {
      const text = run('pdftotext', [pdf, '-']);
      expect(text).toContain('Schematic map, not a standard map');
      expect(text).toContain('Hong Kong');
    });
    expect(consoleErrors).toEqual([]);
  });
});
