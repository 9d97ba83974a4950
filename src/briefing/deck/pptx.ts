/**
 * The deck as PowerPoint (16:9, pptxgenjs): a title slide; one slide per step with its title and
 * notes as native, editable text boxes, the map as one picture (SVG with its PNG fallback, or
 * PNG), a small QR code and a hyperlink to the live step, and speaker notes holding the step's
 * sources and link; a closing slide of sources, accuracy and credits.
 */
import JSZip from 'jszip';
import PptxGenJS from 'pptxgenjs';
import { base64 } from '../../encoding/base64';
import { drawPrimitives } from '../../export/drawCanvas';
import { QR_QUIET_MODULES, qrModules } from '../../export/qr';
import { TEXT_SCALES } from '../../export/presets';
import { briefingMessages } from '../messages';
import type { DeckFrame, DeckOptions, StepSlide } from './runDeck';

/**
 * Microsoft YaHei (微软雅黑) is installed with every Chinese Office and WPS; the theme's fonts name
 * Noto Sans CJK SC, the fallback where YaHei is missing (LibreOffice on Linux).
 */
const FACE = 'Microsoft YaHei';
const FALLBACK_FACE = 'Noto Sans CJK SC';
const INK = '1B1B1B';
const MUTED = '555555';
/** LAYOUT_WIDE: 13.333 × 7.5 inches; a 1920×1080 slide is 144 pixels to the inch. */
const PX_PER_INCH = 144;
const inch = (px: number) => px / PX_PER_INCH;

async function dataUrl(blob: Blob): Promise<string> {
  return `data:${blob.type};base64,${base64(new Uint8Array(await blob.arrayBuffer()))}`;
}

/** The live link's QR code as a PNG, drawn by the export's own canvas painter. */
function qrPng(link: string): string {
  const modules = qrModules(link);
  const modulePx = 4;
  const side = (modules.length + 2 * QR_QUIET_MODULES) * modulePx;
  const canvas = document.createElement('canvas');
  canvas.width = side;
  canvas.height = side;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas for the QR code');
  const quiet = QR_QUIET_MODULES * modulePx;
  drawPrimitives(ctx, [
    { kind: 'rect', rect: { x: 0, y: 0, w: side, h: side }, fill: '#ffffff' },
    { kind: 'qr', x: quiet, y: quiet, modulePx, modules },
  ]);
  return canvas.toDataURL('image/png');
}

export async function deckPptx(frame: DeckFrame, slides: readonly StepSlide[], options: DeckOptions): Promise<Blob> {
  const m = briefingMessages(frame.lang);
  const grow = TEXT_SCALES[options.textScale];
  // Native text grows with the text size too, less than the map (it starts larger).
  const pt = (size: number) => Math.round(size * (1 + (grow - 1) * 0.5));
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = frame.title || m.untitled;
  pptx.subject = frame.subtitle;
  pptx.company = '福田规划地图 Futian Planning Atlas';
  pptx.theme = { headFontFace: FALLBACK_FACE, bodyFontFace: FALLBACK_FACE };
  const text = { fontFace: FACE, color: INK, margin: 0 } as const;

  const cover = pptx.addSlide();
  cover.addText(frame.title || m.untitled, { ...text, x: 0.8, y: 2.1, w: 11.7, h: 1.3, fontSize: pt(40), bold: true, valign: 'bottom' });
  if (frame.subtitle) cover.addText(frame.subtitle, { ...text, x: 0.8, y: 3.5, w: 11.7, h: 0.7, fontSize: pt(22), color: MUTED });
  cover.addText(frame.date, { ...text, x: 0.8, y: 4.3, w: 11.7, h: 0.5, fontSize: pt(16), color: MUTED });
  cover.addText(`${m.documents}：${frame.documents.join(frame.lang === 'zh' ? '；' : '; ')}`, { ...text, x: 0.8, y: 5.5, w: 11.7, h: 1.2, fontSize: pt(11), color: MUTED, valign: 'top' });

  for (const slide of slides) {
    const s = pptx.addSlide();
    s.addText(slide.title, { ...text, x: 0.33, y: 0.2, w: 12.67, h: 0.7, fontSize: pt(28), bold: true, valign: 'middle' });
    const box = { x: 0.33, y: 1.05, w: inch(slide.width), h: inch(slide.height) };
    // The picture keeps the export's own size in inches at 144 px/in (its aspect is the box's).
    if (slide.svg && slide.png) s.addImage({ data: await dataUrl(slide.svg), ...box, altText: slide.title });
    else if (slide.png) s.addImage({ data: await dataUrl(slide.png), ...box, altText: slide.title });
    const right = box.x + box.w + 0.25;
    if (slide.notes.trim()) {
      s.addText(slide.notes, { ...text, x: right, y: 1.05, w: 13.0 - right, h: box.h, fontSize: pt(16), valign: 'top', fit: 'shrink' });
    }
    // A small QR code and a hyperlink to the live step, in the lower right corner.
    s.addImage({ data: qrPng(slide.link), x: 12.38, y: 6.83, w: 0.62, h: 0.62, altText: m.liveLink });
    s.addText([{ text: m.liveLink, options: { hyperlink: { url: slide.link, tooltip: slide.link } } }], { ...text, x: 9.0, y: 6.95, w: 3.25, h: 0.4, fontSize: 11, color: '1F5FA8', align: 'right' });
    s.addNotes([slide.notes, `${m.speakerSources}：${slide.sources.join(frame.lang === 'zh' ? '；' : '; ')}`, `${m.liveLink}：${slide.link}`].filter(Boolean).join('\n\n'));
  }

  const closing = pptx.addSlide();
  closing.addText(m.sourcesSlide, { ...text, x: 0.6, y: 0.35, w: 12.1, h: 0.7, fontSize: pt(28), bold: true });
  const bullets = (heading: string, lines: readonly string[]) => [
    { text: heading, options: { bold: true, breakLine: true, fontSize: pt(14) } },
    ...lines.map((line) => ({ text: line, options: { bullet: true, breakLine: true, fontSize: pt(11) } })),
  ];
  closing.addText([...bullets(m.documents, frame.documents), ...bullets(m.accuracy, frame.accuracy), ...bullets(m.basemapCredits, frame.credits)], {
    ...text,
    x: 0.6,
    y: 1.2,
    w: 12.1,
    h: 5.9,
    valign: 'top',
    fit: 'shrink',
    paraSpaceAfter: 4,
  });

  const out = await pptx.write({ outputType: 'arraybuffer' });
  if (!(out instanceof ArrayBuffer)) throw new Error('pptxgenjs did not return an ArrayBuffer');
  return new Blob([await withExportedFallbacks(out, slides)], { type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' });
}

/**
 * pptxgenjs makes an SVG's fallback picture by drawing the SVG at its intrinsic size (in points,
 * a third smaller than the export's pixels): each is replaced by the export pipeline's own PNG of
 * the same map, so a reader without SVG (older Office, WPS, LibreOffice) shows the full-resolution map.
 */
async function withExportedFallbacks(pptx: ArrayBuffer, slides: readonly StepSlide[]): Promise<ArrayBuffer> {
  if (!slides.some((s) => s.svg)) return pptx;
  const zip = await JSZip.loadAsync(pptx);
  for (const [i, slide] of slides.entries()) {
    // Slide 1 is the title; a step's map is its slide's first picture: media image-<slide>-1.png.
    const name = `ppt/media/image-${i + 2}-1.png`;
    if (!slide.svg || !slide.png || !zip.file(name)) continue;
    zip.file(name, await slide.png.arrayBuffer());
  }
  return zip.generateAsync({ type: 'arraybuffer', compression: 'DEFLATE' });
}
