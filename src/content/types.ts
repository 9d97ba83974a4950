/** The shape of the Atlas' content (data/content/*.json). validate.ts checks real files against it. */
import type { Lang } from '../i18n';
import type { ZoneId, ZoneKind } from '../zones/ids';

export type Localized = Record<Lang, string>;

export const DOCUMENT_IDS = ['000', '002', '003', '004'] as const;
export type DocumentId = (typeof DOCUMENT_IDS)[number];

export interface DocumentInfo {
  id: DocumentId;
  /** File name of the public document this project read. */
  file: string;
  title: Localized;
  issuer: Localized;
  /** ISO date or year the document carries. */
  date: string;
}

/** A document and the section (question number, heading) an item comes from. */
export interface DocumentSource {
  doc: DocumentId;
  section: string;
}

/** Something the project worked out itself (a cartographic estimate), said as such. */
export interface EstimateSource {
  estimate: Localized;
}

export type Source = DocumentSource | EstimateSource;

export interface Statement {
  text: Localized;
  source: Source;
}

export const FIGURE_STATUSES = ['actual', 'target', 'cumulative'] as const;
export type FigureStatus = (typeof FIGURE_STATUSES)[number];

/**
 * Which area a figure describes: the zone whose panel shows it, the whole district (a district
 * policy or total shown on a partner's panel), the city, Futian's programme with a partner, the
 * three paired villages together, or all of Shenzhen's co-built parks in 深汕.
 */
export const FIGURE_SCOPES = ['zone', 'district', 'city', 'partnership', 'three-villages', 'shenshan-parks'] as const;
export type FigureScope = (typeof FIGURE_SCOPES)[number];

export interface Figure {
  /** What it measures. */
  measure: Localized;
  /** The number as a number, in `unit` (for sorting, charts and checks). */
  value: number;
  unit: Localized;
  /** How the document states it, exactly in Chinese (e.g. "超7亿元"); faithfully in English. */
  display: Localized;
  /** Which area the figure describes (shown wherever the figure is). */
  scope: FigureScope;
  /** Only where the document states it (a target year, "2024年新增"). */
  year?: number;
  /** Only where the document makes it clear (目标, 累计, a stated result); none for caps, distances, areas. */
  status?: FigureStatus;
  /** A starting value for a target, only where the document gives one for the same measure. */
  baseline?: { value: number; display: Localized; year?: number };
  /** For a distance the document gives to another zone: that zone, so the map's own measurement is shown beside it. */
  measuredTo?: ZoneId;
  source: DocumentSource;
}

/** A goal of the plan for a year (003's 2020 and 2035 goals). */
export interface Goal {
  year: number;
  text: Localized;
  source: DocumentSource;
}

export interface RelatedZone {
  id: ZoneId;
  relation: Localized;
}

export interface ZoneContent {
  id: ZoneId;
  kind: ZoneKind;
  /** The shorter name the map and the legend write where the full one would crowd the district view (English only differs). */
  mapName?: Localized;
  name: Localized;
  /** Other spellings people search for (e.g. 旺鱼村 for 旺渔村). */
  aliases?: string[];
  /** What it belongs to: a cluster's belt, a village's town, a park's county. */
  memberOf?: ZoneId[];
  /** Belts that radiate to it (辐射带动) without it being a member (003 Q11). */
  radiatedBy?: ZoneId[];
  /** Its role in 一核三带一轴八组团 (or in the regional cooperation). */
  role: Statement;
  /** The official positioning slogan, exact in Chinese, with the project's translation. */
  positioning?: Statement;
  industries: Statement[];
  measures: Statement[];
  figures: Figure[];
  /** The plan's goals, on the district's panel. */
  goals?: Goal[];
  related: RelatedZone[];
}

export function isDocumentSource(source: Source): source is DocumentSource {
  return 'doc' in source;
}
