/**
 * The deck as one PDF: a title page, the steps' vector pages (drawn by the export pipeline), a
 * sources page; every page 1920×1080 at the deck's text size, all text in the one embedded face.
 */
import { CARD, INK, MUTED, type Primitive, wrapText } from '../../export/primitives';
import { TEXT_SCALES, type TextScaleId } from '../../export/presets';
import { framePage, pagesPdf, type VectorPage } from '../../export/vector/runVector';
import { vectorMeasure } from '../../export/vector/metrics';
import { briefingMessages } from '../messages';
import type { DeckFrame } from './runDeck';

const WIDTH = 1920;
const HEIGHT = 1080;

/** Cover and sources pages are laid out at 1920×1080 (their text is large already at any text size). */

/** Lines of text from `y` down, wrapped to the page; returns the primitives and where the next line goes. */
function block(lines: readonly string[], x: number, y: number, size: number, bold: boolean, color: string, lineHeight: number, maxLines: number): { out: Primitive[]; y: number } {
  const out: Primitive[] = [];
  let at = y;
  for (const line of lines) {
    for (const part of wrapText(line, size, bold, WIDTH - 2 * x, maxLines, vectorMeasure)) {
      at += lineHeight;
      out.push({ kind: 'text', x, y: at, text: part, size, bold, color, align: 'left' });
    }
  }
  return { out, y: at };
}

function coverPage(frame: DeckFrame, u: number): VectorPage {
  const m = briefingMessages(frame.lang);
  const x = 96;
  const title = block([frame.title || m.untitled], x, 300, 64, true, INK, 84, 2);
  const subtitle = block(frame.subtitle ? [frame.subtitle] : [], x, title.y + 16, 30, false, MUTED, 44, 2);
  const date = block([frame.date], x, subtitle.y + 16, 24, false, MUTED, 36, 1);
  const docs = block([`${m.documents}：`, ...frame.documents], x, 760, 18, false, MUTED, 28, 2);
  const primitives: Primitive[] = [{ kind: 'rect', rect: { x: 0, y: 0, w: WIDTH, h: HEIGHT }, fill: CARD }, ...title.out, ...subtitle.out, ...date.out, ...docs.out];
  // The step pages' ratio: every page of the deck is the same size in points.
  return framePage(WIDTH, HEIGHT, u, primitives);
}

function sourcesPage(frame: DeckFrame, u: number): VectorPage {
  const m = briefingMessages(frame.lang);
  const x = 96;
  const heading = block([m.sourcesSlide], x, 60, 44, true, INK, 60, 1);
  const section = (name: string, lines: readonly string[], y: number) => {
    const head = block([name], x, y + 24, 26, true, INK, 38, 1);
    const body = block(
      lines.map((l) => `· ${l}`),
      x,
      head.y + 6,
      20,
      false,
      MUTED,
      30,
      3,
    );
    return { out: [...head.out, ...body.out], y: body.y };
  };
  const docs = section(m.documents, frame.documents, heading.y);
  const accuracy = section(m.accuracy, frame.accuracy, docs.y);
  const credits = section(m.basemapCredits, frame.credits, accuracy.y);
  return framePage(WIDTH, HEIGHT, u, [{ kind: 'rect', rect: { x: 0, y: 0, w: WIDTH, h: HEIGHT }, fill: CARD }, ...heading.out, ...docs.out, ...accuracy.out, ...credits.out]);
}

export async function deckPdf(frame: DeckFrame, steps: readonly VectorPage[], textScale: TextScaleId, signal: AbortSignal): Promise<Blob> {
  const u = TEXT_SCALES[textScale];
  const pages = [coverPage(frame, u), ...steps, sourcesPage(frame, u)];
  const out = await pagesPdf(pages, frame.lang, { title: frame.title || briefingMessages(frame.lang).untitled, subject: frame.subtitle, creationDate: new Date() }, signal);
  return out.blob;
}
