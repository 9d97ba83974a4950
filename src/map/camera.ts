/** Carries out the store's camera requests: frame a zone (list, search, links, deep links) or jump to a view. */
import type { Map as MaplibreMap } from 'maplibre-gl';
import { useAtlasStore } from '../state/store';
import type { SequencedCameraRequest } from '../state/view';
import type { ZoneId } from '../zones/ids';

const reducedMotion = () => typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

export function frameZone(map: MaplibreMap, zoneId: ZoneId): boolean {
  const geo = useAtlasStore.getState().zoneGeo?.get(zoneId);
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
  // A deep link's zone can come before its geometry: it is framed once the geometry is loaded.
  let waitingZone: ZoneId | null = null;
  const carryOut = (request: SequencedCameraRequest | null) => {
    waitingZone = null;
    if (!request) return;
    if (request.kind === 'view') {
      const { center, zoom, bearing, pitch } = request.view;
      map.jumpTo({ center, zoom, bearing, pitch });
    } else if (!frameZone(map, request.zoneId)) waitingZone = request.zoneId;
  };
  const unsubscribeRequest = useAtlasStore.subscribe((s) => s.cameraRequest, carryOut);
  const unsubscribeGeo = useAtlasStore.subscribe(
    (s) => s.zoneGeo,
    () => {
      if (waitingZone && frameZone(map, waitingZone)) waitingZone = null;
    },
  );
  carryOut(useAtlasStore.getState().cameraRequest);
  return () => {
    unsubscribeRequest();
    unsubscribeGeo();
  };
}
