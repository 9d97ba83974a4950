/**
 * A CSV point list as GeoJSON points, read with papaparse: the longitude/latitude (or x/y)
 * columns found by name (English, Chinese 经度/纬度, x/y) or picked by the planner when the names
 * say nothing, every other column kept as an attribute. Metres rather than degrees are reprojected with the system the planner picks
 * (src/import/crs.ts proposes them). Pure: runs in the import worker.
 */
import Papa from 'papaparse';
import type { Feature, FeatureCollection } from 'geojson';
import { type CrsDef, crsById, looksProjected, proposeCrs, toWgs84 } from './crs';

const X_NAMES = /^(lon|lng|long|longitude|经度|x|point_x|东坐标|x坐标)$/i;
const Y_NAMES = /^(lat|latitude|纬度|y|point_y|北坐标|y坐标)$/i;

export type CsvResult =
  | { kind: 'layers'; layers: Array<{ name: string; collection: FeatureCollection; crs: string | null; encoding: string }> }
  | { kind: 'needsCrs'; names: string[]; candidates: Array<CrsDef & { centre: [number, number] }> }
  | { kind: 'needsColumns'; name: string; columns: string[] };

/** UTF-8, else GBK (a CSV saved by a Chinese Excel). */
export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, ''), encoding: 'UTF-8' };
  } catch {
    return { text: new TextDecoder('gbk').decode(bytes), encoding: 'GBK' };
  }
}

/** `columns`: the x (longitude) and y (latitude) columns the planner picked when their names were not recognised. */
export function readCsv(bytes: Uint8Array, name: string, crs?: string, columns?: { x: string; y: string }): CsvResult {
  const { text, encoding } = decodeText(bytes);
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  const fields = parsed.meta.fields ?? [];
  const picked = columns && fields.includes(columns.x) && fields.includes(columns.y) ? columns : null;
  const xCol = picked?.x ?? fields.find((c) => X_NAMES.test(c.trim()));
  const yCol = picked?.y ?? fields.find((c) => Y_NAMES.test(c.trim()));
  if (!xCol || !yCol) return { kind: 'needsColumns', name, columns: fields.slice(0, 100) };
  const rows = parsed.data.map((row) => ({ row, xy: [Number(row[xCol]), Number(row[yCol])] as [number, number] })).filter((r) => Number.isFinite(r.xy[0]) && Number.isFinite(r.xy[1]));
  const points = rows.map((r) => r.xy);
  const projected = looksProjected(points);
  if (projected && !crs) {
    const mid = points[Math.floor(points.length / 2)] ?? [0, 0];
    return { kind: 'needsCrs', names: [name], candidates: proposeCrs(points).map((c) => ({ ...c, centre: toWgs84(c)(mid) })) };
  }
  const def = projected && crs ? crsById(crs) : undefined;
  const forward = def ? toWgs84(def) : (xy: readonly number[]) => [xy[0] ?? 0, xy[1] ?? 0] as [number, number];
  const features: Feature[] = rows.map(({ row, xy }) => {
    const properties = Object.fromEntries(Object.entries(row).filter(([k]) => k !== xCol && k !== yCol));
    return { type: 'Feature', properties, geometry: { type: 'Point', coordinates: forward(xy) } };
  });
  return { kind: 'layers', layers: [{ name, collection: { type: 'FeatureCollection', features }, crs: def?.id ?? null, encoding }] };
}
