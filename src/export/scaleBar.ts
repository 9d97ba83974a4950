/** Scale bar maths for an exported map: Web Mercator with maplibre's 512-pixel tiles. */

const EARTH_RADIUS_M = 6378137; // WGS84 semi-major axis: the sphere Web Mercator projects
const TILE_SIZE = 512;

/** A position in Web Mercator world pixels at `zoom` (maplibre's 512-pixel tiles), x east, y south. */
export function worldPx([lng, lat]: readonly [number, number], zoom: number): [number, number] {
  const world = TILE_SIZE * 2 ** zoom;
  const phi = (lat * Math.PI) / 180;
  return [((lng + 180) / 360) * world, ((1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2) * world];
}

/** Ground metres per CSS pixel at a latitude and zoom (pitch 0). */
export function metresPerCssPixel(latitude: number, zoom: number): number {
  return (2 * Math.PI * EARTH_RADIUS_M * Math.cos((latitude * Math.PI) / 180)) / (TILE_SIZE * 2 ** zoom);
}

export interface ScaleBar {
  metres: number;
  /** Length of the bar in image pixels. */
  pixels: number;
  label: string;
}

/** The longest 1, 2 or 5 × 10ⁿ metres that fits in `maxPixels`. */
export function niceScaleBar(metresPerPixel: number, maxPixels: number): ScaleBar {
  const maxMetres = metresPerPixel * maxPixels;
  const magnitude = 10 ** Math.floor(Math.log10(maxMetres));
  const step = [5, 2, 1].find((f) => f * magnitude <= maxMetres) ?? 1;
  const metres = step * magnitude;
  const label = metres >= 1000 ? `${metres / 1000} km` : `${metres} m`;
  return { metres, pixels: metres / metresPerPixel, label };
}
