/**
 * One figure, one value. Every distance and area the Atlas prints — on the map's link labels, in
 * a panel, in the distance table, its CSV and JSON, in an export — is made here, once, and only
 * printed elsewhere: the value rounded to what its positions support (src/geo/precision.ts), its
 * decimals, and its ± as printed. The ± follows one rule: printed to the decimals of the value it
 * qualifies, and only where the positions are estimates (1 km or worse), so 小漠 reads "±5"
 * wherever it appears, never ±5.1 here and ±6 there. Pure.
 */
import { decimalsForStep, ESTIMATE_KM, roundArea, roundDistance } from './precision';

export interface DistanceFigure {
  /** The distance as printed (km), or null: within its positions' uncertainty, not given. */
  km: number | null;
  /** Decimals to print `km` (and `plusMinusKm`) with. */
  decimals: number;
  /** The ± as printed, or null where the positions are good to under a kilometre. */
  plusMinusKm: number | null;
  /** The two positions' accuracies added (km), for saying why a distance is not given. */
  uncertaintyKm: number;
}

export interface AreaFigure {
  km2: number;
  decimals: number;
  /** The ± as printed: never shown as 0. */
  plusMinusKm2: number;
}

/** Decimals a value of this size is usually given with: finer for small numbers, none for large. */
export function decimalsFor(value: number): number {
  const v = Math.abs(value);
  if (v === 0) return 0;
  if (v < 1) return 2;
  if (v < 10) return 1;
  return 0;
}

function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

/** A distance of `km` between positions whose accuracies add up to `uncertaintyM`. */
export function distanceFigure(km: number, uncertaintyM: number): DistanceFigure {
  const uncertaintyKm = uncertaintyM / 1000;
  const rounded = roundDistance(km, uncertaintyM, 0);
  if (rounded === null) return { km: null, decimals: 1, plusMinusKm: null, uncertaintyKm };
  // Never finer than the positions allow, nor than a distance of its size is usually given.
  const decimals = Math.min(decimalsForStep(rounded.stepKm), decimalsFor(rounded.km));
  const plusMinusKm = uncertaintyKm >= ESTIMATE_KM && rounded.km > 0 ? Math.max(roundTo(uncertaintyKm, decimals), 10 ** -decimals) : null;
  return { km: roundTo(rounded.km, decimals), decimals, plusMinusKm, uncertaintyKm };
}

/** An area of `km2` whose outline, `perimeterKm` long, is drawn to ±`accuracyM`. */
export function areaFigure(km2: number, perimeterKm: number, accuracyM: number): AreaFigure {
  const a = roundArea(km2, perimeterKm, accuracyM);
  const decimals = decimalsForStep(a.stepKm2);
  return { km2: roundTo(a.km2, decimals), decimals, plusMinusKm2: Math.max(roundTo(a.plusMinusKm2, decimals), 10 ** -decimals) };
}

/** The figure's value as plain digits (CSV, JSON): "92.6" is never written where the screen says 93. */
export function plainKm(figure: DistanceFigure): string {
  return figure.km === null ? '' : figure.km.toFixed(figure.decimals);
}

export function plainPlusMinus(figure: DistanceFigure): string {
  return figure.plusMinusKm === null ? '' : figure.plusMinusKm.toFixed(figure.decimals);
}

/** How far a computed area lies from a published one, and whether within the outline's ±. */
export function areaAgreement(computed: AreaFigure, publishedKm2: number): { offPercent: number; withinAccuracy: boolean } {
  return { offPercent: (Math.abs(computed.km2 - publishedKm2) / publishedKm2) * 100, withinAccuracy: Math.abs(computed.km2 - publishedKm2) <= computed.plusMinusKm2 };
}

export type DistanceRelation = 'near-centre' | 'near-edge' | 'between' | 'other';

/**
 * How a distance a document gives (a round number, method unstated) relates to the two the map
 * measures: close to one of them (within the positions' uncertainty or 5 %), between them, or neither.
 */
export function distanceRelation(documentKm: number, centreKm: number, edgeKm: number, uncertaintyKm: number): DistanceRelation {
  const tolerance = Math.max(uncertaintyKm, documentKm * 0.05);
  if (Math.abs(documentKm - centreKm) <= tolerance) return 'near-centre';
  if (Math.abs(documentKm - edgeKm) <= tolerance) return 'near-edge';
  if (documentKm > Math.min(centreKm, edgeKm) && documentKm < Math.max(centreKm, edgeKm)) return 'between';
  return 'other';
}
