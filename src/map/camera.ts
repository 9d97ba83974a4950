/**
 * Carries out the store's camera requests: jump to a view, or frame zones by the one framing rule
 * (src/map/framing.ts) — their bounds fitted into the part of the map no panel, legend or control
 * covers, within their kind's zoom range.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import { zoneById } from '../content';
import { useAtlasStore } from '../state/store';
import { type SequencedCameraRequest, VIEW_LIMITS } from '../state/view';
import type { ZoneId } from '../zones/ids';
import { obstaclesIn, paddingFor, unionBounds, zoomRangeFor } from './framing';

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
    } else if (request.kind === 'bounds') {
      const { bounds } = request;
      timer = setTimeout(() => frameBounds(map, bounds, { min: VIEW_LIMITS.minZoom, max: VIEW_LIMITS.maxZoom }, container), 0);
    } else frameSoon(request.kind === 'zone' ? [request.zoneId] : request.zoneIds);
  };
  const unsubscribeRequest = useAtlasStore.subscribe((s) => s.cameraRequest, carryOut);
  const unsubscribeGeo = useAtlasStore.subscribe(
    (s) => s.zoneGeo,
    () => {
      if (waiting && frameZones(map, waiting, container)) waiting = null;
    },
  );
  carryOut(useAtlasStore.getState().cameraRequest);
  return () => {
    if (timer !== null) clearTimeout(timer);
    unsubscribeRequest();
    unsubscribeGeo();
  };
}
