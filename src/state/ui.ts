import type { StateCreator } from 'zustand';
import type { Lang, Messages } from '../i18n';

type NoticeKind = keyof Messages['notices'];

export interface Notice {
  id: number;
  kind: NoticeKind;
  /** Argument for the message function (a value from the URL, a file name). */
  arg?: string;
}

export type MapStatus = 'loading' | 'ready' | 'no-webgl' | 'context-lost';

/** The one side drawer open at a time (the policy panel is separate: it follows the selection). */
export type Drawer = 'layers' | 'zones' | 'distances' | 'share' | 'export' | null;

export interface UiSlice {
  lang: Lang;
  /** An optional online style URL; null means the offline basemap (the default). */
  basemapStyleUrl: string | null;
  mapStatus: MapStatus;
  notices: Notice[];
  /** Place names the map has actually drawn: mirrored into the DOM for screen readers. */
  renderedPlaceNames: string[];
  drawer: Drawer;
  setDrawer: (drawer: Drawer) => void;
  setLang: (lang: Lang) => void;
  setBasemapStyleUrl: (url: string | null) => void;
  setMapStatus: (status: MapStatus) => void;
  addNotice: (kind: NoticeKind, arg?: string) => void;
  dismissNotice: (id: number) => void;
  setRenderedPlaceNames: (names: string[]) => void;
}

let nextNoticeId = 1;

export const createUiSlice: StateCreator<UiSlice, [], [], UiSlice> = (set) => ({
  lang: 'zh',
  basemapStyleUrl: null,
  mapStatus: 'loading',
  notices: [],
  renderedPlaceNames: [],
  drawer: null,
  setDrawer: (drawer) => set({ drawer }),
  setLang: (lang) => set({ lang }),
  setBasemapStyleUrl: (basemapStyleUrl) => set({ basemapStyleUrl }),
  setMapStatus: (mapStatus) => set({ mapStatus }),
  addNotice: (kind, arg) =>
    set((s) =>
      // The same notice twice (e.g. a retried load) is shown once.
      s.notices.some((n) => n.kind === kind && n.arg === arg) ? s : { notices: [...s.notices, { id: nextNoticeId++, kind, arg }] },
    ),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  setRenderedPlaceNames: (names) =>
    set((s) => (s.renderedPlaceNames.join('\n') === names.join('\n') ? s : { renderedPlaceNames: names })),
});
