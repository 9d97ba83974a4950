/**
 * GCJ-02 ("Mars coordinates", used by 高德/腾讯 and most Chinese web-map exports) to and from WGS84, with
 * gcoord (MIT): the one implementation the data pipeline (scripts/basemap/datum.ts) and the app
 * share. The app only uses it to recognise a file drawn in GCJ-02; it never converts a planner's
 * data. gcoord's production build is 3.4 KB gzip, the price of one implementation instead of two.
 */
import gcoord from 'gcoord';
import type { Position } from 'geojson';

export function gcj02ToWgs84(position: Position): Position {
  const [lng, lat] = gcoord.transform([position[0], position[1]], gcoord.GCJ02, gcoord.WGS84);
  return [lng, lat];
}

/** Inverse (the pipeline's tests use it to show what the raw source would look like). */
export function wgs84ToGcj02(position: Position): Position {
  const [lng, lat] = gcoord.transform([position[0], position[1]], gcoord.WGS84, gcoord.GCJ02);
  return [lng, lat];
}
