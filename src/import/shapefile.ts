/**
 * A zipped Shapefile as GeoJSON layers, read with shpjs (geometry and .dbf) after fflate unzips
 * it: each .shp with its .dbf, .prj and .cpg. Attributes are decoded as the .cpg says; without
 * one, as UTF-8 unless that leaves undecodable bytes, then as GBK (a Chinese office's archive).
 * Coordinates are reprojected to WGS84 with the .prj's system, or with the one the planner picks
 * when there is no .prj and the numbers are metres (src/import/crs.ts proposes them). Pure: runs
 * in the import worker.
 */
import { coordAll } from '@turf/turf';
import { unzipSync } from 'fflate';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { parseDbf, parseShp } from 'shpjs';
import { type CrsDef, crsById, crsFromText, looksProjected, proposeCrs, toWgs84, type Transform } from './crs';

/** Unzipped, a file may be at most this large (a zip bomb is refused before it is inflated). */
export const MAX_UNZIPPED_BYTES = 200 * 1024 * 1024;

export interface ShapefileLayer {
  name: string;
  collection: FeatureCollection;
  /** The system the coordinates were read in (null: already WGS84 degrees). */
  crs: string | null;
  /** How the attributes were decoded. */
  encoding: string;
}

export type ShapefileResult =
  | { kind: 'layers'; layers: ShapefileLayer[] }
  | { kind: 'needsCrs'; names: string[]; candidates: Array<CrsDef & { centre: [number, number] }> }
  | { kind: 'refused'; reason: 'notZip' | 'noShp' | 'tooLarge' | 'unknownCrs' | 'damaged'; detail?: string };

interface Parts {
  shp?: Uint8Array;
  dbf?: Uint8Array;
  prj?: string;
  cpg?: string;
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

function groupByLayer(files: Record<string, Uint8Array>): Map<string, Parts> {
  const layers = new Map<string, Parts>();
  for (const [path, bytes] of Object.entries(files)) {
    if (path.includes('__MACOSX')) continue;
    const match = /^(.*)\.(shp|dbf|prj|cpg)$/i.exec(path);
    if (!match) continue;
    const [, base = '', ext = ''] = match;
    const parts = layers.get(base) ?? {};
    const kind = ext.toLowerCase() as keyof Parts;
    if (kind === 'prj' || kind === 'cpg') parts[kind] = text(bytes);
    else parts[kind] = bytes;
    layers.set(base, parts);
  }
  return layers;
}

function decodeRecords(dbf: Uint8Array, cpg: string | undefined): { records: Array<Record<string, unknown>>; encoding: string } {
  if (cpg?.trim()) return { records: parseDbf(dbf, cpg.trim()), encoding: cpg.trim() };
  const utf8 = parseDbf(dbf);
  // Bytes that are not UTF-8 decode to U+FFFD: a .dbf without .cpg from a Chinese office is GBK.
  const broken = utf8.some((r) => Object.values(r).some((v) => typeof v === 'string' && v.includes('\uFFFD')));
  return broken ? { records: parseDbf(dbf, 'gbk'), encoding: 'GBK' } : { records: utf8, encoding: 'UTF-8' };
}

function reproject(geometry: Geometry, forward: Transform): Geometry {
  const map = (c: Position): Position => forward(c);
  switch (geometry.type) {
    case 'Point':
      return { type: 'Point', coordinates: map(geometry.coordinates) };
    case 'MultiPoint':
    case 'LineString':
      return { type: geometry.type, coordinates: geometry.coordinates.map(map) } as Geometry;
    case 'MultiLineString':
    case 'Polygon':
      return { type: geometry.type, coordinates: geometry.coordinates.map((r) => r.map(map)) } as Geometry;
    case 'MultiPolygon':
      return { type: 'MultiPolygon', coordinates: geometry.coordinates.map((p) => p.map((r) => r.map(map))) };
    case 'GeometryCollection':
      return { type: 'GeometryCollection', geometries: geometry.geometries.map((g) => reproject(g, forward)) };
  }
}

/** The layers of a zipped Shapefile, in WGS84; `crs` is the planner's choice for a file without .prj. */
export function readShapefileZip(bytes: Uint8Array, crs?: string, maxUnzipped = MAX_UNZIPPED_BYTES): ShapefileResult {
  let files: Record<string, Uint8Array>;
  let total = 0;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        total += file.originalSize;
        return /\.(shp|dbf|prj|cpg)$/i.test(file.name) && total <= maxUnzipped;
      },
    });
  } catch (error) {
    return { kind: 'refused', reason: 'notZip', detail: error instanceof Error ? error.message.slice(0, 80) : '' };
  }
  if (total > maxUnzipped) return { kind: 'refused', reason: 'tooLarge', detail: String(total) };
  const groups = [...groupByLayer(files)].filter(([, p]) => p.shp);
  if (groups.length === 0) return { kind: 'refused', reason: 'noShp' };
  const read: Array<{ name: string; geometries: Geometry[]; parts: Parts }> = [];
  try {
    for (const [name, parts] of groups) read.push({ name: name.split('/').pop() ?? name, geometries: parseShp(parts.shp as Uint8Array, false), parts });
  } catch (error) {
    return { kind: 'refused', reason: 'damaged', detail: error instanceof Error ? error.message.slice(0, 80) : '' };
  }
  // A layer without a .prj whose numbers are metres needs its system from the planner.
  const unplaced = read.filter((l) => !l.parts.prj && looksProjected(l.geometries.slice(0, 50).flatMap((g) => coordAll(g))));
  if (unplaced.length > 0 && !crs) {
    const sample = unplaced.flatMap((l) => l.geometries.slice(0, 50).flatMap((g) => coordAll(g)));
    // Each candidate with where it puts the data's middle: the planner's preview of the choice.
    const mid = sample[Math.floor(sample.length / 2)] ?? [0, 0];
    return { kind: 'needsCrs', names: unplaced.map((l) => l.name), candidates: proposeCrs(sample).map((c) => ({ ...c, centre: toWgs84(c)(mid) })) };
  }
  const layers: ShapefileLayer[] = [];
  for (const layer of read) {
    const stated = layer.parts.prj ? crsFromText(layer.parts.prj) : null;
    if (layer.parts.prj && !stated) return { kind: 'refused', reason: 'unknownCrs', detail: layer.parts.prj.slice(0, 80) };
    const chosen = unplaced.includes(layer) && crs ? crsById(crs) : undefined;
    const proj = stated?.proj ?? chosen?.proj ?? null;
    const forward = proj && stated?.id !== 'EPSG:4326' ? toWgs84(proj) : null;
    const { records, encoding } = layer.parts.dbf ? decodeRecords(layer.parts.dbf, layer.parts.cpg) : { records: [], encoding: '—' };
    const features: Feature[] = layer.geometries.map((g, i) => ({ type: 'Feature', properties: records[i] ?? {}, geometry: forward && g ? reproject(g, forward) : g }));
    layers.push({ name: layer.name, collection: { type: 'FeatureCollection', features }, crs: stated?.id ?? chosen?.id ?? (proj ? 'custom' : null), encoding });
  }
  return { kind: 'layers', layers };
}
