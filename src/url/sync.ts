/**
 * Applies the URL to the store (once at start-up, and again on Back/Forward), and writes the
 * store back to the URL. A new selection made by the user adds a history entry (pushState), so
 * Back returns to the previous selection; view, language and layer changes replace the current
 * entry, throttled (Safari limits history calls, see maplibre-gl-js src/ui/hash.ts).
 */
import { type AtlasState, useAtlasStore } from '../state/store';
import { unpackBriefing, unpackedBriefing } from '../embed/packedSteps';
import { MAX_PACKED_MARKUP_CHARS, packMarkup, unpackedMarkup, unpackMarkup } from '../markup/link';
import { encodeUrl, PACKED_BRIEFING_PARAM, PACKED_MARKUP_PARAM, type UrlState } from './codec';

const WRITE_INTERVAL_MS = 300;

/** The store's state as the URL carries it (what `currentQuery` writes; exports link to it too). */
export function urlStateOf(s: AtlasState): UrlState {
  return {
    lang: s.lang,
    view: s.view,
    basemap: s.basemap,
    zone: s.selectedZoneId,
    visibility: s.visibility,
    opacity: s.opacity,
    embed: s.embed,
    controls: s.controls,
    host: s.host,
    briefing: s.briefingId,
    views: s.briefingId ? null : s.briefingSteps,
    briefingTitle: s.briefingId ? null : s.briefingTitle,
    step: s.stepIndex,
    markup: s.markup.shapes.length > 0 ? s.markup : null,
  };
}

/** The query string of this state (`?v=1&…`). */
export function queryOf(s: AtlasState): string {
  return encodeUrl(urlStateOf(s));
}

/** The same view in the full Atlas: an embed's chrome and host left out (the "open full map" link, exports' permalinks). */
export function fullMapQueryOf(s: AtlasState): string {
  return encodeUrl({ ...urlStateOf(s), embed: false, controls: [], host: null });
}

/**
 * This view alone in the full Atlas: a planner's own briefing left out (its step is what is on
 * screen). An exported step's QR code and printed link hold this, never the whole step list.
 */
export function viewOnlyQueryOf(s: AtlasState): string {
  return encodeUrl({ ...urlStateOf(s), embed: false, controls: [], host: null, views: null, briefingTitle: null, step: null });
}

/** The same view as an embed, with the legend control or without. */
export function embedQueryOf(s: AtlasState, withLegend: boolean): string {
  return encodeUrl({ ...urlStateOf(s), embed: true, controls: withLegend ? ['legend'] : [] });
}

export function currentQuery(): string {
  return queryOf(useAtlasStore.getState());
}

function urlFor(query: string): string {
  return `${window.location.pathname}${query}${window.location.hash}`;
}

export function startUrlWriter(): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const replace = () => {
    timer = null;
    const query = currentQuery();
    if (query !== window.location.search) window.history.replaceState(window.history.state, '', urlFor(query));
  };
  const schedule = () => {
    if (timer === null) timer = setTimeout(replace, WRITE_INTERVAL_MS);
  };
  const unsubscribeSelection = useAtlasStore.subscribe(
    (s) => s.selectedZoneId,
    () => {
      const { selectionOrigin } = useAtlasStore.getState();
      // Only a planner's own selections add a history entry: a host page's commands replace it (a
      // burst of host selects must not fill the host tab's Back button).
      if (selectionOrigin === 'history' || selectionOrigin === 'url' || selectionOrigin === 'briefing' || selectionOrigin === 'host') return schedule();
      if (timer !== null) {
        clearTimeout(timer);
        timer = null;
      }
      window.history.pushState(null, '', urlFor(currentQuery()));
    },
  );
  const unsubscribeRest = useAtlasStore.subscribe((s) => [s.lang, s.view, s.basemap, s.visibility, s.opacity, s.stepIndex] as const, schedule, {
    equalityFn: (a, b) => a.every((v, i) => v === b[i]),
  });
  // Markup is packed (asynchronously) when it changes; the URL is written once it is.
  let warnedLong = false;
  const unsubscribeMarkup = useAtlasStore.subscribe(
    (s) => s.markup,
    (markup) => {
      if (markup.shapes.length === 0) return schedule();
      void packMarkup(markup).then((packed) => {
        if (packed.length > MAX_PACKED_MARKUP_CHARS && !warnedLong) {
          warnedLong = true;
          useAtlasStore.getState().addNotice('markupNotLinked', packed.length.toLocaleString('en-US'));
        }
        if (useAtlasStore.getState().markup === markup) schedule();
      });
    },
  );
  const onPopState = () => {
    const search = window.location.search;
    const params = new URLSearchParams(search);
    const packed = params.get(PACKED_BRIEFING_PARAM);
    const markup = params.get(PACKED_MARKUP_PARAM);
    // An entry whose packed briefing or markup this page has not seen yet (one from before a reload)
    // is inflated first, so the codec reads it rather than calling it damaged.
    const waiting = [packed && !unpackedBriefing(packed) ? unpackBriefing(packed) : null, markup && !unpackedMarkup(markup) ? unpackMarkup(markup) : null].filter(Boolean);
    if (waiting.length === 0) return useAtlasStore.getState().applyUrlState(search, 'history');
    void Promise.all(waiting).then(() => {
      if (window.location.search === search) useAtlasStore.getState().applyUrlState(search, 'history');
    });
  };
  window.addEventListener('popstate', onPopState);
  return () => {
    unsubscribeSelection();
    unsubscribeRest();
    unsubscribeMarkup();
    window.removeEventListener('popstate', onPopState);
    if (timer !== null) clearTimeout(timer);
  };
}
