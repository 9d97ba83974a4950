/**
 * Analysis layers built from the planning data with src/geo: great-circle links from Futian to
 * each partner area (labelled with their length) and distance rings around Futian. Labels are
 * formatted here, in both languages, with the app's own formatter.
 */
import { along, circle, destination, featureCollection, greatCircle, length } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, LineString, Point } from 'geojson';
import { distanceFigure } from '../../src/geo/figures';
import { formatDistance, formatExactKm } from '../../src/i18n/format';
import { bearingDeg, compassPoint, distanceKm, labelPoint } from '../../src/geo/measure';
import { roundPositions } from '../basemap/datum';
import type { ZoneProps } from './build';

export const PARTNER_IDS = ['boluo', 'heping', 'xiangqiao', 'xiaomo'] as const;
export const RING_RADII_KM = [50, 100, 200, 300] as const;

const round = <G extends Geometry>(g: G) => roundPositions(g, 5);

export function buildAnalysis(zones: Map<string, Feature<Geometry, ZoneProps>>): { links: FeatureCollection; rings: FeatureCollection } {
  const futian = zones.get('futian');
  if (!futian) throw new Error('analysis: no Futian');
  const origin = labelPoint(futian.geometry);

  const links = PARTNER_IDS.flatMap((id): Feature<Geometry>[] => {
    const partner = zones.get(id);
    if (!partner) throw new Error(`analysis: no ${id}`);
    const to = labelPoint(partner.geometry);
    const km = distanceKm(origin, to);
    // Labelled only as precisely as both ends are placed (小漠 is an estimate to ±5 km).
    const uncertaintyM = futian.properties.accuracy_m + partner.properties.accuracy_m;
    const line = greatCircle(origin, to, { npoints: 64 }).geometry as LineString;
    const compass = compassPoint(bearingDeg(origin, to));
    // The figure the panel and the distance table print for the same pair: one value, one ±.
    const figure = distanceFigure(km, uncertaintyM);
    const properties = { to: id, km: figure.km, plus_minus_km: figure.plusMinusKm, compass };
    // The label is a point 62 % of the way out: line-placed labels vanish on short screen lengths,
    // and the midpoint of the Heping link falls on Boluo's name.
    return [
      { type: 'Feature' as const, properties: { id: `link-${id}`, part: 'link', ...properties }, geometry: round(line) },
      {
        type: 'Feature' as const,
        properties: { id: `link-${id}-label`, part: 'label', ...properties, label_zh: formatDistance(figure, 'zh', true), label_en: formatDistance(figure, 'en', true) },
        geometry: round(along(line, length({ type: 'Feature', properties: {}, geometry: line }) * 0.62).geometry),
      },
    ];
  });

  const rings: Feature<Geometry>[] = RING_RADII_KM.flatMap((r) => {
    const ring = circle(origin, r, { steps: 128, units: 'kilometers' });
    const outline: LineString = { type: 'LineString', coordinates: ring.geometry.coordinates[0] };
    const labelAt: Point = destination(origin, r, 0, { units: 'kilometers' }).geometry;
    const label = { zh: formatExactKm(r, 'zh'), en: formatExactKm(r, 'en') };
    return [
      { type: 'Feature' as const, properties: { id: `ring-${r}`, km: r, part: 'ring' }, geometry: round(outline) },
      { type: 'Feature' as const, properties: { id: `ring-${r}-label`, km: r, part: 'label', label_zh: label.zh, label_en: label.en }, geometry: round(labelAt) },
    ];
  });
  return { links: featureCollection(links), rings: featureCollection(rings) };
}


