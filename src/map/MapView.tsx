/**
 * The only owner of the maplibre map (react-map-gl's pattern): created once, destroyed on unmount.
 * It reflects the store (language, layers, selection, camera requests) and turns map events into
 * store actions; it keeps no copy of any of that state.
 */
import { AttributionControl, Map as MaplibreMap, NavigationControl, ScaleControl, setWorkerUrl, type StyleSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useEffect, useRef } from 'react';
import { messagesFor } from '../i18n';
import { BASEMAP_COLORS } from '../layers/basemap';
import { SOURCES } from '../layers/registry';
import { useAtlasStore } from '../state/store';
import { VIEW_LIMITS } from '../state/view';
import { fetchOnlineStyle, offlineStyle } from './basemapStyle';
import { basemapProblemText, OnlineStyleError, type StyleProblem } from './onlineStyle';
import { bindCamera } from './camera';
import { CONTROL_LOCALE } from './controlLocale';
import { bindInteraction, reapplyFeatureStates } from './interaction';
import { applyToggles } from './layerState';
import { skipSupersededLoadFrames } from './loadFrames';
import { bindMeasure, drawMeasure } from './measureLayer';
import { collectPlaceNames } from './placeNames';
import { bindPrintImage } from './printImage';
import { provideMapSnapshot } from './snapshot';

/** How long an online basemap may take to reach an idle map before the offline one comes back. */
const ONLINE_LOAD_TIMEOUT_MS = 12_000;

// Must run before the first Map is created, or a Vite build logs "Worker failed to load".
setWorkerUrl(workerUrl);

function createMap(container: HTMLElement): MaplibreMap {
  const { view, lang } = useAtlasStore.getState();
  const map = new MaplibreMap({
    container,
    style: offlineStyle(lang),
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
    // Labels appear at once: a fade keeps software GL repainting for 300 ms after every placement.
    fadeDuration: 0,
    // Export reads the canvas back; without this the buffer is cleared after each frame.
    canvasContextAttributes: { preserveDrawingBuffer: true },
  });
  map.addControl(new NavigationControl({ visualizePitch: true }), 'top-right');
  map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-left');
  map.addControl(new AttributionControl({ compact: false }), 'bottom-right');
  return map;
}

export function MapView() {
  const containerRef = useRef<HTMLElement>(null);
  const tooltipRef = useRef<HTMLDivElement>(null);
  const lang = useAtlasStore((s) => s.lang);
  const m = messagesFor(lang);

  useEffect(() => {
    const container = containerRef.current;
    const tooltip = tooltipRef.current;
    if (!container || !tooltip) return;
    performance.mark('atlas:map-created');
    // What the first load frames would draw, shown without drawing them (see loadFrames.ts).
    container.style.backgroundColor = BASEMAP_COLORS.sea;
    const map = createMap(container);
    const stopSkippingFrames = skipSupersededLoadFrames(map, (count) => {
      container.style.backgroundColor = '';
      performance.mark('atlas:load-frames', { detail: count });
    });
    let onlineBase: string | null = useAtlasStore.getState().basemapStyleUrl;

    const fallBack = (problem: StyleProblem, detail: string) => {
      const s = useAtlasStore.getState();
      if (!onlineBase) return;
      s.addNotice('basemapFailed', `${onlineBase.slice(0, 80)} — ${basemapProblemText(problem, detail, s.lang)}`);
      onlineBase = null;
      s.setBasemapStyleUrl(null);
    };
    let renamedNoticeFor: string | null = null;
    const styleFor = async (l: 'zh' | 'en'): Promise<StyleSpecification> => {
      if (!onlineBase) return offlineStyle(l);
      try {
        const { style, renamed } = await fetchOnlineStyle(onlineBase, l);
        // Said once per basemap, not again on every language switch or import that rebuilds it.
        if (renamed > 0 && renamedNoticeFor !== onlineBase) {
          renamedNoticeFor = onlineBase;
          useAtlasStore.getState().addNotice('basemapRenamed', String(renamed));
        }
        return style;
      } catch (error) {
        const e = error instanceof OnlineStyleError ? error : new OnlineStyleError('invalid');
        fallBack(e.problem, e.detail);
        return offlineStyle(l);
      }
    };
    // After any style (re)load: the layer toggles and highlights are the store's, not the style's.
    const reflectStore = () => {
      const s = useAtlasStore.getState();
      applyToggles(map, s.visibility, s.opacity);
      reapplyFeatureStates(map);
      drawMeasure(map);
    };
    // An online style that never finishes loading (tiles that hang, a CSP that blocks them) must
    // not leave the map blank: after ONLINE_LOAD_TIMEOUT_MS without an idle map, back to offline.
    let loadTimer: ReturnType<typeof setTimeout> | null = null;
    const setStyle = (style: StyleSpecification) => {
      map.setStyle(style);
      map.once('styledata', reflectStore);
      if (loadTimer !== null) clearTimeout(loadTimer);
      if (!onlineBase) return;
      loadTimer = setTimeout(() => {
        loadTimer = null;
        fallBack('timeout', `${ONLINE_LOAD_TIMEOUT_MS / 1000} s`);
        setStyle(offlineStyle(useAtlasStore.getState().lang));
      }, ONLINE_LOAD_TIMEOUT_MS);
      map.once('idle', () => {
        if (loadTimer !== null) clearTimeout(loadTimer);
        loadTimer = null;
      });
    };
    if (onlineBase) void styleFor(useAtlasStore.getState().lang).then(setStyle);

    map.on('moveend', () => {
      const c = map.getCenter();
      useAtlasStore.getState().setView({ center: [c.lng, c.lat], zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() });
    });
    map.on('idle', () => {
      const s = useAtlasStore.getState();
      s.setRenderedPlaceNames(collectPlaceNames(map, s.lang));
    });
    map.once('load', () => {
      reflectStore();
      useAtlasStore.getState().setMapStatus('ready');
    });
    // A User Timing mark, read by `npm run bench` (and visible in any browser's performance panel).
    map.once('idle', () => performance.mark('atlas:map-idle'));
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

    const unbindInteraction = bindInteraction(map, tooltip);
    const unbindCamera = bindCamera(map);
    const unbindMeasure = bindMeasure(map);
    const unprovideSnapshot = provideMapSnapshot(map);
    const unbindPrint = bindPrintImage(map, container, () => messagesFor(useAtlasStore.getState().lang).mapLabel);
    const unsubscribeLayers = useAtlasStore.subscribe(
      (s) => [s.visibility, s.opacity] as const,
      ([visibility, opacity]) => applyToggles(map, visibility, opacity),
      { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] },
    );
    // Language and imported layers change the style itself; setStyle diffs and applies only that.
    const unsubscribeLang = useAtlasStore.subscribe(
      (s) => [s.lang, s.importedLayers] as const,
      ([l]) => {
        void styleFor(l).then(setStyle);
      },
      { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] },
    );
    return () => {
      if (loadTimer !== null) clearTimeout(loadTimer);
      stopSkippingFrames();
      unbindInteraction();
      unbindCamera();
      unbindMeasure();
      unprovideSnapshot();
      unbindPrint();
      unsubscribeLayers();
      unsubscribeLang();
      map.remove();
    };
  }, []);

  return (
    <section ref={containerRef} className="map" aria-label={m.mapLabel}>
      <div ref={tooltipRef} className="map-tooltip" hidden aria-hidden="true" />
    </section>
  );
}
