import type { StarChecklist, StarCriterion } from '@steadywork/shared';

/** The number of stars in the registry: one to five. */
export const MAX_STARS = 5;

/**
 * The weighted total (0–100, one decimal) of per-criterion scores (0–100 each), as the API
 * computes it: Σ score × weight / 100. A criterion without a score counts as 0.
 */
export function weightedTotal(
  scores: Partial<Record<string, number | null>>,
  criteria: readonly StarCriterion[],
): number {
  const points = criteria.reduce((sum, c) => {
    const score = scores[c.key];
    return sum + (typeof score === 'number' && Number.isFinite(score) ? score * c.weight : 0);
  }, 0);
  // Integer points (scores are whole numbers) to tenths: no floating-point drift before rounding.
  return Math.round(points / 10) / 10;
}

/** Stars from a total: one more for each threshold (2, 3, 4 and 5 stars) it reaches. */
export function starsFor(total: number, thresholds: StarChecklist['thresholds']): number {
  return 1 + thresholds.filter((threshold) => total >= threshold).length;
}

/** ★★★☆☆ for 3. */
export function starGlyphs(stars: number): string {
  const n = Math.max(0, Math.min(MAX_STARS, Math.round(stars)));
  return '★'.repeat(n) + '☆'.repeat(MAX_STARS - n);
}

export function sumOfWeights(criteria: readonly (Partial<StarCriterion> | undefined)[] | undefined): number {
  return (criteria ?? []).reduce((sum, c) => sum + (typeof c?.weight === 'number' ? c.weight : 0), 0);
}

/** Four integer thresholds within 0–100, each above the one before. */
export function thresholdsInOrder(thresholds: readonly (number | null | undefined)[]): boolean {
  return (
    thresholds.length === 4 &&
    thresholds.every(
      (v, i) => typeof v === 'number' && v >= 0 && v <= 100 && (i === 0 || v > (thresholds[i - 1] as number)),
    )
  );
}
