/**
 * The one validator of a map view, wherever one comes from outside (a `view=` link, a briefing
 * step, a host page's command): finite numbers, inside the map's limits.
 */
import * as v from 'valibot';
import { type MapView, VIEW_LIMITS } from './view';

const finite = v.pipe(v.number(), v.finite());

function withinLimits(view: MapView): boolean {
  const [lng, lat] = view.center;
  const [west, south, east, north] = VIEW_LIMITS.maxBounds;
  return (
    lng >= west &&
    lng <= east &&
    lat >= south &&
    lat <= north &&
    view.zoom >= VIEW_LIMITS.minZoom &&
    view.zoom <= VIEW_LIMITS.maxZoom &&
    Math.abs(view.bearing) <= 180 &&
    view.pitch >= 0 &&
    view.pitch <= VIEW_LIMITS.maxPitch
  );
}

/** `{center: [lng, lat], zoom, bearing?, pitch?}`; bearing and pitch default to 0. */
export const ViewSchema = v.pipe(
  v.object({ center: v.tuple([finite, finite]), zoom: finite, bearing: v.optional(finite, 0), pitch: v.optional(finite, 0) }),
  v.check(withinLimits, 'view outside the map’s limits'),
);

export function validView(value: unknown): MapView | null {
  const result = v.safeParse(ViewSchema, value);
  return result.success ? result.output : null;
}
