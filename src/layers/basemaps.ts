/**
 * The basemaps a planner can switch to, as data: the offline map (default), 天地图's vector and
 * imagery maps, OpenStreetMap through a public style, the deployment's own PMTiles files
 * (public/basemaps.json) and, behind "advanced", any maplibre style URL. Pure: no maplibre here.
 *
 * Web maps in GCJ-02 or BD-09 (高德, 百度, 腾讯) are not offered: they sit 300–600 m off the plan,
 * which is drawn in WGS84 (CGCS2000 agrees with it to well under a metre).
 */
import type { Localized } from './types';

/** A choice as the URL and this browser remember it (`basemap=`): an id, `pmtiles:<id>`, or a style URL. */
export type BasemapChoice = string;

export const OFFLINE = 'offline';

export type BasemapKind = 'offline' | 'tianditu' | 'style' | 'pmtiles' | 'custom';

export interface BasemapDef {
  id: string;
  kind: BasemapKind;
  title: Localized;
  /** Photographs: the plan's lines and names get a white casing to stay legible on them. */
  imagery?: boolean;
}

/** 天地图's layers in Web Mercator (`_w`): a picture and the names drawn over it. */
export const TIANDITU_LAYERS = {
  'tianditu-vec': { base: 'vec', labels: 'cva' },
  'tianditu-img': { base: 'img', labels: 'cia' },
} as const;
export type TiandituId = keyof typeof TIANDITU_LAYERS;

/** A public maplibre style of OpenStreetMap that needs no key (OpenFreeMap; terms in the README). */
export const OSM_STYLE_URL = 'https://tiles.openfreemap.org/styles/liberty';

export const BASEMAPS: readonly BasemapDef[] = [
  { id: OFFLINE, kind: 'offline', title: { zh: '离线底图', en: 'Offline map' } },
  { id: 'tianditu-vec', kind: 'tianditu', title: { zh: '天地图矢量', en: 'Tianditu streets' } },
  { id: 'tianditu-img', kind: 'tianditu', title: { zh: '天地图影像', en: 'Tianditu imagery' }, imagery: true },
  { id: 'osm', kind: 'style', title: { zh: 'OpenStreetMap', en: 'OpenStreetMap' } },
];

/** A self-hosted PMTiles basemap, as the deployment lists it in public/basemaps.json. */
export interface PmtilesBasemap {
  id: string;
  title: Localized;
  /** The archive, relative to the app (same origin: range requests, no CORS, no CSP change). */
  url: string;
  /** Credits for the data in it (e.g. "© OpenStreetMap contributors"), shown on the map and in exports. */
  attribution: string;
  /** Protomaps basemap flavour: light, white, grayscale, dark or black. */
  flavor?: string;
}

export interface BasemapConfig {
  pmtiles: PmtilesBasemap[];
  /** 天地图's 审图号 for the service in use (shown with its credit, as 天地图 asks); set by the deployment. */
  tiandituReviewNumber?: string;
}

export const EMPTY_CONFIG: BasemapConfig = { pmtiles: [] };

export const isStyleUrl = (choice: string): boolean => /^https?:\/\//i.test(choice);

/** This browser's answer, per host, to "load a basemap from this host?" (a link may name any host). */
export type HostAnswers = Readonly<Record<string, 'allow' | 'deny'>>;

/**
 * The host to ask about before loading `choice`, or null when no question is needed: choices that
 * are not a URL (the offline map, 天地图, OpenStreetMap, the deployment's PMTiles) are configured,
 * as are the Atlas' own origin and OpenStreetMap's style host; a host this browser allowed is not
 * asked about again. Loading a style makes the viewer's browser contact its host (and learn the
 * viewer's address), so a link alone must not decide it.
 */
export function hostToAsk(choice: string | null, answers: HostAnswers, ownOrigin: string): string | null {
  const url = choice ? styleUrl(choice) : null;
  if (!url || url.origin === ownOrigin || url.host === new URL(OSM_STYLE_URL).host) return null;
  return answers[url.host] === 'allow' ? null : url.host;
}

/** The host a style URL choice names (`tiles.example.org`, `10.0.0.5:8080`), or null for any other choice. */
export function styleHost(choice: string): string | null {
  return styleUrl(choice)?.host ?? null;
}

function styleUrl(choice: string): URL | null {
  if (!isStyleUrl(choice)) return null;
  try {
    return new URL(choice);
  } catch {
    return null;
  }
}

export function isTianditu(choice: string): choice is TiandituId {
  return choice in TIANDITU_LAYERS;
}

export function pmtilesIdOf(choice: string): string | null {
  return choice.startsWith('pmtiles:') ? choice.slice('pmtiles:'.length) : null;
}

/** Whether a `basemap=` value names something the Atlas can show (a PMTiles id is checked against the config later). */
export function isBasemapChoice(value: string): boolean {
  return BASEMAPS.some((b) => b.id === value) || /^pmtiles:[a-z0-9][a-z0-9-]{0,39}$/.test(value) || isStyleUrl(value);
}

/** 天地图's tile URLs for one layer (its eight hosts, its WMTS GetTile in Web Mercator), with the key. */
export function tiandituTiles(layer: string, token: string, origin = 'https://t{s}.tianditu.gov.cn'): string[] {
  const query = `SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${encodeURIComponent(token)}`;
  return Array.from({ length: 8 }, (_, s) => `${origin.replace('{s}', String(s))}/${layer}_w/wmts?${query}`);
}

/** A 天地图 key is 32 hexadecimal characters; anything else is refused before it reaches a URL. */
export function isTiandituToken(value: string): boolean {
  return /^[0-9a-f]{32}$/i.test(value.trim());
}

/** Checks public/basemaps.json; a malformed entry is dropped (and named), never fatal. */
export function parseBasemapConfig(json: unknown): { config: BasemapConfig; problems: string[] } {
  const problems: string[] = [];
  const obj = typeof json === 'object' && json !== null && !Array.isArray(json) ? (json as Record<string, unknown>) : {};
  const list = Array.isArray(obj.pmtiles) ? obj.pmtiles : [];
  const pmtiles: PmtilesBasemap[] = [];
  for (const [i, raw] of list.entries()) {
    const e = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
    const title = e.title as Record<string, unknown> | undefined;
    const ok =
      typeof e.id === 'string' &&
      /^[a-z0-9][a-z0-9-]{0,39}$/.test(e.id) &&
      typeof e.url === 'string' &&
      /^[\w./-]+\.pmtiles$/.test(e.url) &&
      !e.url.includes('..') &&
      typeof e.attribution === 'string' &&
      typeof title?.zh === 'string' &&
      typeof title?.en === 'string' &&
      (e.flavor === undefined || (typeof e.flavor === 'string' && ['light', 'white', 'grayscale', 'dark', 'black'].includes(e.flavor)));
    if (!ok) {
      problems.push(`pmtiles[${i}]`);
      continue;
    }
    pmtiles.push({
      id: e.id as string,
      title: { zh: String(title?.zh).slice(0, 40), en: String(title?.en).slice(0, 60) },
      url: e.url as string,
      attribution: String(e.attribution).slice(0, 200),
      ...(e.flavor ? { flavor: e.flavor as string } : {}),
    });
  }
  const review = typeof obj.tiandituReviewNumber === 'string' ? obj.tiandituReviewNumber.slice(0, 40) : undefined;
  return { config: { pmtiles, ...(review ? { tiandituReviewNumber: review } : {}) }, problems };
}

/** What the reader calls a basemap: its title, a PMTiles map's listed title, or the style URL itself. */
export function basemapTitle(choice: string, config: BasemapConfig | null, lang: 'zh' | 'en'): string {
  const builtIn = BASEMAPS.find((b) => b.id === choice);
  if (builtIn) return builtIn.title[lang];
  const pmtiles = pmtilesIdOf(choice);
  if (pmtiles) return config?.pmtiles.find((p) => p.id === pmtiles)?.title[lang] ?? pmtiles;
  return choice.slice(0, 80);
}

/** Whether a choice is photographs (its lines and names get casings). */
export function isImagery(choice: string | null): boolean {
  return BASEMAPS.some((b) => b.id === choice && b.imagery);
}
