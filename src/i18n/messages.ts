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
  /** The About drawer's button (its text loads with the drawer). */
  aboutButton: string;
  languageName: string;
  noWebglTitle: string;
  noWebglBody: string;
  contextLostTitle: string;
  contextLostBody: string;
  dismiss: string;
  partFailed: (part: string) => string;
  /** Import problems said in the user's language (the validator's own detail is kept for the rest). */
  /** Why a feature or a file was not imported, by ImportProblemKind; the argument is its detail. */
  table: {
    title: (layer: string) => string;
    search: string;
    count: (shown: number, all: number, max: number) => string;
    measure: string;
    open: (layer: string) => string;
  };
  importTasks: {
    title: string;
    phase: Record<'reading' | 'checking', (name: string) => string>;
    cancel: string;
    pickCrs: (name: string) => string;
    preview: (lng: string, lat: string, accuracyM: number, first: boolean) => string;
    importWith: string;
    pickColumns: (name: string) => string;
    xColumn: string;
    yColumn: string;
    importWithColumns: string;
  };
  importProblemText: Record<import('../import/validateImport').ImportProblemKind, (detail: string) => string>;
  importWarningText: Record<import('../import/validateImport').ImportWarningKind, string>;
  retry: string;
  kinds: Record<ZoneKind, string>;
  zoneList: {
    title: string;
    name: string;
    kind: string;
    memberOf: string;
    radiatedBy: (belts: string) => string;
    role: string;
    area: string;
    open: string;
  };
  panel: {
    close: string;
    expand: string;
    collapse: string;
    role: string;
    positioning: string;
    industries: string;
    measures: string;
    figures: string;
    figureMeasure: string;
    figureValue: string;
    figureYear: string;
    figureScope: string;
    scope: Record<'zone' | 'district' | 'city' | 'partnership' | 'three-villages' | 'shenshan-parks', string>;
    /** Year or status the document does not give. */
    notStated: string;
    goals: string;
    goalYear: (year: number) => string;
    /** The chart's title and caption name the zone the targets are for, and their documents. */
    targets: (zone: string) => string;
    targetsCaption: (zone: string, docs: string) => string;
    targetUnit: (unit: string) => string;
    noBaseline: string;
    baseline: string;
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
    /** For an area: the distance above runs to its middle; this to its nearest boundary. */
    fromFutianEdge: (distance: string) => string;
    relatedDistance: (centre: string) => string;
    /** The area a public source gives, and where from. */
    publishedArea: string;
    computedArea: string;
    /** How the computed area relates to the published one: within its ± or not. */
    areaAgrees: (offPercent: string) => string;
    areaDiffers: (offPercent: string) => string;
    civicCentreInside: string;
    /** What is said instead of a distance to a zone drawn with the same outline, inside it, or holding it. */
    placement: Record<'same-outline' | 'contains' | 'within', string>;
    /** A distance a document gives beside the map's measurement, and how the two relate. */
    documentDistance: (zone: string, display: string) => string;
    mapDistance: (centre: string, edge: string) => string;
    distanceRelation: Record<'between' | 'near-centre' | 'near-edge' | 'other', string>;
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
    groups: Record<'layout' | 'cooperation' | 'reference' | 'basemap', string>;
    opacity: (layer: string) => string;
    legend: string;
    imported: string;
    importButton: string;
    importHint: string;
    remove: (name: string) => string;
    resetImports: string;
    colourBy: (layer: string) => string;
    oneColour: string;
    categories: string;
    graduated: string;
    labelBy: (layer: string) => string;
    noLabel: string;
    compare: (layer: string) => string;
    comparing: (layer: string) => string;
    stopCompare: string;
    comparingSide: (layer: string) => string;
    sideBySide: string;
    features: (n: number) => string;
    nearest: (zone: string, distance: string) => string;
  };
  basemaps: {
    title: string;
    offlineNote: string;
    customInUse: string;
    keyLabel: string;
    keySave: string;
    keyHint: string;
    keyInvalid: string;
    keyNotKept: string;
    keyKept: string;
    keyForget: string;
    advanced: string;
    customLabel: string;
    customUse: string;
    customInvalid: string;
    notOffered: string;
    button: string;
    /** Asked before a basemap a link names is loaded from another host. */
    askTitle: string;
    ask: (host: string) => string;
    askAllow: string;
    askDeny: string;
  };
  zonesButton: string;
  embed: {
    openFull: string;
    briefing: string;
    prev: string;
    next: string;
    present: string;
    presentShort: string;
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
    briefingHint: string;
  };
  briefingButton: string;
  /** The export dialog's own text lives with it (src/export/messages.ts), loaded when it opens. */
  exportMap: { button: string };
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
    /** Why drawn lengths carry no ± while zone areas do. */
    exact: string;
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
    idColumn: string;
    plusMinusColumn: string;
    self: string;
    /** How to read the table: "—", the ±, one row for one outline. */
    legend: string;
    accuracyColumn: string;
    notComputed: string;
    sortHint: string;
    downloadCsv: string;
    downloadJson: string;
    computing: string;
  };
  search: {
    label: string;
    placeholder: string;
    /** What a found place is, by its reference layer. */
    placeKinds: Record<string, string>;
    place: string;
    noResults: string;
  };
  noticeTitle: string;
  noticeRepeated: (count: number) => string;
  noticesMore: (count: number) => string;
  dismissAll: string;
  notices: {
    unknownLang: (value: string) => string;
    badView: string;
    badBasemap: string;
    basemapConfig: (what: string) => string;
    basemapFailed: (url: string) => string;
    basemapHostRefused: (host: string) => string;
    basemapRenamed: (count: string) => string;
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
    importsNotKept: (names: string) => string;
    importLayersFull: (what: string) => string;
    importStoredDropped: (count: string) => string;
    storageUnavailable: string;
    storageFull: string;
    importsReset: string;
    badMarkup: string;
    markupUnavailable: string;
    markupImported: (value: string) => string;
    markupImportFailed: (value: string) => string;
    markupNotSaved: string;
    markupNotLinked: (value: string) => string;
    markupFromLink: string;
  };
  basemapProblem: Record<import('../map/onlineStyle').StyleProblem, (detail: string) => string>;
  attribution: {
    districts: string;
    land: string;
    reference: string;
    planning: string;
    imported: string;
  };
}
