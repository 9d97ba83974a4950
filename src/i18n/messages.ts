import type { ZoneKind } from '../zones/ids';

/** One typed message object per language (kepler.gl style): a missing key is a compile error. */
export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

export interface Messages {
  appTitle: string;
  appSubtitle: string;
  mapLabel: string;
  placesOnMap: string;
  loading: string;
  switchLanguage: string;
  languageName: string;
  noWebglTitle: string;
  noWebglBody: string;
  contextLostTitle: string;
  contextLostBody: string;
  dismiss: string;
  kinds: Record<ZoneKind, string>;
  zoneList: {
    title: string;
    name: string;
    kind: string;
    memberOf: string;
    role: string;
  };
  noticeTitle: string;
  notices: {
    unknownLang: (value: string) => string;
    badView: string;
    badBasemap: string;
    basemapFailed: (url: string) => string;
    dataFailed: (what: string) => string;
    unknownParam: (name: string) => string;
    badVersion: (value: string) => string;
  };
  attribution: {
    districts: string;
    land: string;
    planning: string;
  };
}
