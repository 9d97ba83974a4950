/**
 * Page operators for the export layout's primitives (rectangles, paths, circles, the QR code):
 * the coordinate transform from layout pixels (y down) to PDF points (y up) and the fill/stroke
 * painter. Text and the map frame are drawn by the writer's own painters (./pdf.ts).
 */
import type { Paint, Primitive } from './layout';
import { circlePath, n, qrRuns, rgb } from './pdfObjects';

export type TextPrimitive = Extract<Primitive, { kind: 'text' }>;

export class ContentWriter {
  readonly ops: string[] = [];
  /** Fill opacities used by `paint`, in percent (named `/GA<percent>` graphics states). */
  readonly alphas = new Set<number>();
  constructor(
    readonly scale: number,
    private readonly height: number,
  ) {}
  x(v: number) {
    return n(v * this.scale);
  }
  y(v: number) {
    return n(this.height - v * this.scale);
  }
  len(v: number) {
    return n(v * this.scale);
  }
  paint(p: Paint, path: string): void {
    const ops = ['q'];
    const alpha = Math.round((p.fillOpacity ?? 1) * 100);
    const stroke = p.stroke ? [`${rgb(p.stroke)} RG`, `${this.len(p.lineWidth ?? 1)} w`, `[${(p.dash ?? []).map((d) => this.len(d)).join(' ')}] 0 d`] : [];
    if (p.fill && alpha < 100) {
      this.alphas.add(alpha);
      ops.push(`/GA${alpha} gs`);
    }
    if (p.fill) ops.push(`${rgb(p.fill)} rg`);
    // A stroke keeps full opacity after a translucent fill: draw them as two paints.
    if (p.fill && p.stroke && alpha < 100) ops.push(path, 'f', 'Q', 'q', ...stroke, path, 'S');
    else ops.push(...stroke, path, p.fill && p.stroke ? 'B' : p.fill ? 'f' : 'S');
    ops.push('Q');
    this.ops.push(ops.join('\n'));
  }
}

/** The layout's primitives as page operators; `text` draws text, `map` the map frame's content. */
export function primitiveContent(
  primitives: readonly Primitive[],
  w: ContentWriter,
  painters: { text: (w: ContentWriter, p: TextPrimitive) => void; map: (w: ContentWriter, rect: Extract<Primitive, { kind: 'map' }>['rect']) => void },
): void {
  for (const p of primitives) {
    if (p.kind === 'map') {
      painters.map(w, p.rect);
    } else if (p.kind === 'rect') {
      w.paint(p, `${w.x(p.rect.x)} ${w.y(p.rect.y + p.rect.h)} ${w.len(p.rect.w)} ${w.len(p.rect.h)} re`);
    } else if (p.kind === 'path') {
      const path = p.points.map(([x, y], i) => `${w.x(x)} ${w.y(y)} ${i === 0 ? 'm' : 'l'}`).join(' ') + (p.closed ? ' h' : '');
      w.paint(p, path);
    } else if (p.kind === 'circle') {
      const { cx, cy, r } = p;
      const path = circlePath((dx, dy) => `${w.x(cx + dx)} ${w.y(cy + dy)}`, r);
      w.paint(p, path);
    } else if (p.kind === 'text') {
      painters.text(w, p);
    } else if (p.kind === 'qr') {
      const rects = qrRuns(p.modules).map(([r, c, length]) => `${w.x(p.x + c * p.modulePx)} ${w.y(p.y + (r + 1) * p.modulePx)} ${w.len(length * p.modulePx)} ${w.len(p.modulePx)} re`);
      w.ops.push(`q 0 0 0 rg\n${rects.join('\n')}\nf Q`);
    }
  }
}
