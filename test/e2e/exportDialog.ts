/** Driving the export dialog as a user does: open it, choose a preset, export and catch the download. */
import fs from 'node:fs';
import jsQR from 'jsqr';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';

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


export function crop(png: PNG, x: number, y: number, w: number, h: number): PNG {
  const out = new PNG({ width: w, height: h });
  PNG.bitblt(png, out, x, y, w, h, 0, 0);
  return out;
}

/** The QR code sits at the right of the footer band: decode just that square. */
export function decodeQr(png: PNG, footerTop: number): string | null {
  const side = png.height - footerTop;
  const region = crop(png, png.width - side, footerTop, side, side);
  return jsQR(new Uint8ClampedArray(region.data), side, side)?.data ?? null;
}

