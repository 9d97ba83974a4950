/**
 * OSM's generalised (1:1M) Hong Kong polygon pokes up to 1 km into Futian around the Lok Ma
 * Chau Loop, which cut a 0.37 km² piece of Futian off from the rest. Along that stretch the
 * border is the realigned Shenzhen River, so there the pipeline trusts the project's drawn river
 * (data/reference/drawn.json, ±200 m) over the generalised polygon: Hong Kong land north of it
 * is removed. Elsewhere OSM's border stands.
 */
import { difference, featureCollection, lineSlice, point, union } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { readDrawn } from '../reference/build';

/** The stretch (longitudes) where the generalised polygon was seen to cross the river. */
export const RIVER_BORDER_LNG: [number, number] = [114.066, 114.094];
const BEYOND_LAT = { north: 22.56, south: 22.49 };

export function drawnShenzhenRiver(): Position[] {
  const river = readDrawn().rivers.find((r) => r.id === 'shenzhen-river');
  if (!river) throw new Error('data/reference/drawn.json has no shenzhen-river');
  return river.path;
}

/** The land north (or south) of the drawn river between RIVER_BORDER_LNG: Shenzhen's (or Hong Kong's) side. */
export function sideOfRiver(river: Position[], side: 'north' | 'south'): Polygon {
  const line = { type: 'Feature' as const, properties: {}, geometry: { type: 'LineString' as const, coordinates: river } };
  const atLng = (lng: number): Position => {
    const i = river.findIndex((p, k) => k > 0 && (river[k - 1][0] - lng) * (p[0] - lng) <= 0);
    if (i < 1) throw new Error(`the drawn Shenzhen River does not reach longitude ${lng}`);
    const [a, b] = [river[i - 1], river[i]];
    return [lng, a[1] + ((lng - a[0]) * (b[1] - a[1])) / (b[0] - a[0])];
  };
  const [west, east] = RIVER_BORDER_LNG;
  const stretch = lineSlice(point(atLng(west)), point(atLng(east)), line).geometry.coordinates;
  const lat = BEYOND_LAT[side];
  return { type: 'Polygon', coordinates: [[...stretch, [east, lat], [west, lat], stretch[0]]] };
}

/** `land` less what lies on one side of the drawn river along the stretch where it is the border. */
export function withoutSideOfRiver(land: MultiPolygon, river: Position[], side: 'north' | 'south'): MultiPolygon {
  const parts: Feature<Polygon | MultiPolygon>[] = [
    { type: 'Feature', properties: {}, geometry: land },
    { type: 'Feature', properties: {}, geometry: sideOfRiver(river, side) },
  ];
  const rest = difference(featureCollection(parts));
  if (!rest) throw new Error('no land left beside the river');
  const g = rest.geometry;
  return g.type === 'Polygon' ? { type: 'MultiPolygon', coordinates: [g.coordinates] } : (g as MultiPolygon);
}

const asMulti = (g: Polygon | MultiPolygon): MultiPolygon => (g.type === 'Polygon' ? { type: 'MultiPolygon', coordinates: [g.coordinates] } : g);
const feature = (g: Polygon | MultiPolygon): Feature<Polygon | MultiPolygon> => ({ type: 'Feature', properties: {}, geometry: g });

/**
 * Mainland and Hong Kong land with the border along the drawn river in RIVER_BORDER_LNG: north
 * of it is the mainland's, south of it Hong Kong's (OSM leaves the old meander as a gap in
 * neither, which the land layers would fill as the mainland's), so the two still tile the land
 * and the city boundary drawn from them follows the river too.
 */
export function landAcrossRiver(chn: MultiPolygon, hkg: MultiPolygon, river: Position[]): { chn: MultiPolygon; hkg: MultiPolygon } {
  const join = (a: MultiPolygon, b: Polygon) => asMulti((union(featureCollection([feature(a), feature(b)])) ?? feature(a)).geometry);
  return {
    chn: join(withoutSideOfRiver(chn, river, 'south'), sideOfRiver(river, 'north')),
    hkg: join(withoutSideOfRiver(hkg, river, 'north'), sideOfRiver(river, 'south')),
  };
}
