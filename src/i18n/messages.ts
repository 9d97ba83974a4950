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
  partFailed: (part: string) => string;
  /** Import problems said in the user's language (the validator's own detail is kept for the rest). */
  importProblemText: Partial<Record<'swapped' | 'projected' | 'range' | 'empty', string>>;
  retry: string;
  kinds: Record<ZoneKind, string>;
  zoneList: {
    title: string;
    name: string;
    kind: string;
    memberOf: string;
    role: string;
    area: string;
    open: string;
  };
  panel: {
    close: string;
    role: string;
    positioning: string;
    industries: string;
    measures: string;
    figures: string;
    figureMeasure: string;
    figureValue: string;
    figureYear: string;
    figureSource: string;
    status: Record<'actual' | 'target' | 'cumulative', string>;
    related: string;
    alsoHere: string;
    distances: string;
    area: string;
    toCore: (centre: string, edge: string) => string;
    toCoreTouching: (centre: string) => string;
    toCivicCentre: string;
    fromFutian: (distance: string, direction: string) => string;
    relatedDistance: (centre: string) => string;
    measuredHow: string;
    geometry: string;
    sources: string;
    cite: (doc: string, section: string) => string;
    documentLine: (doc: string, title: string, issuer: string, date: string) => string;
    estimate: string;
    loadingGeometry: string;
  };
  compass: Record<'N' | 'NE' | 'E' | 'SE' | 'S' | 'SW' | 'W' | 'NW', string>;
  layers: {
    button: string;
    title: string;
    groups: Record<'layout' | 'cooperation' | 'basemap', string>;
    opacity: (layer: string) => string;
    legend: string;
    imported: string;
    importButton: string;
    importHint: string;
    remove: (name: string) => string;
    features: (n: number) => string;
    nearest: (zone: string, distance: string) => string;
  };
  zonesButton: string;
  embed: {
    openFull: string;
    briefing: string;
    prev: string;
    next: string;
    stepOf: (i: number, n: number) => string;
  };
  share: {
    button: string;
    title: string;
    link: string;
    copy: string;
    copied: string;
    copyFailed: string;
    embedCode: string;
    size: string;
    preview: string;
    iframeTitle: string;
    withLegend: string;
    briefingTitle: string;
    addStep: string;
    removeStep: (title: string) => string;
    briefingLink: string;
    downloadBriefing: string;
    noSteps: string;
  };
  measure: {
    button: string;
    title: string;
    hint: string;
    length: string;
    area: string;
    perimeter: string;
    fromZone: (zone: string) => string;
    undo: string;
    close: string;
    finish: string;
    clear: string;
    fromThisZone: string;
    points: (n: number) => string;
  };
  distances: {
    button: string;
    title: string;
    metric: string;
    centre: string;
    edge: string;
    subset: string;
    sets: Record<'clusters' | 'layout' | 'partners' | 'district', string>;
    corner: string;
    sortHint: string;
    downloadCsv: string;
    downloadJson: string;
    computing: string;
  };
  search: {
    label: string;
    placeholder: string;
    noResults: string;
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
    unknownZone: (value: string) => string;
    unknownLayer: (value: string) => string;
    badOpacity: (value: string) => string;
    unknownControl: (value: string) => string;
    badHost: (value: string) => string;
    unknownBriefing: (value: string) => string;
    badViews: string;
    badStep: (value: string) => string;
    importDone: (value: string) => string;
    importFailed: (value: string) => string;
    importProblems: (value: string) => string;
    importWarning: (value: string) => string;
    importNotStored: string;
  };
  attribution: {
    districts: string;
    land: string;
    planning: string;
    imported: string;
  };
}
