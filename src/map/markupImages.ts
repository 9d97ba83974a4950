/**
 * The hatch a proposed (规划) area is filled with: diagonal lines in the shape's colour, made on
 * demand when a style asks for `markup-hatch-<rrggbb>` (the live map and every offscreen export
 * map), at the map's own pixel ratio so the lines stay crisp in a 300 dpi export.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import { rgbChannels } from '../encoding/color';
import { HATCH_IMAGE_PREFIX, HATCH_SPACING, HATCH_WIDTH } from '../layers/markup';

export function hatchImage(hex: string, pixelRatio: number): { width: number; height: number; data: Uint8Array } {
  const size = Math.max(2, Math.round(HATCH_SPACING * pixelRatio));
  const [r, g, b] = rgbChannels(hex);
  const data = new Uint8Array(size * size * 4);
  const half = (HATCH_WIDTH * pixelRatio) / 2;
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      // Distance across the 45° lines x + y = k·size (the tile repeats them seamlessly).
      const t = (x + y + 1) % size;
      const d = Math.min(t, size - t) / Math.SQRT2;
      const alpha = Math.max(0, Math.min(1, half + 0.5 - d));
      const i = (y * size + x) * 4;
      data.set([r, g, b, Math.round(alpha * 255)], i);
    }
  }
  return { width: size, height: size, data };
}

/** Supplies hatch images to a map whenever its style asks for one. */
export function provideMarkupImages(map: MaplibreMap): () => void {
  const onMissing = (e: { id: string }) => {
    if (!e.id.startsWith(HATCH_IMAGE_PREFIX)) return;
    const hex = e.id.slice(HATCH_IMAGE_PREFIX.length);
    if (!/^[0-9a-f]{6}$/i.test(hex) || map.hasImage(e.id)) return;
    const pixelRatio = map.getPixelRatio();
    map.addImage(e.id, hatchImage(`#${hex}`, pixelRatio), { pixelRatio });
  };
  map.on('styleimagemissing', onMissing);
  return () => map.off('styleimagemissing', onMissing);
}
