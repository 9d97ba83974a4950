import type { StateCreator } from 'zustand';
import type { Lang, Messages } from '../i18n';
import { type BasemapConfig, basemapTitle, type HostAnswers, styleHost } from '../layers/basemaps';

/** A name on the map and how many times maplibre placed it (a road may carry its name twice; a zone should not). */
export interface PlacedName {
  name: string;
  count: number;
}

type NoticeKind = keyof Messages['notices'];

export interface Notice {
  id: number;
  kind: NoticeKind;
  /** Argument for the message function (a value from the URL, a file name), truncated. */
  arg?: string;
  /** How many times the same notice came in (shown once, with the count). */
  count: number;
}

/** Echoed input longer than this is cut: a 100,000-character value must not become a wall of text. */
export const MAX_NOTICE_ARG_CHARS = 160;
/** At most this many notices are listed; the rest are counted and can be dismissed at once. */
export const MAX_NOTICES = 4;

export function truncateArg(arg: string | undefined): string | undefined {
  if (arg === undefined) return undefined;
  const chars = [...arg];
  return chars.length > MAX_NOTICE_ARG_CHARS ? `${chars.slice(0, MAX_NOTICE_ARG_CHARS).join('')}…` : arg;
}

export type MapStatus = 'loading' | 'ready' | 'no-webgl' | 'context-lost';

/** The one side drawer open at a time (the policy panel is separate: it follows the selection). */
export type Drawer = 'layers' | 'basemap' | 'zones' | 'distances' | 'share' | 'briefing' | 'export' | 'about' | 'shortcuts' | 'table' | null;

/** 对比: which imported layer the swipe's right side shows against the plan. */
export interface CompareChoice {
  imported: string;
  /** A swipe over one map, or two maps side by side (their cameras kept together). */
  layout: 'swipe' | 'side';
}

export interface UiSlice {
  compare: CompareChoice | null;
  setCompare: (choice: CompareChoice | null) => void;
  lang: Lang;
  /** The basemap chosen (src/layers/basemaps.ts: an id, `pmtiles:<id>` or a style URL); null means the offline map (the default). */
  basemap: string | null;
  /** This browser's answers, per host, to loading a basemap a link names from another host (src/layers/basemaps.ts hostToAsk). */
  basemapHosts: HostAnswers;
  /**
   * The viewer answers whether the basemap may be loaded from `host`: allowed, the style loads;
   * refused, the map stays offline and the link's basemap is dropped. Remembered per host.
   */
  answerBasemapHost: (host: string, answer: 'allow' | 'deny') => void;
  /** The 天地图 key in use (this browser's or the build's); never written to a link, an export or a snippet. */
  tiandituToken: string | null;
  /** The deployment's basemap list (basemaps.json), once fetched; requested: a fetch is under way or done. */
  basemapConfig: BasemapConfig | null;
  basemapConfigRequested: boolean;
  mapStatus: MapStatus;
  notices: Notice[];
  /** Notices that came in while MAX_NOTICES were showing: counted, not listed. */
  noticesOverflow: number;
  /** The last notice id handed out (kept in the store, so a reset starts again). */
  noticeSeq: number;
  /** Place names the map has actually drawn: mirrored into the DOM for screen readers. */
  renderedPlaceNames: PlacedName[];
  /**
   * How many times the map has gone idle (camera still, tiles loaded, labels placed), counted with
   * the names above in one update: whoever waits for the map after an action (a screen-reader
   * announcement, a test) waits for this to grow, never for a time.
   */
  mapIdles: number;
  drawer: Drawer;
  setDrawer: (drawer: Drawer) => void;
  setLang: (lang: Lang) => void;
  setBasemap: (choice: string | null) => void;
  setTiandituToken: (token: string | null) => void;
  setBasemapConfig: (config: BasemapConfig | null, requested: boolean) => void;
  setMapStatus: (status: MapStatus) => void;
  addNotice: (kind: NoticeKind, arg?: string) => void;
  /**
   * The map reports that the online basemap `url` failed (`reason` in the reader's language): the
   * store goes back to the offline map and says why. Ignored if the basemap changed meanwhile.
   */
  basemapFailed: (url: string, reason: string) => void;
  dismissNotice: (id: number) => void;
  dismissAllNotices: () => void;
  /** The map went idle with these names placed. */
  setRenderedPlaceNames: (names: PlacedName[]) => void;
}

/** The state change of one more notice (the same one again is counted), for actions that add some among other changes. */
export function withNotice(s: Pick<UiSlice, 'notices' | 'noticesOverflow' | 'noticeSeq'>, kind: NoticeKind, rawArg?: string): Partial<UiSlice> {
  const arg = truncateArg(rawArg);
  // The same notice again (a retried load, 10,000 unknown parameters) is counted, not repeated.
  const same = s.notices.find((n) => n.kind === kind && n.arg === arg);
  if (same) return { notices: s.notices.map((n) => (n === same ? { ...n, count: n.count + 1 } : n)) };
  if (s.notices.length >= MAX_NOTICES) return { noticesOverflow: s.noticesOverflow + 1 };
  const id = s.noticeSeq + 1;
  return { noticeSeq: id, notices: [...s.notices, { id, kind, arg, count: 1 }] };
}

export const createUiSlice: StateCreator<UiSlice, [], [], UiSlice> = (set) => ({
  lang: 'zh',
  basemap: null,
  basemapHosts: {},
  answerBasemapHost: (host, answer) =>
    set((s) => {
      const basemapHosts = { ...s.basemapHosts, [host]: answer };
      if (answer === 'allow' || !s.basemap || styleHost(s.basemap) !== host) return { basemapHosts };
      return { basemapHosts, basemap: null, ...withNotice(s, 'basemapHostRefused', host) };
    }),
  tiandituToken: null,
  basemapConfig: null,
  basemapConfigRequested: false,
  mapStatus: 'loading',
  notices: [],
  noticesOverflow: 0,
  noticeSeq: 0,
  renderedPlaceNames: [],
  mapIdles: 0,
  drawer: null,
  setDrawer: (drawer) => set({ drawer }),
  compare: null,
  setCompare: (compare) => set({ compare }),
  setLang: (lang) => set({ lang }),
  setBasemap: (basemap) => set({ basemap }),
  setTiandituToken: (tiandituToken) => set({ tiandituToken }),
  setBasemapConfig: (basemapConfig, basemapConfigRequested) => set({ basemapConfig, basemapConfigRequested }),
  setMapStatus: (mapStatus) => set({ mapStatus }),
  addNotice: (kind, arg) => set((s) => withNotice(s, kind, arg)),
  basemapFailed: (url, reason) =>
    set((s) => (s.basemap === url ? { basemap: null, ...withNotice(s, 'basemapFailed', `${basemapTitle(url, s.basemapConfig, s.lang)} — ${reason}`) } : s)),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  dismissAllNotices: () => set({ notices: [], noticesOverflow: 0 }),
  setRenderedPlaceNames: (names) =>
    set((s) => {
      const key = (list: PlacedName[]) => list.map((n) => `${n.name}×${n.count}`).join('\n');
      return { mapIdles: s.mapIdles + 1, renderedPlaceNames: key(s.renderedPlaceNames) === key(names) ? s.renderedPlaceNames : names };
    }),
});
