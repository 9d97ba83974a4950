/**
 * Where a label's lines go, with maplibre's rules for point labels: text wrapped at
 * `text-max-width` ems into balanced lines, an anchor and offset (`text-offset`, or
 * `text-radial-offset` for variable anchors) that place the text box beside its point, lines
 * `text-line-height` ems apart. Widths come from the embedded font's own advances. Pure.
 */

export interface FontMetrics {
  /** Advance widths per 1000 units of the em, for the characters that are not a full em. */
  widths: Record<string, number>;
  defaultWidth: number;
}

export type Anchor = 'center' | 'left' | 'right' | 'top' | 'bottom' | 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right';

/** Where the baseline sits in a line box, as maplibre draws CJK glyphs: the em box centred, 0.88 em above the baseline. */
const ASCENT_EM = 0.88;
/** maplibre's assumed distance from the top of a line to its baseline, beyond the em (ONE_EM 24 − 17, in 24ths). */
const BASELINE_OFFSET_EM = 7 / 24;

export function textWidth(text: string, size: number, letterSpacingEm: number, metrics: FontMetrics): number {
  let units = 0;
  let count = 0;
  for (const ch of text) {
    units += metrics.widths[ch] ?? metrics.defaultWidth;
    count++;
  }
  return (units / 1000) * size + Math.max(0, count - 1) * letterSpacingEm * size;
}

const BREAKABLE_AFTER = /[\s\u3000-\u9fff\uf900-\ufaff\uff00-\uffef]/u;

/** maplibre-like line breaking: as many lines as the width needs, each near the same length. */
export function wrapLabel(text: string, size: number, maxWidthEm: number, letterSpacingEm: number, metrics: FontMetrics): string[] {
  const explicit = text.split('\n');
  if (explicit.length > 1) return explicit.flatMap((line) => wrapLabel(line, size, maxWidthEm, letterSpacingEm, metrics));
  const total = textWidth(text, size, letterSpacingEm, metrics);
  const max = maxWidthEm * size;
  if (total <= max || max <= 0) return [text];
  const count = Math.ceil(total / max);
  const target = total / count;
  const chars = Array.from(text);
  const lines: string[] = [];
  let line = '';
  let width = 0;
  for (const [i, ch] of chars.entries()) {
    const w = textWidth(ch, size, 0, metrics) + letterSpacingEm * size;
    const next = chars[i + 1];
    line += ch;
    width += w;
    // The k-th break where the text reached k shares and the script allows it (after a space or
    // an ideograph, before an ideograph); never more than the line count needs.
    const due = (lines.length + 1) * target - w / 2;
    if (next !== undefined && lines.length < count - 1 && width >= due && (BREAKABLE_AFTER.test(ch) || BREAKABLE_AFTER.test(next))) {
      lines.push(line.trim());
      line = '';
    }
  }
  if (line.trim()) lines.push(line.trim());
  return lines;
}

/** maplibre's `text-radial-offset` → offset in ems for one anchor (fromRadialOffset in its symbol layout). */
export function radialOffset(anchor: Anchor, offset: number): [number, number] {
  const r = Math.max(0, offset);
  const h = r / Math.SQRT2;
  let x = 0;
  let y = 0;
  if (anchor === 'top-right' || anchor === 'top-left') y = h - BASELINE_OFFSET_EM;
  else if (anchor === 'bottom-right' || anchor === 'bottom-left') y = -h + BASELINE_OFFSET_EM;
  else if (anchor === 'bottom') y = -r + BASELINE_OFFSET_EM;
  else if (anchor === 'top') y = r - BASELINE_OFFSET_EM;
  if (anchor === 'top-right' || anchor === 'bottom-right') x = -h;
  else if (anchor === 'top-left' || anchor === 'bottom-left') x = h;
  else if (anchor === 'left') x = r;
  else if (anchor === 'right') x = -r;
  return [x, y];
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The text box of a label whose `anchor` side sits at `point` moved by `offset` (pixels). */
export function labelBox(point: [number, number], anchor: Anchor, offset: [number, number], w: number, h: number): Box {
  const ax = point[0] + offset[0];
  const ay = point[1] + offset[1];
  const x = anchor.includes('left') ? ax : anchor.includes('right') ? ax - w : ax - w / 2;
  const y = anchor.startsWith('top') ? ay : anchor.startsWith('bottom') ? ay - h : ay - h / 2;
  return { x, y, w, h };
}

/** Baselines of the lines in a box, each centred on the box's middle. */
export function boxLines(box: Box, lines: string[], size: number, lineHeightEm: number): Array<{ text: string; x: number; y: number }> {
  const line = lineHeightEm * size;
  return lines.map((text, i) => ({ text, x: box.x + box.w / 2, y: box.y + i * line + (line - size) / 2 + ASCENT_EM * size }));
}

export interface LineHit {
  /** Distance along the line, in pixels. */
  s: number;
  x: number;
  y: number;
  /** Direction of the line here, degrees clockwise from east. */
  angle: number;
}

/**
 * The labels along a line, from the points where maplibre reports one drawn: hits closer than
 * half the text's length (plus a step) belong to the same label (its glyph boxes leave gaps
 * between them); each label sits at the hit nearest its run's middle.
 */
export function labelsFromHits(hits: readonly LineHit[], textLength: number, step: number): LineHit[] {
  const labels: LineHit[] = [];
  let run: LineHit[] = [];
  const flush = () => {
    const first = run[0];
    const last = run[run.length - 1];
    if (first && last) {
      const middle = (first.s + last.s) / 2;
      const nearest = run.reduce((best, h) => (Math.abs(h.s - middle) < Math.abs(best.s - middle) ? h : best), first);
      labels.push(nearest);
    }
    run = [];
  };
  for (const hit of hits) {
    const last = run[run.length - 1];
    if (last && hit.s - last.s > textLength / 2 + step) flush();
    run.push(hit);
  }
  flush();
  return labels;
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/u;

/**
 * How maplibre sets a label along a line: turned to read left to right (never upside down), and
 * Chinese on a line nearer vertical than horizontal stacked upright, top to bottom, tilted with
 * the line. Returns the text's lines (centred on the point) and the rotation about it.
 */
export function alongLine(text: string, at: { x: number; y: number; angle: number }, size: number, letterSpacingPx: number): { lines: Array<{ text: string; x: number; y: number }>; rotate: number } {
  let angle = at.angle;
  if (angle > 90) angle -= 180;
  if (angle <= -90) angle += 180;
  const baselineShift = (ASCENT_EM - 0.5) * size;
  if (CJK.test(text) && Math.abs(angle) > 45) {
    const chars = Array.from(text);
    const advance = size + letterSpacingPx;
    const top = at.y - (chars.length * advance) / 2 + advance / 2;
    return {
      lines: chars.map((ch, i) => ({ text: ch, x: at.x, y: top + i * advance + baselineShift })),
      rotate: angle > 0 ? angle - 90 : angle + 90,
    };
  }
  return { lines: [{ text, x: at.x, y: at.y + baselineShift }], rotate: angle };
}

/**
 * Groups of hits (CSS pixels where maplibre reports an area's label drawn) that are one label:
 * hits closer than `gap` on both axes to a hit of the group join it. Each group's box, for the
 * label to be centred in. A park that crosses a tile boundary may be labelled once per tile.
 */
export function hitGroups(hits: ReadonlyArray<[number, number]>, gap: number): Box[] {
  const groups: Array<Array<[number, number]>> = [];
  for (const hit of hits) {
    const near = groups.filter((g) => g.some(([x, y]) => Math.abs(x - hit[0]) <= gap && Math.abs(y - hit[1]) <= gap));
    const merged: Array<[number, number]> = [hit, ...near.flat()];
    for (const g of near) groups.splice(groups.indexOf(g), 1);
    groups.push(merged);
  }
  return groups.map((g) => {
    const xs = g.map(([x]) => x);
    const ys = g.map(([, y]) => y);
    const x = Math.min(...xs);
    const y = Math.min(...ys);
    return { x, y, w: Math.max(...xs) - x, h: Math.max(...ys) - y };
  });
}
