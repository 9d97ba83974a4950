/**
 * Checks a GeoJSON file a planner brings, before anything reaches the map. Pure and total: every
 * input ends in a layer plus a list of refused features, or one reason the file cannot be used
 * — never an exception (deep nesting, odd values and broken rings included). Problems are kinds
 * the UI words in the planner's language; `detail` carries the specifics (a size, a count).
 */
import type { Feature, FeatureCollection, Geometry, LineString, Position } from 'geojson';
import gjv from 'geojson-validation';
import { pointToLineDistance } from '@turf/turf';
import { nestingDepth } from '../encoding/nesting';
import { vertices } from '../geo/measure';
import { usableShape } from './usableShape';

/** Documented in the README: larger files are refused with this message, not parsed. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const MAX_IMPORT_FEATURES = 5000;
/** Deeper than this is no geometry or attribute table a planner means: refused, not recursed into. */
export const MAX_NESTING = 24;

export type ImportProblemKind =
  | 'notJson'
  | 'noFeatures'
  | 'tooLarge'
  | 'tooMany'
  | 'invalid'
  | 'range'
  | 'swapped'
  | 'projected'
  | 'empty'
  | 'nestedCollection'
  | 'tooDeep'
  | 'degenerate'
  // A zipped Shapefile's (src/import/shapefile.ts):
  | 'notZip'
  | 'noShp'
  | 'zipTooLarge'
  | 'unzippedTooLarge'
  | 'unknownCrs'
  | 'damaged'
  | 'loneShp'
  | 'noCrsFits'
  | 'kmlNotXml';

export interface ImportProblem {
  /** Feature index in the file, or -1 for the file as a whole. */
  index: number;
  kind: ImportProblemKind;
  /** Specifics in the file's own terms (a byte count, the validator's words), not a sentence. */
  detail: string;
}

export type ImportWarningKind = 'datumDeclared' | 'datumOffset' | 'selfIntersectionsSplit';

export interface ImportResult {
  /** null when the file is refused as a whole. */
  collection: FeatureCollection | null;
  problems: ImportProblem[];
  /** Hints that do not block loading (a declared or detected GCJ-02/BD-09 datum). */
  warnings: ImportWarningKind[];
}

/** Why a feature's coordinates cannot be WGS84 longitude/latitude, or null if they can. */
function coordinateProblem(coords: Position[]): { kind: ImportProblemKind; detail: string } | null {
  if (coords.length === 0) return { kind: 'empty', detail: '' };
  if (coords.some((p) => !Array.isArray(p) || p.length < 2 || typeof p[0] !== 'number' || typeof p[1] !== 'number' || !Number.isFinite(p[0]) || !Number.isFinite(p[1]))) return { kind: 'invalid', detail: 'coordinate' };
  // Longitude and latitude given the wrong way round: in this region latitude is 18–27 and
  // longitude 108–118, so [22.5, 114.1] is a swapped pair.
  if (coords.every(([x, y]) => x >= 15 && x <= 30 && y >= 100 && y <= 125)) return { kind: 'swapped', detail: '' };
  if (coords.some(([x, y]) => Math.abs(x) > 180 || Math.abs(y) > 90)) {
    return coords.every(([x, y]) => Math.abs(x) > 1000 || Math.abs(y) > 1000) ? { kind: 'projected', detail: '' } : { kind: 'range', detail: '' };
  }
  return null;
}

/** geojson-validation accepts a collection inside a collection, which Turf cannot measure. */
function hasNestedCollection(g: Geometry): boolean {
  return g.type === 'GeometryCollection' && g.geometries.some((child) => child.type === 'GeometryCollection');
}

const DATUM_HINT = /gcj|bd-?09|baidu|amap|gaode|tencent|火星|百度|高德|腾讯/i;

/** Text of a value for the datum hint, bounded and safe on any input. */
function hintText(value: unknown): string {
  if (value === undefined || nestingDepth(value, MAX_NESTING) > MAX_NESTING) return '';
  try {
    return JSON.stringify(value).slice(0, 10_000);
  } catch {
    return '';
  }
}

/**
 * What recognising a GCJ-02 file by its offset needs: a reference line (Futian's boundary) and the
 * GCJ-02 → WGS84 conversion (src/geo/datum.ts, which the caller loads only when a file is opened).
 */
export interface DatumCheck {
  outline: LineString;
  toWgs84: (p: Position) => Position;
}

/**
 * A file drawn in GCJ-02 sits 300–600 m off WGS84 in one direction. Where its lines run along a
 * reference outline (Futian's boundary), converting them from GCJ-02 brings them much closer:
 * that is the offset, detected without a CRS hint.
 */
export function looksLikeGcj02(features: readonly Feature[], { outline, toWgs84 }: DatumCheck): boolean {
  const sample = features.flatMap((f) => vertices(f.geometry)).filter((_, i, all) => i % Math.max(1, Math.floor(all.length / 400)) === 0);
  if (sample.length < 8) return false;
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const asIs = median(sample.map((p) => pointToLineDistance(p, outline, { units: 'meters' })));
  const converted = median(sample.map((p) => pointToLineDistance(toWgs84(p), outline, { units: 'meters' })));
  return asIs > 150 && asIs < 2000 && converted < asIs * 0.5;
}

/** The whole file refused, for one reason. */
const refuse = (kind: ImportProblemKind, detail = ''): ImportResult => ({ collection: null, problems: [{ index: -1, kind, detail }], warnings: [] });

/** A Shapefile (read in the import worker) may hold more features than a GeoJSON file. */
export const MAX_SHAPEFILE_FEATURES = 20_000;

/** Checks an already-parsed GeoJSON value (a Shapefile's layer), as a file's is checked. */
export function validateGeoJsonValue(root: { type?: unknown; features?: unknown; crs?: unknown }, maxFeatures = MAX_IMPORT_FEATURES): ImportResult {
  return validateFeatures(root, undefined, maxFeatures);
}

function validateFeatures(root: { type?: unknown; features?: unknown; crs?: unknown }, datum?: DatumCheck, maxFeatures = MAX_IMPORT_FEATURES): ImportResult {
  const features: unknown[] =
    root?.type === 'FeatureCollection' && Array.isArray(root.features) ? root.features : root?.type === 'Feature' ? [root] : root?.type && typeof root.type === 'string' ? [{ type: 'Feature', properties: {}, geometry: root }] : [];
  if (features.length === 0) return refuse('noFeatures');
  if (features.length > maxFeatures) return refuse('tooMany', String(features.length));

  const problems: ImportProblem[] = [];
  const kept: Feature[] = [];
  let split = 0;
  features.forEach((candidate, index) => {
    try {
      if (nestingDepth(candidate, MAX_NESTING) > MAX_NESTING) {
        problems.push({ index, kind: 'tooDeep', detail: '' });
        return;
      }
      const errors = gjv.isFeature(candidate, true) as string[];
      const feature = candidate as Feature;
      if (errors.length > 0 || !feature.geometry) {
        problems.push({ index, kind: 'invalid', detail: errors[0] ?? 'geometry' });
        return;
      }
      if (hasNestedCollection(feature.geometry)) {
        problems.push({ index, kind: 'nestedCollection', detail: '' });
        return;
      }
      const problem = coordinateProblem(vertices(feature.geometry));
      if (problem) {
        problems.push({ index, ...problem });
        return;
      }
      const shape = usableShape(feature.geometry);
      if ('degenerate' in shape) {
        problems.push({ index, kind: 'degenerate', detail: shape.degenerate });
        return;
      }
      if (shape.split) split++;
      const properties = feature.properties && typeof feature.properties === 'object' && !Array.isArray(feature.properties) ? feature.properties : {};
      // A feature's id is kept when it is a short string or a number (markup files round-trip by id).
      const id = (typeof feature.id === 'string' && feature.id.length <= 64) || (typeof feature.id === 'number' && Number.isFinite(feature.id)) ? { id: feature.id } : {};
      kept.push({ type: 'Feature', ...id, properties, geometry: shape.geometry });
    } catch (error) {
      // A validator or geometry routine that gives up on this feature refuses it, not the file.
      problems.push({ index, kind: 'invalid', detail: error instanceof Error ? error.message.slice(0, 120) : 'feature' });
    }
  });

  const warnings: ImportWarningKind[] = [];
  if (DATUM_HINT.test(hintText(root.crs)) || DATUM_HINT.test(hintText(features[0] && (features[0] as Feature).properties))) warnings.push('datumDeclared');
  else if (datum && kept.length > 0 && looksLikeGcj02(kept, datum)) warnings.push('datumOffset');
  if (split > 0) warnings.push('selfIntersectionsSplit');
  if (kept.length === 0) return { collection: null, problems, warnings };
  return { collection: { type: 'FeatureCollection', features: kept }, problems, warnings };
}

/**
 * `datum`: what recognises a file drawn in GCJ-02 by its offset; without it only a declared datum
 * is noticed.
 */
export function validateImport(text: string, byteLength = new TextEncoder().encode(text).length, datum?: DatumCheck): ImportResult {
  if (byteLength > MAX_IMPORT_BYTES) return refuse('tooLarge', String(byteLength));
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return refuse('notJson');
  }
  try {
    if (json === null || typeof json !== 'object' || Array.isArray(json)) return refuse('noFeatures');
    return validateFeatures(json as { type?: unknown }, datum);
  } catch {
    return refuse('invalid', 'file');
  }
}
