/** The length of a drawn path (markup's lines, polygons' perimeters). Pure; Turf does the maths. */
import { length } from '@turf/turf';
import type { LngLat } from './measure';

export function pathLengthKm(points: readonly LngLat[]): number {
  if (points.length < 2) return 0;
  return length({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: points as LngLat[] } }, { units: 'kilometers' });
}
