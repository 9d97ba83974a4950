/**
 * The only owner of the maplibre map (react-map-gl's pattern): created once, destroyed on unmount.
 * It reflects the store (language, view) and turns map events into store actions.
 */
import { AttributionControl, Map as MaplibreMap, NavigationControl, ScaleControl, setWorkerUrl, type StyleSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useEffect, useRef } from 'react';
import { messagesFor } from '../i18n';
import { SOURCES } from '../layers/registry';
import { useAtlasStore } from '../state/store';
import { VIEW_LIMITS } from '../state/view';
import { fetchOnlineStyle, offlineStyle } from './basemapStyle';
import { CONTROL_LOCALE } from './controlLocale';
import { collectPlaceNames } from './placeNames';

// Must run before the first Map is created, or a Vite build logs "Worker failed to load".
setWorkerUrl(workerUrl);

export function MapView() {
  const containerRef = useRef<HTMLElement>(null);
  const lang = useAtlasStore((s) => s.lang);
  const m = messagesFor(lang);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const store = useAtlasStore.getState();
    const { view } = store;
    let onlineBase: string | null = store.basemapStyleUrl;
    const styleFor = async (l: typeof store.lang): Promise<StyleSpecification> => {
      if (!onlineBase) return offlineStyle(l);
      try {
        return await fetchOnlineStyle(onlineBase, l);
      } catch {
        useAtlasStore.getState().addNotice('basemapFailed', onlineBase.slice(0, 80));
        onlineBase = null;
        useAtlasStore.getState().setBasemapStyleUrl(null);
        return offlineStyle(l);
      }
    };

    const map = new MaplibreMap({
      container,
      style: offlineStyle(store.lang),
      center: view.center,
      zoom: view.zoom,
      bearing: view.bearing,
      pitch: view.pitch,
      minZoom: VIEW_LIMITS.minZoom,
      maxZoom: VIEW_LIMITS.maxZoom,
      maxPitch: VIEW_LIMITS.maxPitch,
      maxBounds: VIEW_LIMITS.maxBounds,
      attributionControl: false,
      locale: CONTROL_LOCALE,
      // Export (issue 7) reads the canvas back; without this the buffer is cleared after each frame.
      canvasContextAttributes: { preserveDrawingBuffer: true },
    });
    map.addControl(new NavigationControl({ visualizePitch: true }), 'top-right');
    map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-left');
    map.addControl(new AttributionControl({ compact: false }), 'bottom-right');
    if (onlineBase) void styleFor(store.lang).then((style) => map.setStyle(style));

    const publishView = () => {
      const c = map.getCenter();
      useAtlasStore.getState().setView({ center: [c.lng, c.lat], zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() });
    };
    const publishPlaceNames = () => {
      const s = useAtlasStore.getState();
      s.setRenderedPlaceNames(collectPlaceNames(map, s.lang));
    };
    map.on('moveend', publishView);
    map.on('idle', publishPlaceNames);
    map.once('load', () => useAtlasStore.getState().setMapStatus('ready'));
    map.on('webglcontextlost', () => useAtlasStore.getState().setMapStatus('context-lost'));
    map.on('webglcontextrestored', () => useAtlasStore.getState().setMapStatus('ready'));
    map.on('error', (event) => {
      // Source load failures carry the source id; report which data is missing, keep the rest.
      const sourceId = (event as unknown as { sourceId?: string }).sourceId;
      const source = sourceId ? SOURCES.find((s) => s.id === sourceId) : undefined;
      if (source) {
        const s = useAtlasStore.getState();
        s.addNotice('dataFailed', source.title[s.lang]);
      } else {
        // Anything else (a style mistake, a shader failure) is a bug: keep maplibre's default report.
        console.error(event.error);
      }
    });

    const unsubscribeLang = useAtlasStore.subscribe(
      (s) => s.lang,
      (l) => {
        // setStyle diffs against the current style: only text fields and attributions change.
        void styleFor(l).then((style) => map.setStyle(style));
      },
    );
    return () => {
      unsubscribeLang();
      map.remove();
    };
  }, []);

  return <section ref={containerRef} className="map" aria-label={m.mapLabel} />;
}
