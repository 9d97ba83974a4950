/**
 * Fixed reference points the panels measure from. Their positions are the project's own
 * cartographic estimates (WGS84), not figures from the source documents.
 */
import type { Localized } from '../content/types';
import type { LngLat } from './measure';

export interface Landmark {
  id: string;
  name: Localized;
  lngLat: LngLat;
  accuracyM: number;
}

/** 深圳市民中心, the civic heart of the Central Activity Zone (福田中心区). */
export const CIVIC_CENTRE: Landmark = {
  id: 'civic-centre',
  name: { zh: '深圳市民中心', en: 'Shenzhen Civic Center' },
  lngLat: [114.058, 22.5435],
  accuracyM: 200,
};
