import { describe, expect, it } from 'vitest';
import { openPdf, pageText } from '../../test/support/pdfjs-node';
import { type ExportOptions, layoutExport } from './layout';
import { buildPdf, predictRows } from './pdf';
import { pdfTextWidth, splitRuns } from './pdfFonts';
import { planExport } from './plan';
import { pointsPerPixel, presetById } from './presets';
import { qrModules } from './qr';

const options: ExportOptions = {
  title: '福田区 Futian 三带',
  notes: 'Draft 草稿',
  legend: true,
  scaleBar: false,
  northArrow: true,
  attribution: true,
  date: true,
};

async function samplePdf() {
  const preset = presetById('a4-portrait');
  if (!preset) throw new Error('preset');
  const qr = qrModules('https://example.org/?zone=bagualing');
  const plan = planExport(preset, 150, { width: 1200, height: 800, zoom: 12 }, options, qr.length);
  const content = {
    legendTitle: '图例',
    legend: [
      {
        label: '一核 core',
        swatch: { fill: '#d55e00', fillOpacity: 0.2, line: '#d55e00' },
      },
    ],
    attribution: 'Land © OpenStreetMap – Shenzhen–Hong Kong',
    sources: '规划 2017',
    dateLine: '2025',
    permalink: 'https://example.org/?zone=bagualing',
    qr,
    subject: null,
        northLabel: 'N',
    scale: null,
    bearing: 0,
  };
  const primitives = layoutExport(plan, options, content, pdfTextWidth);
  const { w, h } = plan.mapRect;
  const rgba = new Uint8ClampedArray(w * h * 4).fill(200);
  const bytes = await buildPdf({
    widthPt: plan.page.width * pointsPerPixel(plan.page),
    heightPt: plan.page.height * pointsPerPixel(plan.page),
    scale: pointsPerPixel(plan.page),
    primitives,
    map: { width: w, height: h, rgba },
    info: {
      title: options.title,
      subject: content.permalink,
      creationDate: new Date(Date.UTC(2026, 10, 23)),
    },
  });
  return { bytes, plan };
}

describe('PDF export', () => {
  it('is one A4 page whose title, notes and legend are text an independent reader (pdf.js) extracts', async () => {
    const { bytes, plan } = await samplePdf();
    const { doc, OPS } = await openPdf(bytes);
    expect(doc.numPages).toBe(1);
    const page = await doc.getPage(1);
    const [, , wPt, hPt] = page.view;
    expect(wPt).toBeCloseTo(595.28, 0);
    expect(hPt).toBeCloseTo(841.89, 0);
    const text = await pageText(doc);
    expect(text).toContain('福田区');
    expect(text).toContain('Futian');
    expect(text).toContain('© OpenStreetMap – Shenzhen–Hong Kong');
    expect(text).toContain('草稿');
    expect(text).toContain('一核');
    expect(text).toContain('https://example.org/?zone=bagualing');
    const meta = await doc.getMetadata();
    expect((meta.info as { Title?: string }).Title).toBe(options.title);
    // The map is the only image: one XObject draw.
    const ops = await page.getOperatorList();
    const draws = ops.fnArray.flatMap((f, i) => (f === OPS.paintImageXObject ? [ops.argsArray[i]] : []));
    expect(draws).toHaveLength(1);
    // pdf.js decodes the Flate + predictor raster back to the map's pixels.
    const image = await new Promise<{
      width: number;
      height: number;
      data: Uint8ClampedArray;
    }>((resolve) => page.objs.get(draws[0][0], resolve));
    expect([image.width, image.height]).toEqual([plan.mapRect.w, plan.mapRect.h]);
    expect(image.data[0]).toBe(200);
  });

  it('has a valid cross-reference table (every offset points at its object)', async () => {
    const { bytes } = await samplePdf();
    const text = new TextDecoder('latin1').decode(bytes);
    const start = Number(text.match(/startxref\n(\d+)/)?.[1]);
    const entries = text
      .slice(start)
      .split('\n')
      .slice(3)
      .filter((l) => / n $/.test(l));
    entries.forEach((line, i) => {
      const offset = Number(line.slice(0, 10));
      expect(text.slice(offset, offset + 12)).toMatch(new RegExp(`^${i + 1} 0 obj`));
    });
  });

  it('measures Latin with Helvetica widths and CJK at one em', () => {
    expect(pdfTextWidth('AV', 10, false)).toBeCloseTo(13.34, 2);
    expect(pdfTextWidth('福田', 10, false)).toBe(20);
    // Typographic signs Helvetica has stay with it (WinAnsi), at its own widths.
    expect(pdfTextWidth('a–b', 10, false)).toBeCloseTo(16.68, 2);
    expect(splitRuns('深港–Hong Kong ©')).toEqual([
      { text: '深港', latin: false },
      { text: '–Hong Kong ©', latin: true },
    ]);
    expect(splitRuns('福田 District')).toEqual([
      { text: '福田', latin: false },
      { text: ' District', latin: true },
    ]);
  });

  it('predicts image rows with PNG "up" filters (lossless)', () => {
    const rgba = new Uint8ClampedArray([10, 20, 30, 255, 40, 50, 60, 255, 11, 22, 33, 255, 40, 50, 61, 255]);
    expect([...predictRows(rgba, 2, 2)]).toEqual([2, 10, 20, 30, 40, 50, 60, 2, 1, 2, 3, 0, 0, 1]);
  });
});
