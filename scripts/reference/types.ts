/** Types for data/reference/drawn.json: the project's own drawing of Futian's reference geography. */
import type { Localized } from '../../src/content/types';

export type LngLat = [number, number];

interface Named {
  id: string;
  zh: string;
  en: string;
  /** Overrides the default accuracy of its kind. */
  accuracyM?: number;
}

export interface DrawnRoad extends Named {
  class: 'arterial' | 'minor';
  path: LngLat[];
  /**
   * A stretch whose direction is known from a source (an audit against OpenStreetMap): the drawn
   * road must pass both points within its accuracy and run between them on the stated bearing.
   */
  knownCourse?: { from: LngLat; to: LngLat; bearingDeg: number; toleranceDeg: number; source: string };
}

export interface DrawnRiver extends Named {
  path: LngLat[];
  /** Half the channel's width, where it is wide enough to draw as water (and to leave out of land zones). */
  halfWidthM?: number;
}

export interface DrawnArea extends Named {
  kind: 'water' | 'green' | 'reserve';
  ring: LngLat[];
}

export interface DrawnStation extends Named {
  lngLat: LngLat;
}

export interface DrawnLine extends Named {
  color: string;
  /** Station ids in running order; the line is drawn station to station. */
  stations: string[];
}

export interface DrawnPlace extends Named {
  kind: 'landmark' | 'rail' | 'port' | 'area' | 'region' | 'water';
  lngLat: LngLat;
}

export type DefaultKind = 'road' | 'minor' | 'river' | 'area' | 'station' | 'rail' | 'place';

export interface Drawn {
  defaults: Record<DefaultKind, { accuracyM: number; how: Localized }>;
  roads: DrawnRoad[];
  rivers: DrawnRiver[];
  areas: DrawnArea[];
  stations: DrawnStation[];
  lines: DrawnLine[];
  places: DrawnPlace[];
}
