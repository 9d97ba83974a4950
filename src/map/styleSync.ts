/**
 * Keeps the map's style in step with the store: the language, the imported layers and the
 * basemap (offline, or an online style with the Atlas on top) change the style itself, and
 * maplibre's setStyle diffs and applies only what changed. A basemap that fails (a bad style, an
 * HTTP error, tiles that never finish) is reported to the store, which goes back to the offline
 * map and says why; this file keeps no copy of the basemap setting.
 */
import type { ErrorEvent, MapSourceDataEvent, Map as MaplibreMap, StyleSpecification } from 'maplibre-gl';
import { hostToAsk } from '../layers/basemaps';
import { useAtlasStore } from '../state/store';
import { offlineStyle, onlineStyleFetcher, type StyleSettings, styleSettings } from './basemapStyle';
import { basemapProblemText, OnlineStyleError, type StyleProblem } from './onlineStyle';

/** How long an online basemap may take to reach an idle map before the offline one comes back. */
export const ONLINE_LOAD_TIMEOUT_MS = 8_000;

/** Tile failures (before any tile of the basemap loads) that mean the basemap itself is broken: a bad key, a 403, a CSP. */
export const TILE_FAILURES_TO_GIVE_UP = 3;

export function bindStyle(map: MaplibreMap, afterStyleLoad: () => void): () => void {
  const fetchOnlineStyle = onlineStyleFetcher();
  let renamedNoticeFor: string | null = null;
  let loadTimer: ReturnType<typeof setTimeout> | null = null;
  // Only the latest request is applied: an online style that arrives late must not undo a newer choice.
  let latest = 0;

  const report = (base: string, problem: StyleProblem, detail: string) => {
    const s = useAtlasStore.getState();
    s.basemapFailed(base, basemapProblemText(problem, detail, s.lang));
  };

  const styleFor = async (settings: StyleSettings, base: string | null): Promise<StyleSpecification> => {
    if (!base) return offlineStyle(settings);
    try {
      const { style, renamed } = await fetchOnlineStyle(base, settings);
      // Said once per basemap, not again on every language switch or import that rebuilds it.
      if (renamed > 0 && renamedNoticeFor !== base) {
        renamedNoticeFor = base;
        useAtlasStore.getState().addNotice('basemapRenamed', String(renamed));
      }
      return style;
    } catch (error) {
      const e = error instanceof OnlineStyleError ? error : new OnlineStyleError('invalid');
      report(base, e.problem, e.detail);
      return offlineStyle(settings);
    }
  };

  const clearTimer = () => {
    if (loadTimer !== null) clearTimeout(loadTimer);
    loadTimer = null;
  };

  // Until one of its tiles loads, a basemap whose tiles keep failing is given up with their status.
  let stopWatchingTiles = () => {};
  const watchTiles = (base: string, style: StyleSpecification) => {
    stopWatchingTiles();
    const baseSources = new Set(Object.entries(style.sources).flatMap(([id, s]) => (s.type === 'geojson' ? [] : [id])));
    if (baseSources.size === 0) return;
    let failures = 0;
    // A tile of the basemap arrived: it is not hanging. Rendering it may still take long on a busy
    // machine (software GL), which is no reason to give the basemap up.
    const onData = (e: MapSourceDataEvent) => {
      if (!baseSources.has(e.sourceId) || !e.tile) return;
      stopWatchingTiles();
      clearTimer();
    };
    const onError = (e: ErrorEvent & { sourceId?: string }) => {
      if (!e.sourceId || !baseSources.has(e.sourceId)) return;
      failures++;
      if (failures < TILE_FAILURES_TO_GIVE_UP) return;
      stopWatchingTiles();
      clearTimer();
      const status = (e.error as { status?: unknown } | undefined)?.status;
      report(base, 'tiles', typeof status === 'number' && status > 0 ? String(status) : 'network');
    };
    map.on('sourcedata', onData);
    map.on('error', onError);
    stopWatchingTiles = () => {
      map.off('sourcedata', onData);
      map.off('error', onError);
      stopWatchingTiles = () => {};
    };
  };

  const apply = async () => {
    const request = ++latest;
    const state = useAtlasStore.getState();
    // A style on a host the viewer has not agreed to is not fetched (BasemapHostPrompt asks); one
    // refused before is dropped with a notice.
    const askHost = hostToAsk(state.basemap, state.basemapHosts, window.location.origin);
    if (askHost && state.basemapHosts[askHost] === 'deny') return state.answerBasemapHost(askHost, 'deny');
    const base = askHost ? null : state.basemap;
    const style = await styleFor(styleSettings(state), base);
    if (request !== latest) return;
    map.setStyle(style);
    map.once('styledata', afterStyleLoad);
    clearTimer();
    stopWatchingTiles();
    if (!base || useAtlasStore.getState().basemap !== base) return;
    watchTiles(base, style);
    // An online style that never loads (tiles that hang, a CSP that blocks them) must not leave
    // the map blank: after ONLINE_LOAD_TIMEOUT_MS with neither a tile of it nor an idle map, back
    // to offline.
    loadTimer = setTimeout(() => {
      loadTimer = null;
      report(base, 'timeout', `${ONLINE_LOAD_TIMEOUT_MS / 1000} s`);
    }, ONLINE_LOAD_TIMEOUT_MS);
    map.once('idle', clearTimer);
  };

  // The map starts with the offline style of the store's language; an online basemap follows.
  if (useAtlasStore.getState().basemap) void apply();
  const unsubscribe = useAtlasStore.subscribe(
    (s) => [s.lang, s.importedLayers, s.basemap, s.tiandituToken, s.basemapHosts] as const,
    () => void apply(),
    { equalityFn: (a, b) => a.every((value, i) => value === b[i]) },
  );
  return () => {
    clearTimer();
    stopWatchingTiles();
    unsubscribe();
  };
}
