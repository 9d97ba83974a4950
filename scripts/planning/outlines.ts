/** Types for data/planning/outlines.json: the project's schematic drawing instructions. */
import type { Localized } from '../../src/content/types';

export interface BoundingLine extends Localized {
  lat?: number;
  lng?: number;
}

export type Side = 'north' | 'east' | 'south' | 'west';

export interface RectOutline {
  north: string;
  east: string;
  south: string;
  west: string;
}

export interface ClusterOutline extends RectOutline {
  id: string;
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

export interface Outlines {
  accuracyM: number;
  lines: Record<string, BoundingLine>;
  districtSides: Record<Side, Localized>;
  clusters: ClusterOutline[];
  core: { id: string; sameAs: string; note: Localized };
  belts: Array<{ id: string }>;
  beltBufferM: number;
  axis: { id: string; corridor: RectOutline; centreline: { line: string; path: Array<[number, number]> }; note: Localized };
  hetaoLoop: { id: string; bbox: [number, number, number, number]; note: Localized };
  points: PointOutline[];
  partners: Array<{ id: string; district: string }>;
}
