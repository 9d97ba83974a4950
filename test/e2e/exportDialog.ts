/** Driving the export dialog as a user does: open it, choose a preset, export and catch the download. */
import fs from 'node:fs';
import type { Page } from 'playwright-core';

export interface Stated {
  width: number;
  height: number;
  mapY: number;
  mapHeight: number;
  gpuLimit: number;
}

export async function openExport(page: Page): Promise<void> {
  await page
    .locator('nav.header-actions')
    .getByRole('button', { name: /^(导出|Export)$/ })
    .click();
  await page.locator('.export-drawer h2').waitFor();
}

export async function choose(page: Page, preset: string, dpi: 150 | 300 = 300, format: 'png' | 'pdf' | 'pdf-vector' | 'svg' = 'png'): Promise<Stated> {
  await page.getByTestId('export-preset').selectOption(preset);
  if (preset.startsWith('a')) await page.getByTestId('export-dpi').selectOption(String(dpi));
  await page.locator(`.export-drawer input[value="${format}"]`).check();
  const size = page.getByTestId('export-size');
  const read = async (name: string) => Number(await size.getAttribute(`data-${name}`));
  return { width: await read('width'), height: await read('height'), mapY: await read('map-y'), mapHeight: await read('map-height'), gpuLimit: await read('gpu-limit') };
}

// The largest files take ~25 s on a loaded two-core machine with software GL: room above the default 60 s.
export const HEAVY_EXPORT_TIMEOUT_MS = 180_000;

export async function exportFile(page: Page): Promise<{ bytes: Buffer; name: string }> {
  const download = page.waitForEvent('download', { timeout: 180_000 });
  await page.locator('.export-drawer button.primary').click();
  const file = await download;
  const path = await file.path();
  return { bytes: fs.readFileSync(path), name: file.suggestedFilename() };
}

