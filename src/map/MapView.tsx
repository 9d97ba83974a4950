/**
 * The only owner of the maplibre map (react-map-gl's pattern): created once, destroyed on unmount.
 * It reflects the store (language, layers, selection, camera requests) and turns map events into
 * store actions; it keeps no copy of any of that state.
 */
import { AttributionControl, Map as MaplibreMap, NavigationControl, ScaleControl, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useEffect, useRef } from 'react';
import { messagesFor } from '../i18n';
import { BASEMAP_COLORS } from '../layers/basemap';
import { SOURCES } from '../layers/registry';
import { useAtlasStore } from '../state/store';
import { VIEW_LIMITS } from '../state/view';
import { offlineStyle, styleSettings } from './basemapStyle';
import { atFirstView, bindCamera, fitDistrictIfCut } from './camera';
import { CONTROL_LOCALE } from './controlLocale';
import { bindInteraction, reapplyFeatureStates } from './interaction';
import { applyToggles } from './layerState';
import { skipSupersededLoadFrames } from './loadFrames';
import { bindMarkup, drawMarkup } from './markupLayer';
import { bindPickedFeature, reapplyPick } from './pickedFeature';
import { bindMarkupDraw } from './markupDraw';
import { provideMarkupImages } from './markupImages';
import { collectPlaceNames } from './placeNames';
import { bindPrintImage } from './printImage';
import { bindStyle } from './styleSync';
import { gpuCanvasLimit, readFrame, readSnapshot, sameFrame, whenSettled } from './frame';

// Must run before the first Map is created, or a Vite build logs "Worker failed to load".
setWorkerUrl(workerUrl);

function createMap(container: HTMLElement): MaplibreMap {
  const state = useAtlasStore.getState();
  const { view } = state;
  const map = new MaplibreMap({
    container,
    style: offlineStyle(styleSettings(state)),
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
  // One corner stack, scale above attribution: however the attribution wraps (a 320 px embed, a
  // phone), it pushes the scale up instead of covering it. Never folded to an ⓘ: the sources'
  // credits (OSM's ODbL among them) stay on screen.
  map.addControl(new AttributionControl({ compact: false }), 'bottom-right');
  map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-right');
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
    let map: MaplibreMap;
    try {
      map = createMap(container);
    } catch {
      // No WebGL context (disabled, blocklisted, or none left): maplibre's constructor throws.
      // Asked of the map itself: a test context made beforehand costs as much as the map's own
      // (0.8 s on software GL) and is thrown away.
      useAtlasStore.getState().setMapStatus('no-webgl');
      return;
    }
    const stopSkippingFrames = skipSupersededLoadFrames(map, (count) => {
      container.style.backgroundColor = '';
      performance.mark('atlas:load-frames', { detail: count });
    });
    // After any style (re)load: the layer toggles and highlights are the store's, not the style's.
    const reflectStore = () => {
      const s = useAtlasStore.getState();
      applyToggles(map, s.visibility, s.opacity);
      reapplyFeatureStates(map);
      drawMarkup(map);
      markupDraw.restyle();
      reapplyPick(map);
    };
    const stopImages = provideMarkupImages(map);
    const markupDraw = bindMarkupDraw(map);
    const unbindStyle = bindStyle(map, reflectStore);

    // What the map is, reported to the store: its view after each move, its frame (size, zoom,
    // GPU limit) for the export dialog, and a port through which an export takes a snapshot.
    const gpuLimit = gpuCanvasLimit(map.getCanvas());
    const reportFrame = () => {
      const s = useAtlasStore.getState();
      const frame = readFrame(map, gpuLimit);
      if (!sameFrame(s.mapFrame, frame)) s.setMapFrame(frame);
    };
    map.on('moveend', () => {
      const c = map.getCenter();
      useAtlasStore.getState().setView({ center: [c.lng, c.lat], zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() });
      reportFrame();
    });
    map.on('resize', reportFrame);
    useAtlasStore.getState().setMapPort({ snapshot: () => readSnapshot(map, gpuLimit), settled: () => whenSettled(map) });
    map.on('idle', () => {
      const s = useAtlasStore.getState();
      s.setRenderedPlaceNames(collectPlaceNames(map, s.lang));
    });
    map.once('load', () => {
      // Controls and credits are on the map by now: the district is fitted around them.
      if (atFirstView()) fitDistrictIfCut(map, container);
      reflectStore();
      reportFrame();
      useAtlasStore.getState().setMapStatus('ready');
    });
    // A User Timing mark, read by `npm run bench` (and visible in any browser's performance panel).
    map.once('idle', () => performance.mark('atlas:map-idle'));
    // The last camera move's length, as a User Timing measure: a fly lasts ~800 ms, a jump (what a
    // user asking for reduced motion gets, src/map/camera.ts) none. Only the last is kept.
    map.on('movestart', () => performance.mark('atlas:camera-move-start'));
    map.on('moveend', () => {
      performance.clearMeasures('atlas:camera-move');
      if (performance.getEntriesByName('atlas:camera-move-start').length > 0) performance.measure('atlas:camera-move', 'atlas:camera-move-start');
      performance.clearMarks('atlas:camera-move-start');
    });
    map.on('webglcontextlost', () => useAtlasStore.getState().setMapStatus('context-lost'));
    map.on('webglcontextrestored', () => useAtlasStore.getState().setMapStatus('ready'));
    map.on('error', (event) => {
      // Source load failures carry the source id; report which data is missing, keep the rest.
      const sourceId = 'sourceId' in event && typeof event.sourceId === 'string' ? event.sourceId : undefined;
      const source = sourceId ? SOURCES.find((s) => s.id === sourceId) : undefined;
      if (source) {
        const s = useAtlasStore.getState();
        s.addNotice('dataFailed', source.title[s.lang]);
      } else if (sourceId) {
        // A basemap's tile: styleSync.ts judges the basemap as a whole (falls back if none load).
      } else {
        // Anything else (a style mistake, a shader failure) is a bug: keep maplibre's default report.
        console.error(event.error);
      }
    });

    const unbindInteraction = bindInteraction(map, tooltip);
    const unbindCamera = bindCamera(map, container);
    const unbindMarkup = bindMarkup(map);
    const unbindPick = bindPickedFeature(map);
    // 对比: the swipe loads when first asked for and follows the store's choice.
    let stopCompare: (() => void) | null = null;
    let compareRun = 0;
    const unsubscribeCompare = useAtlasStore.subscribe(
      (s) => [s.compare, s.importedLayers, s.lang] as const,
      ([choice, layers]) => {
        // The compared layer removed: the comparison ends; restyled: it starts again with its new look.
        if (choice && !layers.some((l) => l.id === choice.imported)) return useAtlasStore.getState().setCompare(null);
        compareRun += 1;
        const run = compareRun;
        stopCompare?.();
        stopCompare = null;
        if (!choice) return;
        void import('./compare')
          .then(({ startCompare }) => startCompare(map, choice))
          .then((stop) => {
            if (run === compareRun) stopCompare = stop;
            else stop();
          });
      },
      { equalityFn: (a, b) => a.every((v, i) => v === b[i]) },
    );
    const unbindPrint = bindPrintImage(map, container, () => messagesFor(useAtlasStore.getState().lang).mapLabel);
    const unsubscribeLayers = useAtlasStore.subscribe(
      (s) => [s.visibility, s.opacity] as const,
      ([visibility, opacity]) => applyToggles(map, visibility, opacity),
      { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] },
    );
    return () => {
      unbindStyle();
      stopSkippingFrames();
      unbindInteraction();
      unbindCamera();
      unbindMarkup();
      unbindPick();
      unsubscribeCompare();
      stopCompare?.();
      markupDraw.dispose();
      stopImages();
      useAtlasStore.getState().setMapPort(null);
      useAtlasStore.getState().setMapFrame(null);
      unbindPrint();
      unsubscribeLayers();
      map.remove();
    };
  }, []);

  return (
    <section ref={containerRef} className="map" aria-label={m.mapLabel}>
      <div ref={tooltipRef} className="map-tooltip" hidden aria-hidden="true" />
    </section>
  );
}
