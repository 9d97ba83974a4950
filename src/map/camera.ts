/**
 * Carries out the store's camera requests: jump to a view, or frame zones by the one framing rule
 * (src/map/framing.ts) — their bounds fitted into the part of the map no panel, legend or control
 * covers, within their kind's zoom range.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import { zoneById } from '../content';
import { useAtlasStore } from '../state/store';
import { DEFAULT_VIEW, DISTRICT_BOUNDS, type SequencedCameraRequest, VIEW_LIMITS } from '../state/view';
import type { ZoneId } from '../zones/ids';
import { boxIn, isBottomSheet, obstaclesIn, paddingFor, unionBounds, wholeInFree, zoomRangeFor } from './framing';

const reducedMotion = () => typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

type Bounds = [number, number, number, number];

/** Fits `bounds` into the uncovered part of the map, within `range`. */
export function frameBounds(map: MaplibreMap, [w, s, e, n]: Bounds, range: { min: number; max: number }, container: HTMLElement | null): void {
  const canvas = map.getCanvas();
  const width = canvas.clientWidth || canvas.width;
  const height = canvas.clientHeight || canvas.height;
  const padding = paddingFor(width, height, container ? obstaclesIn(container) : []);
  const duration = reducedMotion() ? 0 : 800;
  const fitted = w === e && s === n ? null : map.cameraForBounds([w, s, e, n], { padding, maxZoom: range.max });
  const zoom = Math.min(range.max, Math.max(range.min, fitted?.zoom ?? map.getZoom()));
  if (fitted?.center && zoom === fitted.zoom) map.flyTo({ center: fitted.center, zoom, bearing: 0, duration });
  // A point, or bounds that need a zoom outside the range: centred in the free part.
  else map.flyTo({ center: [(w + e) / 2, (s + n) / 2], zoom, padding, duration });
}

/**
 * The first view when the link names none is DEFAULT_VIEW, unless the map is too small to show all
 * of Futian at its zoom (a phone, a small embed): then the district is fitted into the part of the
 * map no control covers. A desktop's first view is unchanged.
 */
export function fitDistrictIfCut(map: MaplibreMap, container: HTMLElement | null): void {
  const canvas = map.getCanvas();
  const padding = paddingFor(canvas.clientWidth || canvas.width, canvas.clientHeight || canvas.height, container ? obstaclesIn(container) : [], 8);
  const fitted = map.cameraForBounds(DISTRICT_BOUNDS, { padding });
  if (!fitted?.center || fitted.zoom === undefined || fitted.zoom >= DEFAULT_VIEW.zoom) return;
  map.jumpTo({ center: fitted.center, zoom: Math.max(VIEW_LIMITS.minZoom, fitted.zoom) });
}

/** At start-up: the store still holds the first view itself (no view, zone or framing asked for). */
export function atFirstView(): boolean {
  const s = useAtlasStore.getState();
  return s.view === DEFAULT_VIEW && s.cameraRequest === null && s.selectedZoneId === null;
}

/** Frames the zones now; false if their geometry has not arrived yet. */
export function frameZones(map: MaplibreMap, zoneIds: readonly ZoneId[], container: HTMLElement | null): boolean {
  const geo = useAtlasStore.getState().zoneGeo;
  const boxes = zoneIds.flatMap((id) => {
    const g = geo?.get(id);
    return g ? [g.bbox] : [];
  });
  const bounds = unionBounds(boxes);
  if (!bounds || boxes.length < zoneIds.length) return false;
  frameBounds(map, bounds, zoomRangeFor(zoneIds.map((id) => zoneById(id).kind)), container);
  return true;
}

/**
 * A zone tapped on a phone opens the sheet over the lower half of the map, where the zone often
 * is: once the sheet is drawn, the zone is framed above it unless it is already whole there. (A
 * side panel leaves a clicked zone where the planner put it: the map does not jump on a click.)
 */
function frameTappedIfCut(map: MaplibreMap, zoneId: ZoneId, container: HTMLElement): void {
  const panel = container.closest('main')?.querySelector('.policy-panel');
  const frame = container.getBoundingClientRect();
  const sheet = panel?.getBoundingClientRect();
  if (!sheet || !isBottomSheet(boxIn(sheet, frame), frame.width, frame.height)) return;
  const box = useAtlasStore.getState().zoneGeo?.get(zoneId)?.bbox;
  if (!box) return;
  const [w, s, e, n] = box;
  const nw = map.project([w, n]);
  const se = map.project([e, s]);
  const padding = paddingFor(frame.width, frame.height, obstaclesIn(container));
  if (!wholeInFree({ left: nw.x, top: nw.y, right: se.x, bottom: se.y }, frame.width, frame.height, padding)) frameZones(map, [zoneId], container);
}

export function bindCamera(map: MaplibreMap, container: HTMLElement | null = null): () => void {
  // A deep link's zone can come before its geometry: it is framed once the geometry is loaded.
  let waiting: readonly ZoneId[] | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const frameSoon = (ids: readonly ZoneId[]) => {
    // After the page has drawn what the same change opened (the panel of a selected zone): it is
    // one of the obstacles to frame around.
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      if (!frameZones(map, ids, container)) waiting = ids;
    }, 0);
  };
  const carryOut = (request: SequencedCameraRequest | null) => {
    waiting = null;
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (!request) return;
    if (request.kind === 'view') {
      const { center, zoom, bearing, pitch } = request.view;
      map.jumpTo({ center, zoom, bearing, pitch });
      // Back to the first entry (no view in its link): the first view, fitted as at start-up.
      if (request.view === DEFAULT_VIEW) fitDistrictIfCut(map, container);
    } else if (request.kind === 'bounds') {
      const { bounds } = request;
      timer = setTimeout(() => frameBounds(map, bounds, { min: VIEW_LIMITS.minZoom, max: VIEW_LIMITS.maxZoom }, container), 0);
    } else frameSoon(request.kind === 'zone' ? [request.zoneId] : request.zoneIds);
  };
  const unsubscribeRequest = useAtlasStore.subscribe((s) => s.cameraRequest, carryOut);
  // The tapped zone is framed after the frame that shows the sheet: the sheet answers the finger
  // at once, and the map's move (a redraw, the costly part on a phone) comes in the frames after.
  let tapFrame: number | null = null;
  let tapTimer: ReturnType<typeof setTimeout> | null = null;
  const cancelTap = () => {
    if (tapFrame !== null) cancelAnimationFrame(tapFrame);
    if (tapTimer !== null) clearTimeout(tapTimer);
    tapFrame = null;
    tapTimer = null;
  };
  const unsubscribeTap = useAtlasStore.subscribe(
    (s) => s.selectedZoneId,
    (id) => {
      cancelTap();
      if (!id || !container || useAtlasStore.getState().selectionOrigin !== 'map') return;
      tapFrame = requestAnimationFrame(() => {
        tapFrame = null;
        tapTimer = setTimeout(() => {
          tapTimer = null;
          frameTappedIfCut(map, id, container);
        }, 0);
      });
    },
  );
  const unsubscribeGeo = useAtlasStore.subscribe(
    (s) => s.zoneGeo,
    () => {
      if (waiting && frameZones(map, waiting, container)) waiting = null;
    },
  );
  carryOut(useAtlasStore.getState().cameraRequest);
  return () => {
    if (timer !== null) clearTimeout(timer);
    cancelTap();
    unsubscribeRequest();
    unsubscribeTap();
    unsubscribeGeo();
  };
}
