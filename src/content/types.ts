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

export interface Figure {
  /** What it measures. */
  measure: Localized;
  /** The number as a number, in `unit` (for sorting, charts and checks). */
  value: number;
  unit: Localized;
  /** How the document states it, exactly in Chinese (e.g. "超7亿元"); faithfully in English. */
  display: Localized;
  year: number;
  status: (typeof FIGURE_STATUSES)[number];
  source: DocumentSource;
}

export interface RelatedZone {
  id: ZoneId;
  relation: Localized;
}

export interface ZoneContent {
  id: ZoneId;
  kind: ZoneKind;
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
  related: RelatedZone[];
}

export function isDocumentSource(source: Source): source is DocumentSource {
  return 'doc' in source;
}
