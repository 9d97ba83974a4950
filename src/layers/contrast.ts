/**
 * Text colours that read on their halo: WCAG 2 relative luminance and contrast ratio, and the
 * darkest-needed shade of a colour that reaches a ratio (labels keep their layer's hue, darker).
 */

import { rgbChannels as channels } from '../encoding/color';

export function relativeLuminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const hex2 = (v: number) => Math.round(v).toString(16).padStart(2, '0');

/** `color` itself if it reaches `ratio` against `background`, else the least-darkened shade of it that does. */
export function inkOn(color: string, background: string, ratio = 4.5): string {
  const [r, g, b] = channels(color);
  for (let k = 1; k >= 0; k -= 0.02) {
    const shade = `#${hex2(r * k)}${hex2(g * k)}${hex2(b * k)}`;
    if (contrastRatio(shade, background) >= ratio) return k === 1 ? color : shade;
  }
  return '#000000';
}
