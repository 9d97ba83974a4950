/**
 * A briefing as a deck: the live map stepped through the briefing, each step drawn by the export
 * pipeline (the same plan, offscreen render and page layout as a single export), then written as
 * PPTX (pptxgenjs) or as one multi-page vector PDF (the Atlas' PDF writer). Progress per step,
 * cancellable; the map goes back to where it was afterwards. Loaded only when a deck is made.
 */
import { DOCUMENTS } from '../../content';
import { attributionParts, documentLine, documentsCited, exportPermalink, localDate, mapStatus } from '../../export/content';
import { dateStamp } from '../../export/fileName';
import type { ExportOptions } from '../../export/layout';
import { EXPORT_PRESETS, type ExportPreset, type TextScaleId, withTextScale } from '../../export/presets';
import { drawVectorPage, runExport, throwIfAborted } from '../../export/run';
import type { Lang } from '../../i18n';
import { useAtlasStore } from '../../state/store';
import { queryOf } from '../../url/sync';
import type { BriefingDoc } from '../document';
import { activateBriefing } from '../present';
import { deckAccuracy } from './deckText';

export type DeckFormat = 'pptx' | 'pdf';

export interface DeckOptions {
  format: DeckFormat;
  textScale: TextScaleId;
  /** PDF slides: the footer band, and its QR code (a PPTX carries the link as a native hyperlink). */
  footer: boolean;
  qr: boolean;
  /** PPTX: each map also as SVG (PowerPoint 365 ungroups it; the PNG is its fallback picture). */
  svg: boolean;
}

/** What one step's slide holds, whatever the format. */
export interface StepSlide {
  title: string;
  notes: string;
  /** The live link to this step's view (short: the view alone). */
  link: string;
  sources: string[];
  png?: Blob;
  svg?: Blob;
  /** The picture's size in pixels (its aspect is the slide's map box). */
  width: number;
  height: number;
}

/** The slide-wide facts: title, subtitle, date, documents, accuracy, credits. */
export interface DeckFrame {
  lang: Lang;
  title: string;
  subtitle: string;
  date: string;
  documents: string[];
  accuracy: string[];
  credits: string[];
}

type PixelPreset = Extract<ExportPreset, { kind: 'pixels' }>;

function slidePreset(): PixelPreset {
  const slide = EXPORT_PRESETS.find((p): p is PixelPreset => p.id === 'slide-1080');
  if (!slide) throw new Error('the 1920×1080 slide preset is missing');
  return slide;
}

/** The map box of a PPTX step slide, in pixels of a 1920×1080 slide: beside the notes, or the full width. */
export function pptxMapBox(hasNotes: boolean): { width: number; height: number } {
  return hasNotes ? { width: 1296, height: 820 } : { width: 1824, height: 820 };
}

const baseOptions = (title: string, notes: string): ExportOptions => ({ title, notes, legend: true, scaleBar: true, northArrow: true, attribution: true, date: true });

export async function runDeck(doc: BriefingDoc, options: DeckOptions, onProgress: (done: number, total: number) => void, signal: AbortSignal): Promise<{ blob: Blob; fileName: string }> {
  const store = useAtlasStore.getState;
  const lang = store().lang;
  const before = queryOf(store());
  const steps = await activateBriefing(doc);
  const slides: StepSlide[] = [];
  const pdfPages: Awaited<ReturnType<typeof drawVectorPage>>[] = [];
  const now = new Date();
  try {
    for (const [i, step] of steps.entries()) {
      throwIfAborted(signal);
      onProgress(i, steps.length);
      store().goToStep(i);
      await store().mapPort?.settled();
      throwIfAborted(signal);
      const title = step.title[lang];
      const notes = step.notes ?? '';
      if (options.format === 'pdf') {
        const preset = withTextScale(slidePreset(), options.textScale);
        pdfPages.push(await drawVectorPage({ preset, dpi: 300, options: { ...baseOptions(title, notes), footer: options.footer, qr: options.qr } }, signal));
        continue;
      }
      // A PPTX slide's title and notes are native text boxes: the picture is the map with its
      // legend, scale bar, north arrow and a credit line (no title band, no footer).
      const box = pptxMapBox(notes.trim() !== '');
      const preset = withTextScale({ ...slidePreset(), width: box.width, height: box.height }, options.textScale);
      const request = { preset, dpi: 300 as const, options: { ...baseOptions('', ''), footer: false, qr: false } };
      const png = await runExport({ ...request, format: 'png' }, () => undefined, signal);
      const svg = options.svg ? await runExport({ ...request, format: 'svg' }, () => undefined, signal) : null;
      slides.push({ title, notes, link: exportPermalink(store(), window.location), sources: documentsCited(store()), png: png.blob, ...(svg ? { svg: svg.blob } : {}), width: png.width, height: png.height });
    }
    onProgress(steps.length, steps.length);
    throwIfAborted(signal);
    const frame: DeckFrame = {
      lang,
      title: doc.title,
      subtitle: doc.subtitle,
      date: localDate(now, lang),
      documents: DOCUMENTS.map((d) => documentLine(d, lang)),
      accuracy: deckAccuracy(lang, mapStatus(store())),
      credits: attributionParts(store().mapPort?.snapshot().style ?? { sources: {} }),
    };
    const fileName = `futian-atlas_briefing_${lang}_${dateStamp(now)}.${options.format}`;
    if (options.format === 'pdf') {
      const { deckPdf } = await import('./deckPdf');
      return { blob: await deckPdf(frame, pdfPages, options.textScale, signal), fileName };
    }
    const { deckPptx } = await import('./pptx');
    return { blob: await deckPptx(frame, slides, options), fileName };
  } finally {
    // Back to the view the planner had before the deck was made.
    store().applyUrlState(before, 'history');
  }
}
