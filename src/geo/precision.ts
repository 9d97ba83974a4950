/**
 * Distances and areas never more precise than the positions behind them. A distance between two
 * places each known to ±a and ±b metres is uncertain by up to a+b: it is rounded to the largest
 * "nice" step not above that, said with its ± once that reaches a kilometre, and not computed at
 * all when the uncertainty is as large as the distance (a "20 ± 30 km" says nothing). Pure.
 */
const STEPS_KM = [0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100] as const;

/** Positions this uncertain or worse are estimates (a county's label point, a schematic village). */
export const ESTIMATE_KM = 1;

export interface RoundedDistance {
  /** The distance rounded to `stepKm`. */
  km: number;
  stepKm: number;
  /** Up to how far off it may be (the two positions' accuracies added). */
  plusMinusKm: number;
}

export function stepFor(uncertaintyKm: number): number {
  let step: number = STEPS_KM[0];
  for (const s of STEPS_KM) if (s <= uncertaintyKm) step = s;
  return step;
}

export function decimalsForStep(stepKm: number): number {
  return stepKm < 1 ? 1 : 0;
}

/** The distance as its inputs support it, or null when it is within their uncertainty. */
export function roundDistance(km: number, accuracyAM: number, accuracyBM: number): RoundedDistance | null {
  const plusMinusKm = (accuracyAM + accuracyBM) / 1000;
  // 0 is not a measurement but a fact of the outlines: they touch or overlap.
  if (km === 0) return { km: 0, stepKm: stepFor(plusMinusKm), plusMinusKm };
  if (km <= plusMinusKm) return null;
  const stepKm = stepFor(plusMinusKm);
  return { km: Math.round(km / stepKm) * stepKm, stepKm, plusMinusKm };
}

/**
 * An area rounded to what its outline supports: a band of the outline's accuracy along half its
 * length bounds the error (a whole band is the worst case, when every vertex is off outwards).
 */
export function roundArea(km2: number, perimeterKm: number, accuracyM: number): { km2: number; stepKm2: number; plusMinusKm2: number } {
  const plusMinusKm2 = (perimeterKm * accuracyM) / 1000 / 2;
  const stepKm2 = stepFor(plusMinusKm2);
  return { km2: Math.round(km2 / stepKm2) * stepKm2, stepKm2, plusMinusKm2 };
}
