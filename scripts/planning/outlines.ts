/** Types for data/planning/outlines.json: how the project draws each planning zone. */
import type { Position } from 'geojson';
import type { Localized } from '../../src/content/types';
import type { DistrictSide, Side } from './rings';

export interface ClusterOutline {
  id: string;
  /** The ring's sides in order: reference line ids, or stretches of Futian's boundary. */
  sides: Side[];
  note: Localized;
}

export interface PointOutline {
  id: string;
  accuracyM: number;
  note: Localized;
  lngLat?: [number, number];
  from?: string;
  offsetM?: [number, number];
  atLabelOf?: string;
}

/** A stretch of one reference line, between where two others cross it, widened into a band. */
export interface Corridor {
  along: string;
  from: string;
  to: string;
}

export interface BeltOutline {
  id: string;
  corridors: Corridor[];
  halfWidthM: number;
  note: Localized;
}

export interface PublishedArea {
  id: string;
  km2: number;
  source: Localized;
}

export interface Outlines {
  accuracyM: number;
  districtSides: Record<DistrictSide['district'], Localized>;
  clusters: ClusterOutline[];
  core: { id: string; sameAs: string; note: Localized };
  belts: BeltOutline[];
  axis: { id: string; sides: Side[]; centreline: string; note: Localized };
  hetaoLoop: { id: string; accuracyM: number; ring: Position[]; note: Localized };
  published: PublishedArea[];
  /**
   * Where a zone's name is written when its label point is taken: the belts' label points fall in
   * their clusters, 南部's on 河套's. Each is a cartographer's choice (checked to lie inside the zone),
   * with why.
   */
  labelAt: Array<{ id: string; lngLat: Position; why: string }>;
  points: PointOutline[];
  partners: Array<{ id: string; district: string }>;
}
