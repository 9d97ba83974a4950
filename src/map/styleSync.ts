/**
 * Keeps the map's style in step with the store: the language, the imported layers and the
 * basemap (offline, or an online style with the Atlas on top) change the style itself, and
 * maplibre's setStyle diffs and applies only what changed. A basemap that fails (a bad style, an
 * HTTP error, tiles that never finish) is reported to the store, which goes back to the offline
 * map and says why; this file keeps no copy of the basemap setting.
 */
import type { Map as MaplibreMap, StyleSpecification } from 'maplibre-gl';
import type { Lang } from '../i18n';
import { useAtlasStore } from '../state/store';
import { offlineStyle, onlineStyleFetcher } from './basemapStyle';
import { basemapProblemText, OnlineStyleError, type StyleProblem } from './onlineStyle';

/** How long an online basemap may take to reach an idle map before the offline one comes back. */
export const ONLINE_LOAD_TIMEOUT_MS = 12_000;

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

  const styleFor = async (lang: Lang, base: string | null): Promise<StyleSpecification> => {
    if (!base) return offlineStyle(lang);
    try {
      const { style, renamed } = await fetchOnlineStyle(base, lang);
      // Said once per basemap, not again on every language switch or import that rebuilds it.
      if (renamed > 0 && renamedNoticeFor !== base) {
        renamedNoticeFor = base;
        useAtlasStore.getState().addNotice('basemapRenamed', String(renamed));
      }
      return style;
    } catch (error) {
      const e = error instanceof OnlineStyleError ? error : new OnlineStyleError('invalid');
      report(base, e.problem, e.detail);
      return offlineStyle(lang);
    }
  };

  const clearTimer = () => {
    if (loadTimer !== null) clearTimeout(loadTimer);
    loadTimer = null;
  };

  const apply = async () => {
    const request = ++latest;
    const { lang, basemapStyleUrl: base } = useAtlasStore.getState();
    const style = await styleFor(lang, base);
    if (request !== latest) return;
    map.setStyle(style);
    map.once('styledata', afterStyleLoad);
    clearTimer();
    if (!base || useAtlasStore.getState().basemapStyleUrl !== base) return;
    // An online style that never finishes loading (tiles that hang, a CSP that blocks them) must
    // not leave the map blank: after ONLINE_LOAD_TIMEOUT_MS without an idle map, back to offline.
    loadTimer = setTimeout(() => {
      loadTimer = null;
      report(base, 'timeout', `${ONLINE_LOAD_TIMEOUT_MS / 1000} s`);
    }, ONLINE_LOAD_TIMEOUT_MS);
    map.once('idle', clearTimer);
  };

  // The map starts with the offline style of the store's language; an online basemap follows.
  if (useAtlasStore.getState().basemapStyleUrl) void apply();
  const unsubscribe = useAtlasStore.subscribe(
    (s) => [s.lang, s.importedLayers, s.basemapStyleUrl] as const,
    () => void apply(),
    { equalityFn: (a, b) => a.every((value, i) => value === b[i]) },
  );
  return () => {
    clearTimer();
    unsubscribe();
  };
}
