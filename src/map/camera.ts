/** Moves the camera when the store asks: frame a zone (list, search, links, deep links) or jump to a view. */
import type { Map as MaplibreMap } from 'maplibre-gl';
import { useAtlasStore } from '../state/store';

const reducedMotion = () => typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

export function frameZone(map: MaplibreMap, zoneId: string): boolean {
  const geo = useAtlasStore.getState().zoneGeo?.get(zoneId as never);
  if (!geo) return false;
  const [w, s, e, n] = geo.bbox;
  const duration = reducedMotion() ? 0 : 800;
  const panel = window.innerWidth >= 720 ? 400 : 0;
  const sheet = window.innerWidth < 720 ? Math.round(window.innerHeight * 0.45) : 0;
  const padding = { top: 40, left: 40, right: 40 + panel, bottom: 40 + sheet };
  if (w === e && s === n) map.flyTo({ center: [w, s], zoom: Math.max(map.getZoom(), 10), duration });
  else map.fitBounds([w, s, e, n], { padding, maxZoom: 13.5, duration });
  return true;
}

export function bindCamera(map: MaplibreMap): () => void {
  let pending: string | null = null;
  const tryFrame = () => {
    if (pending && frameZone(map, pending)) pending = null;
  };
  const unsubscribeFrame = useAtlasStore.subscribe(
    (s) => s.frameRequest,
    (request) => {
      pending = request?.zoneId ?? null;
      tryFrame();
    },
  );
  // A deep link can arrive before the geometry: frame once it is loaded.
  const unsubscribeGeo = useAtlasStore.subscribe((s) => s.zoneGeo, tryFrame);
  const unsubscribeView = useAtlasStore.subscribe(
    (s) => s.viewRequest,
    (request) => {
      if (request) map.jumpTo({ center: request.view.center, zoom: request.view.zoom, bearing: request.view.bearing, pitch: request.view.pitch });
    },
  );
  pending = useAtlasStore.getState().frameRequest?.zoneId ?? null;
  tryFrame();
  return () => {
    unsubscribeFrame();
    unsubscribeGeo();
    unsubscribeView();
  };
}
