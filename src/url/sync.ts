/**
 * Applies the URL to the store once at start-up, then writes the store back to the URL.
 * View changes use a throttled replaceState (Safari limits history calls, see maplibre-gl-js
 * src/ui/hash.ts); they never add history entries.
 */
import { useAtlasStore } from '../state/store';
import { encodeUrl, parseUrl } from './codec';

const WRITE_INTERVAL_MS = 300;

export function applyUrlToStore(search: string): void {
  const { state, notices } = parseUrl(search);
  const store = useAtlasStore.getState();
  store.setLang(state.lang);
  store.setBasemapStyleUrl(state.basemapStyleUrl);
  if (state.view) store.setView(state.view);
  for (const n of notices) store.addNotice(n.kind, n.arg);
}

function currentQuery(): string {
  const { lang, view, basemapStyleUrl } = useAtlasStore.getState();
  return encodeUrl({ lang, view, basemapStyleUrl });
}

export function startUrlWriter(): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const write = () => {
    timer = null;
    const query = currentQuery();
    if (query !== window.location.search) {
      window.history.replaceState(window.history.state, '', `${window.location.pathname}${query}${window.location.hash}`);
    }
  };
  const schedule = () => {
    if (timer === null) timer = setTimeout(write, WRITE_INTERVAL_MS);
  };
  const unsubscribe = useAtlasStore.subscribe((s) => [s.lang, s.view, s.basemapStyleUrl] as const, schedule, {
    equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] && a[2] === b[2],
  });
  return () => {
    unsubscribe();
    if (timer !== null) clearTimeout(timer);
  };
}
