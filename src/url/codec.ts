/**
 * The URL format, versioned (kepler.gl's approach):
 * `?v=1&lang=en&zone=bagualing&layers=core,belts&opacity=belts:50&view=lng,lat,zoom,bearing,pitch`.
 * Pure: parse never throws, and every rejected value becomes a notice so the user knows why the
 * link did not restore what it promised. Only this module knows parameter names.
 */
import { isBasemapChoice, isStyleUrl } from '../layers/basemaps';
import { LANGS, type Lang, type Messages } from '../i18n';
import { DEFAULT_OPACITY, DEFAULT_VISIBILITY, isToggleId, type Opacity, TOGGLE_IDS, type Visibility, visibilityFrom } from '../layers/toggles';
import type { MapView } from '../state/view';
import { validView } from '../state/viewSchema';
import { isZoneId, type ZoneId } from '../zones/ids';
import { BRIEFINGS, type BriefingStep, decodeSteps, encodeSteps } from '../embed/briefing';
import { packedStepsOf, unpackedBriefing } from '../embed/packedSteps';
import { MAX_PACKED_MARKUP_CHARS, packedMarkupOf, unpackedMarkup } from '../markup/link';
import type { Markup } from '../markup/types';

/** Extra controls an embed may ask for with `controls=` (attribution and zoom are always there). */
export const EMBED_CONTROLS = ['search', 'layers', 'basemap', 'legend', 'lang', 'zones', 'distances', 'measure', 'share', 'export'] as const;
export type EmbedControl = (typeof EMBED_CONTROLS)[number];

export const URL_FORMAT_VERSION = '1';

type NoticeKind = keyof Messages['notices'];
export interface UrlNotice {
  kind: NoticeKind;
  arg?: string;
}

export interface UrlState {
  lang: Lang;
  view: MapView | null;
  basemap: string | null;
  zone: ZoneId | null;
  /** null: the default layers. */
  visibility: Visibility | null;
  /** Only the layers whose opacity is not 100 %. */
  opacity: Partial<Opacity>;
  embed: boolean;
  controls: EmbedControl[];
  /** The embedding page's origin: host API messages are accepted from and sent to it only. */
  host: string | null;
  /** A built-in briefing id, or the planner's own steps (`views=`). */
  briefing: string | null;
  views: BriefingStep[] | null;
  /** The planner's own briefing's title (a packed `brief=` link carries one). */
  briefingTitle: string | null;
  step: number | null;
  /** The planner's markup (`mk=`, packed: src/markup/link.ts); null: none in the link. */
  markup: Markup | null;
}

export interface ParsedUrl {
  state: UrlState;
  notices: UrlNotice[];
}

const PARAM = {
  version: 'v',
  lang: 'lang',
  view: 'view',
  basemap: 'basemap',
  zone: 'zone',
  layers: 'layers',
  opacity: 'opacity',
  embed: 'embed',
  controls: 'controls',
  host: 'host',
  briefing: 'briefing',
  views: 'views',
  brief: 'brief',
  step: 'step',
  markup: 'mk',
} as const;
const KNOWN = new Set<string>(Object.values(PARAM));
/** Shown to the user in a notice: never echo an unbounded, attacker-chosen string. */
const MAX_ECHO = 40;

function echo(value: string): string {
  return value.length > MAX_ECHO ? `${value.slice(0, MAX_ECHO)}…` : value;
}

function parseLang(raw: string | null, notices: UrlNotice[]): Lang {
  if (raw === null) return 'zh';
  if ((LANGS as readonly string[]).includes(raw)) return raw as Lang;
  notices.push({ kind: 'unknownLang', arg: echo(raw) });
  return 'zh';
}

/** Numbers as the writer prints them: optional sign, digits, optional fraction. No exponents, no hex. */
const NUMBER = /^-?\d{1,4}(\.\d{1,8})?$/;

export function parseView(raw: string): MapView | null {
  const parts = raw.split(',');
  if (parts.length !== 5 || !parts.every((p) => NUMBER.test(p))) return null;
  const [lng, lat, zoom, bearing, pitch] = parts.map(Number);
  return validView({ center: [lng, lat], zoom, bearing, pitch });
}

/** A `basemap=` value: a basemap's id (天地图, OSM, `pmtiles:<id>`) or an online style's http(s) URL; null if neither. */
/** Whether a query names a basemap (then it wins over the one this browser remembers). */
export function hasBasemapParam(search: string): boolean {
  return new URLSearchParams(search).has(PARAM.basemap);
}

export function parseBasemapUrl(raw: string): string | null {
  if (raw.length > 2048) return null;
  if (!isStyleUrl(raw)) return isBasemapChoice(raw) ? raw : null;
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

function parseZone(raw: string | null, notices: UrlNotice[]): ZoneId | null {
  if (raw === null || raw === '') return null;
  if (isZoneId(raw)) return raw;
  notices.push({ kind: 'unknownZone', arg: echo(raw) });
  return null;
}

function parseLayers(raw: string | null, notices: UrlNotice[]): Visibility | null {
  if (raw === null) return null;
  const ids = raw.split(',').filter((id) => id !== '');
  for (const id of ids) if (!isToggleId(id)) notices.push({ kind: 'unknownLayer', arg: echo(id) });
  return visibilityFrom(ids.filter(isToggleId));
}

const OPACITY_ITEM = /^([a-z-]{1,40}):(\d{1,3})$/;

function parseOpacity(raw: string | null, notices: UrlNotice[]): Partial<Opacity> {
  if (raw === null || raw === '') return {};
  const result: Partial<Opacity> = {};
  for (const item of raw.split(',')) {
    const match = OPACITY_ITEM.exec(item);
    const percent = match ? Number(match[2]) : Number.NaN;
    if (!match || !isToggleId(match[1]) || percent > 100) {
      notices.push({ kind: 'badOpacity', arg: echo(item) });
      continue;
    }
    result[match[1]] = percent / 100;
  }
  return result;
}

function parseControls(raw: string | null, notices: UrlNotice[]): EmbedControl[] {
  if (raw === null || raw === '') return [];
  const ids = raw.split(',');
  for (const id of ids) if (!(EMBED_CONTROLS as readonly string[]).includes(id)) notices.push({ kind: 'unknownControl', arg: echo(id) });
  return EMBED_CONTROLS.filter((c) => ids.includes(c));
}

export function parseHostOrigin(raw: string): string | null {
  try {
    const url = new URL(raw);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === raw.replace(/\/$/, '') ? url.origin : null;
  } catch {
    return null;
  }
}

/** The query parameter of a packed briefing: unpack it (src/embed/packedSteps.ts) before parsing. */
export const PACKED_BRIEFING_PARAM = PARAM.brief;
/** The query parameter of packed markup: unpack it (src/markup/link.ts) before parsing. */
export const PACKED_MARKUP_PARAM = PARAM.markup;

function parseMarkup(raw: string | null, notices: UrlNotice[]): Markup | null {
  if (!raw) return null;
  const markup = unpackedMarkup(raw);
  if (!markup) notices.push({ kind: 'badMarkup' });
  return markup ?? null;
}

function parseViews(params: URLSearchParams, notices: UrlNotice[]): Pick<UrlState, 'views' | 'briefingTitle'> {
  const packed = params.get(PARAM.brief);
  if (packed) {
    const briefing = unpackedBriefing(packed);
    if (briefing) return { views: briefing.steps, briefingTitle: briefing.title || null };
    notices.push({ kind: 'badViews' });
  }
  const rawViews = params.get(PARAM.views);
  const views = rawViews ? decodeSteps(rawViews) : null;
  if (rawViews && !views) notices.push({ kind: 'badViews' });
  return { views: packed ? null : views, briefingTitle: null };
}

function parseBriefing(params: URLSearchParams, notices: UrlNotice[]): Pick<UrlState, 'briefing' | 'views' | 'briefingTitle' | 'step'> {
  const rawBriefing = params.get(PARAM.briefing);
  const briefing = rawBriefing && BRIEFINGS.some((b) => b.id === rawBriefing) ? rawBriefing : null;
  if (rawBriefing && !briefing) notices.push({ kind: 'unknownBriefing', arg: echo(rawBriefing) });
  const { views, briefingTitle } = parseViews(params, notices);
  const rawStep = params.get(PARAM.step);
  const step = rawStep !== null && /^\d{1,2}$/.test(rawStep) ? Number(rawStep) : null;
  if (rawStep !== null && step === null) notices.push({ kind: 'badStep', arg: echo(rawStep) });
  return { briefing, views, briefingTitle, step };
}

export function parseUrl(search: string): ParsedUrl {
  const notices: UrlNotice[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    params = new URLSearchParams();
  }
  const version = params.get(PARAM.version);
  if (version !== null && version !== URL_FORMAT_VERSION) notices.push({ kind: 'badVersion', arg: echo(version) });

  const lang = parseLang(params.get(PARAM.lang), notices);

  const rawView = params.get(PARAM.view);
  const view = rawView === null ? null : parseView(rawView);
  if (rawView !== null && view === null) notices.push({ kind: 'badView' });

  const rawBasemap = params.get(PARAM.basemap);
  const basemap = rawBasemap === null || rawBasemap === '' ? null : parseBasemapUrl(rawBasemap);
  if (rawBasemap && basemap === null) notices.push({ kind: 'badBasemap' });

  const zone = parseZone(params.get(PARAM.zone), notices);
  const visibility = parseLayers(params.get(PARAM.layers), notices);
  const opacity = parseOpacity(params.get(PARAM.opacity), notices);
  const rawEmbed = params.get(PARAM.embed);
  const embed = rawEmbed === '1' || rawEmbed === 'true';
  const controls = parseControls(params.get(PARAM.controls), notices);
  const rawHost = params.get(PARAM.host);
  const host = rawHost ? parseHostOrigin(rawHost) : null;
  if (rawHost && !host) notices.push({ kind: 'badHost', arg: echo(rawHost) });
  const briefing = parseBriefing(params, notices);
  const markup = parseMarkup(params.get(PARAM.markup), notices);

  for (const name of new Set(params.keys())) {
    if (!KNOWN.has(name) && !name.startsWith('utm_')) notices.push({ kind: 'unknownParam', arg: echo(name) });
  }
  return { state: { lang, view, basemap, zone, visibility, opacity, embed, controls, host, ...briefing, markup }, notices };
}

function round(value: number, decimals: number): string {
  // Avoid "-0" and trailing zeros so links stay short and stable.
  const fixed = Number(value.toFixed(decimals));
  return String(Object.is(fixed, -0) ? 0 : fixed);
}

export function formatView(view: MapView): string {
  const [lng, lat] = view.center;
  return [round(lng, 5), round(lat, 5), round(view.zoom, 2), round(view.bearing, 1), round(view.pitch, 0)].join(',');
}

/** A link that starts the planner's own briefing at its first step, nothing else set. */
export function briefingQuery(steps: BriefingStep[]): string {
  // The very array (not a copy): steps packed for a link are found by identity (src/embed/packedSteps.ts).
  return encodeUrl({ lang: 'zh', view: null, basemap: null, zone: null, visibility: null, opacity: {}, embed: false, controls: [], host: null, briefing: null, views: steps, briefingTitle: null, step: 0, markup: null });
}

/** The canonical query string for a state (defaults are left out to keep links short). */
export function encodeUrl(state: UrlState): string {
  const params = new URLSearchParams();
  params.set(PARAM.version, URL_FORMAT_VERSION);
  if (state.lang !== 'zh') params.set(PARAM.lang, state.lang);
  if (state.zone) params.set(PARAM.zone, state.zone);
  if (state.visibility && TOGGLE_IDS.some((id) => state.visibility?.[id] !== DEFAULT_VISIBILITY[id])) {
    params.set(PARAM.layers, TOGGLE_IDS.filter((id) => state.visibility?.[id]).join(','));
  }
  const faded = TOGGLE_IDS.filter((id) => state.opacity[id] !== undefined && state.opacity[id] !== DEFAULT_OPACITY[id]);
  if (faded.length > 0) params.set(PARAM.opacity, faded.map((id) => `${id}:${Math.round((state.opacity[id] ?? 1) * 100)}`).join(','));
  if (state.view) params.set(PARAM.view, formatView(state.view));
  if (state.basemap) params.set(PARAM.basemap, state.basemap);
  if (state.embed) params.set(PARAM.embed, '1');
  if (state.controls.length > 0) params.set(PARAM.controls, state.controls.join(','));
  if (state.host) params.set(PARAM.host, state.host);
  if (state.briefing) params.set(PARAM.briefing, state.briefing);
  if (state.views) {
    // Steps that came packed (or were packed for a link) go back packed; older links keep their form.
    const packed = packedStepsOf(state.views);
    if (packed) params.set(PARAM.brief, packed);
    else params.set(PARAM.views, encodeSteps(state.views));
  }
  if (state.step !== null) params.set(PARAM.step, String(state.step));
  // Markup goes packed; markup not packed yet (just drawn) is written once packing is done (src/url/sync.ts).
  const packedMarkup = state.markup && state.markup.shapes.length > 0 ? packedMarkupOf(state.markup) : undefined;
  if (packedMarkup && packedMarkup.length <= MAX_PACKED_MARKUP_CHARS) params.set(PARAM.markup, packedMarkup);
  return `?${params.toString()}`;
}
