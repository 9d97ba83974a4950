/**
 * Checks a GeoJSON file a planner brings, before anything reaches the map. Pure. Valid features
 * load; each problem names the feature index. Refuses whole files only when they cannot be used
 * at all (too big, not JSON, not GeoJSON, projected coordinates throughout).
 */
import type { Feature, FeatureCollection, Position } from 'geojson';
import gjv from 'geojson-validation';
import { vertices } from '../geo/measure';

/** Documented in the README: larger files are refused with this message, not parsed. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const MAX_IMPORT_FEATURES = 5000;

export type ImportProblemKind = 'invalid' | 'range' | 'swapped' | 'projected' | 'empty' | 'unsupported';

export interface ImportProblem {
  /** Feature index in the file, or -1 for the file as a whole. */
  index: number;
  kind: ImportProblemKind;
  detail: string;
}

export interface ImportResult {
  /** null when the file is refused as a whole. */
  collection: FeatureCollection | null;
  problems: ImportProblem[];
  /** Hints that do not block loading (e.g. a declared non-WGS84 datum). */
  warnings: string[];
}

/** Why a feature's coordinates cannot be WGS84 longitude/latitude, or null if they can. */
function coordinateProblem(coords: Position[]): { kind: ImportProblemKind; detail: string } | null {
  if (coords.length === 0) return { kind: 'empty', detail: 'no coordinates' };
  if (coords.some((p) => p.length < 2 || !Number.isFinite(p[0]) || !Number.isFinite(p[1]))) return { kind: 'invalid', detail: 'a coordinate is not a pair of numbers' };
  // Longitude and latitude given the wrong way round: in this region latitude is 18–27 and
  // longitude 108–118, so [22.5, 114.1] is a swapped pair.
  if (coords.every(([x, y]) => x >= 15 && x <= 30 && y >= 100 && y <= 125)) return { kind: 'swapped', detail: 'coordinates look like [latitude, longitude]; GeoJSON is [longitude, latitude]' };
  if (coords.some(([x, y]) => Math.abs(x) > 180 || Math.abs(y) > 90)) {
    return coords.every(([x, y]) => Math.abs(x) > 1000 || Math.abs(y) > 1000)
      ? { kind: 'projected', detail: 'coordinates look like projected metres (e.g. EPSG:3857 or a local grid), not longitude/latitude' }
      : { kind: 'range', detail: 'longitude must be within ±180 and latitude within ±90' };
  }
  return null;
}

const DATUM_HINT = /gcj|bd-?09|baidu|amap|gaode|tencent|火星|百度|高德|腾讯/i;

export function validateImport(text: string, byteLength = new TextEncoder().encode(text).length): ImportResult {
  const refuse = (kind: ImportProblemKind, detail: string): ImportResult => ({ collection: null, problems: [{ index: -1, kind, detail }], warnings: [] });
  if (byteLength > MAX_IMPORT_BYTES) return refuse('unsupported', `the file is ${(byteLength / 1048576).toFixed(1)} MB; the limit is ${MAX_IMPORT_BYTES / 1048576} MB`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return refuse('invalid', 'the file is not JSON');
  }
  const root = json as { type?: unknown; features?: unknown; crs?: unknown };
  const features: unknown[] =
    root?.type === 'FeatureCollection' && Array.isArray(root.features) ? root.features : root?.type === 'Feature' ? [root] : root?.type && typeof root.type === 'string' ? [{ type: 'Feature', properties: {}, geometry: root }] : [];
  if (features.length === 0) return refuse('invalid', 'no GeoJSON features found (expected a FeatureCollection, a Feature or a geometry)');
  if (features.length > MAX_IMPORT_FEATURES) return refuse('unsupported', `${features.length} features; the limit is ${MAX_IMPORT_FEATURES}`);

  const problems: ImportProblem[] = [];
  const kept: Feature[] = [];
  features.forEach((candidate, index) => {
    const errors = gjv.isFeature(candidate, true) as string[];
    const feature = candidate as Feature;
    if (errors.length > 0 || !feature.geometry) {
      problems.push({ index, kind: 'invalid', detail: errors[0] ?? 'a feature needs a geometry' });
      return;
    }
    const problem = coordinateProblem(vertices(feature.geometry));
    if (problem) {
      problems.push({ index, ...problem });
      return;
    }
    kept.push({ type: 'Feature', properties: feature.properties ?? {}, geometry: feature.geometry });
  });

  const warnings: string[] = [];
  if (DATUM_HINT.test(JSON.stringify(root.crs ?? '')) || DATUM_HINT.test(JSON.stringify(features[0] && (features[0] as Feature).properties))) {
    warnings.push('the file mentions GCJ-02/BD-09 or a Chinese web map: its coordinates may be offset by ~300–600 m from WGS84');
  }
  if (kept.length === 0) return { collection: null, problems, warnings };
  return { collection: { type: 'FeatureCollection', features: kept }, problems, warnings };
}
