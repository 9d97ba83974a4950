/**
 * A hostile GeoJSON corpus, generated: 200 files mutating valid features at random (wrong types,
 * missing members, odd numbers, deep nesting, huge strings, prototype keys). validateImport is
 * total on all of them — never throws, and ends in a layer of valid features or one reason —
 * and what it keeps is safe to hand the map.
 */
import { describe, expect, it } from 'vitest';
import { prng } from '../../test/support/fuzz-queries';
import { mapSafeProperties } from './mapSafe';
import { validateImport } from './validateImport';

type Rand = () => number;
const pick = <T>(rand: Rand, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];

const ODD_VALUES: unknown[] = [null, true, 0, -0, 1e308, -1e308, 1e-320, '', 'x'.repeat(5000), '<img src=x onerror=alert(1)>', [], {}, [[[]]], { constructor: 1 }, { __proto__: { polluted: 1 } }, Number.MAX_SAFE_INTEGER];
const KEYS = ['type', 'geometry', 'properties', 'coordinates', 'geometries', 'features', 'constructor', '__proto__', 'prototype', 'id', 'bbox'];

function deep(depth: number, leaf: string): string {
  return `${'['.repeat(depth)}${leaf}${']'.repeat(depth)}`;
}

function validFeature(rand: Rand): Record<string, unknown> {
  const lng = 114 + rand() * 0.1;
  const lat = 22.5 + rand() * 0.1;
  const kind = pick(rand, ['Point', 'LineString', 'Polygon', 'MultiPolygon', 'GeometryCollection'] as const);
  const ring = [[lng, lat], [lng + 0.01, lat], [lng + 0.01, lat + 0.01], [lng, lat]];
  const geometry =
    kind === 'Point'
      ? { type: kind, coordinates: [lng, lat] }
      : kind === 'LineString'
        ? { type: kind, coordinates: ring.slice(0, 3) }
        : kind === 'Polygon'
          ? { type: kind, coordinates: [ring] }
          : kind === 'MultiPolygon'
            ? { type: kind, coordinates: [[ring]] }
            : { type: kind, geometries: [{ type: 'Point', coordinates: [lng, lat] }] };
  return { type: 'Feature', properties: { name: 'f' }, geometry };
}

/** One random damage to a JSON value, in place where possible. */
function mutate(rand: Rand, value: Record<string, unknown>): void {
  const geometry = value.geometry as Record<string, unknown> | undefined;
  switch (Math.floor(rand() * 8)) {
    case 0:
      value[pick(rand, KEYS)] = pick(rand, ODD_VALUES);
      break;
    case 1:
      if (geometry) geometry[pick(rand, KEYS)] = pick(rand, ODD_VALUES);
      break;
    case 2:
      if (geometry) geometry.type = pick(rand, ['Point', 'Polygon', 'Banana', 7, null, 'GeometryCollection']);
      break;
    case 3:
      delete value[pick(rand, ['type', 'geometry', 'properties'])];
      break;
    case 4:
      value.properties = { [pick(rand, KEYS)]: pick(rand, ODD_VALUES), big: 1e308 };
      break;
    case 5:
      if (geometry && Array.isArray(geometry.coordinates)) (geometry.coordinates as unknown[]).push(pick(rand, ODD_VALUES));
      break;
    case 6:
      if (geometry) geometry.coordinates = [pick(rand, [Number.NaN, Number.POSITIVE_INFINITY, '114', { x: 1 }]), 22.5];
      break;
    default:
      break;
  }
}

function hostileFile(rand: Rand): string {
  const features = Array.from({ length: 1 + Math.floor(rand() * 6) }, () => {
    const f = validFeature(rand);
    for (let i = Math.floor(rand() * 3); i > 0; i--) mutate(rand, f);
    return JSON.stringify(f);
  });
  const r = rand();
  // Some files carry a feature nested far too deep, written as text (stringify would overflow).
  if (r < 0.15) features.push(`{"type":"Feature","properties":{"d":${deep(3000 + Math.floor(rand() * 8000), '1')}},"geometry":{"type":"Point","coordinates":[114,22.5]}}`);
  else if (r < 0.25) features.push(`{"type":"Feature","properties":{},"geometry":{"type":"MultiPoint","coordinates":${deep(2000, '114')}}}`);
  const shape = rand();
  if (shape < 0.1) return features[0] ?? 'null';
  if (shape < 0.15) return `{"type":"FeatureCollection","features":{${features.length}:1}}`;
  if (shape < 0.2) return features.join(',');
  return `{"type":"FeatureCollection","features":[${features.join(',')}]}`;
}

describe('validateImport on a generated hostile corpus', () => {
  const rand = prng(20261201);
  const files = Array.from({ length: 200 }, () => hostileFile(rand));

  it.each(files.map((f, i) => [i, f.slice(0, 80)] as const))('file %i ends in a layer or one reason: %s', (i) => {
    const text = files[i];
    let result: ReturnType<typeof validateImport> | undefined;
    expect(() => {
      result = validateImport(text);
    }).not.toThrow();
    if (!result) return;
    if (result.collection === null) expect(result.problems.length).toBeGreaterThan(0);
    else {
      expect(result.collection.features.length).toBeGreaterThan(0);
      for (const f of result.collection.features) expect(() => JSON.stringify(mapSafeProperties(f.properties))).not.toThrow();
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
