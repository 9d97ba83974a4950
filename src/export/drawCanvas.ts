/** Draws the export layout on a 2D canvas: the PNG renderer. */
import type { Measure, Paint, Primitive } from './layout';

const EXPORT_FONT_FAMILY = "'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', system-ui, sans-serif";

function font(size: number, bold: boolean): string {
  return `${bold ? '700' : '400'} ${size}px ${EXPORT_FONT_FAMILY}`;
}

export function canvasMeasure(ctx: CanvasRenderingContext2D): Measure {
  return (text, size, bold) => {
    ctx.font = font(size, bold);
    return ctx.measureText(text).width;
  };
}

function strokeAndFill(ctx: CanvasRenderingContext2D, p: Paint): void {
  if (p.fill) {
    ctx.globalAlpha = p.fillOpacity ?? 1;
    ctx.fillStyle = p.fill;
    ctx.fill();
    ctx.globalAlpha = 1;
  }
  if (p.stroke) {
    ctx.setLineDash(p.dash ?? []);
    ctx.lineWidth = p.lineWidth ?? 1;
    ctx.strokeStyle = p.stroke;
    ctx.stroke();
    ctx.setLineDash([]);
  }
}

/**
 * `map` is the offscreen map's canvas; it may be a pixel larger than the map's rectangle
 * (maplibre floors its size from CSS pixels), so the centre of it is cropped to fit exactly.
 * Without one (a QR code alone, for a deck), 'map' primitives draw nothing.
 */
export function drawPrimitives(ctx: CanvasRenderingContext2D, primitives: readonly Primitive[], map?: CanvasImageSource & { width: number; height: number }): void {
  for (const p of primitives) {
    ctx.beginPath();
    switch (p.kind) {
      case 'map': {
        if (!map) break;
        const sx = Math.floor((map.width - p.rect.w) / 2);
        const sy = Math.floor((map.height - p.rect.h) / 2);
        ctx.drawImage(map, sx, sy, p.rect.w, p.rect.h, p.rect.x, p.rect.y, p.rect.w, p.rect.h);
        break;
      }
      case 'rect':
        ctx.rect(p.rect.x, p.rect.y, p.rect.w, p.rect.h);
        strokeAndFill(ctx, p);
        break;
      case 'path':
        for (const [i, [x, y]] of p.points.entries()) {
          if (i === 0) ctx.moveTo(x, y);
          else ctx.lineTo(x, y);
        }
        if (p.closed) ctx.closePath();
        strokeAndFill(ctx, p);
        break;
      case 'circle':
        ctx.arc(p.cx, p.cy, p.r, 0, 2 * Math.PI);
        strokeAndFill(ctx, p);
        break;
      case 'text':
        ctx.font = font(p.size, p.bold);
        ctx.fillStyle = p.color;
        ctx.textAlign = p.align;
        ctx.textBaseline = 'alphabetic';
        ctx.fillText(p.text, p.x, p.y);
        break;
      case 'qr':
        ctx.fillStyle = '#000000';
        for (const [r, row] of p.modules.entries()) {
          for (const [c, dark] of row.entries()) if (dark) ctx.fillRect(p.x + c * p.modulePx, p.y + r * p.modulePx, p.modulePx, p.modulePx);
        }
        break;
    }
  }
}
