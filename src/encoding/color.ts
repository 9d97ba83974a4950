/** The one reader of `#rgb` / `#rrggbb` colours (style paint values, legend swatches, page ink). */

/** Red, green and blue, 0–255; throws on anything but a 3- or 6-digit hex colour (the Atlas writes only those). */
export function rgbChannels(hex: string): [number, number, number] {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!m?.[1]) throw new Error(`not a #rgb or #rrggbb colour: ${hex}`);
  const full = m[1].length === 3 ? m[1].replace(/./g, (c) => c + c) : m[1];
  const n = Number.parseInt(full, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}
