import type { BackgroundLayerSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Lang } from '../i18n';

export type { Localized } from '../content/types';
import type { Localized } from '../content/types';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** Style layers without their `source`: the registry attaches it, so a def cannot point at the wrong data. */
export type StyleLayer = DistributiveOmit<Exclude<LayerSpecification, BackgroundLayerSpecification>, 'source'>;

export interface SourceDef {
  id: string;
  /** URL of a GeoJSON file served from the Atlas' own origin… */
  url?: string;
  /** …or data the app sets at run time (measurements). */
  data?: GeoJSON.FeatureCollection;
  title: Localized;
  /** Key of the attribution message this data needs (shown in the map's attribution line). */
  attribution: 'districts' | 'land' | 'reference' | 'planning' | 'imported';
  /** Feature property maplibre uses as the feature id (for feature-state highlights). */
  promoteId?: string;
}

export interface LayerDef {
  id: string;
  /** How the layer panel groups it: 布局 (layout), 合作地区 (cooperation), 底图 (basemap). */
  group: 'basemap' | 'layout' | 'cooperation' | 'markup' | 'imported';
  source: SourceDef['id'];
  title: Localized;
  /**
   * Its features are zones: the style layers a pointer hits (what the reader sees, not labels or
   * highlight outlines). Hover highlights them, a click selects them.
   */
  hitLayers?: string[];
  /** Drawn on top of an online basemap too (the planning layers and Futian's outline are). */
  onlineOverlay?: boolean;
  /**
   * Which names win where two collide: higher ranks are placed first (default 0, the reference
   * layer's stations and landmarks). Every plan zone outranks the reference, so a zone in the
   * frame is named; among zones the eight clusters win, then 一核, the axis and the belts, whose
   * names are placed where the clusters leave room (outlines.json `labelAt`).
   */
  labelRank?: number;
  /** Text layers get their `text-field` from the active language. */
  labelProperty?: Record<Lang, string>;
  style: StyleLayer[];
}
