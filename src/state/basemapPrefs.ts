/**
 * The basemap this browser remembers, and the 天地图 key: both kept in localStorage only. The key
 * never goes into the store's URL state, a link, an export or an embed snippet; a deployment may
 * set a default at build time (VITE_TIANDITU_TOKEN).
 */
import { type HostAnswers, isBasemapChoice, isTiandituToken, OFFLINE } from '../layers/basemaps';
import { browserStorage } from './storage';
import { hasBasemapParam } from '../url/codec';
import { useAtlasStore } from './store';

const CHOICE_KEY = 'futian-atlas:basemap';
const TOKEN_KEY = 'futian-atlas:tianditu-token';
const HOSTS_KEY = 'futian-atlas:basemap-hosts';
/** More answers than anyone gives by hand: a planted list cannot grow the store without bound. */
const MAX_HOST_ANSWERS = 200;

/** The stored answers to "load a basemap from this host?", checked entry by entry (storage is input too). */
export function readHostAnswers(text: string | null): HostAnswers {
  let json: unknown;
  try {
    json = JSON.parse(text ?? '{}');
  } catch {
    return {};
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return {};
  const entries = Object.entries(json).filter(([host, answer]) => host.length <= 300 && (answer === 'allow' || answer === 'deny'));
  return Object.fromEntries(entries.slice(0, MAX_HOST_ANSWERS)) as HostAnswers;
}

/** The build's default key (a deployment's own), if it set a valid one. */
export function buildTiandituToken(): string | null {
  const value = (import.meta.env.VITE_TIANDITU_TOKEN as string | undefined)?.trim() ?? '';
  return isTiandituToken(value) ? value : null;
}

export function savedTiandituToken(): string | null {
  const value = browserStorage()?.getItem(TOKEN_KEY)?.trim() ?? '';
  return isTiandituToken(value) ? value : null;
}

/** Keeps a pasted key in this browser (false where storage is refused: it then lasts this visit). */
export function saveTiandituToken(token: string | null): boolean {
  const storage = browserStorage();
  try {
    if (token) storage?.setItem(TOKEN_KEY, token.trim());
    else storage?.removeItem(TOKEN_KEY);
    return storage !== null;
  } catch {
    return false;
  }
}

/**
 * At start-up: the key (this browser's, else the build's) into the store, and the remembered
 * basemap unless the link names one or the page is an embed (a host's briefing looks the same to
 * every viewer).
 */
export function restoreBasemapPrefs(search: string): void {
  const s = useAtlasStore.getState();
  s.setTiandituToken(savedTiandituToken() ?? buildTiandituToken());
  // The viewer's own answers, kept in embeds too: they are about this browser, not the briefing.
  useAtlasStore.setState({ basemapHosts: readHostAnswers(browserStorage()?.getItem(HOSTS_KEY) ?? null) });
  if (s.embed || hasBasemapParam(search)) return;
  const remembered = browserStorage()?.getItem(CHOICE_KEY) ?? null;
  if (remembered && remembered !== OFFLINE && isBasemapChoice(remembered)) s.setBasemap(remembered);
}

/**
 * Remembers every change of basemap in the full Atlas (a failed one is forgotten: the store went
 * back to offline), and every answer about a basemap host (in embeds too).
 */
export function startRememberingBasemap(): () => void {
  const stopHosts = useAtlasStore.subscribe(
    (s) => s.basemapHosts,
    (answers) => {
      try {
        browserStorage()?.setItem(HOSTS_KEY, JSON.stringify(answers));
      } catch {
        // Storage refused or full: the answers last this visit.
      }
    },
  );
  const stopChoice = useAtlasStore.subscribe(
    (s) => s.basemap,
    (basemap) => {
      if (useAtlasStore.getState().embed) return;
      try {
        browserStorage()?.setItem(CHOICE_KEY, basemap ?? OFFLINE);
      } catch {
        // Storage refused or full: the choice lasts this visit.
      }
    },
  );
  return () => {
    stopHosts();
    stopChoice();
  };
}
