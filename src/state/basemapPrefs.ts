/**
 * The basemap this browser remembers, and the 天地图 key: both kept in localStorage only. The key
 * never goes into the store's URL state, a link, an export or an embed snippet; a deployment may
 * set a default at build time (VITE_TIANDITU_TOKEN).
 */
import { isBasemapChoice, isTiandituToken, OFFLINE } from '../layers/basemaps';
import { browserStorage } from '../import/persist';
import { hasBasemapParam } from '../url/codec';
import { useAtlasStore } from './store';

const CHOICE_KEY = 'futian-atlas:basemap';
const TOKEN_KEY = 'futian-atlas:tianditu-token';

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
  if (s.embed || hasBasemapParam(search)) return;
  const remembered = browserStorage()?.getItem(CHOICE_KEY) ?? null;
  if (remembered && remembered !== OFFLINE && isBasemapChoice(remembered)) s.setBasemap(remembered);
}

/** Remembers every change of basemap in the full Atlas (a failed one is forgotten: the store went back to offline). */
export function startRememberingBasemap(): () => void {
  return useAtlasStore.subscribe(
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
}
