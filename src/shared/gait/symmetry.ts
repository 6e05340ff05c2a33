/**
 * Symmetry index (Robinson, Herzog & Nigg, J Manipulative Physiol Ther 1987):
 * SI = (L − R) / (0.5 (L + R)) × 100 %, signed: 0 = symmetric, + = the left value is larger.
 * Defined for positive quantities (times, lengths, ranges); null when either side is missing or ≤ 0.
 */
export function symmetryIndex(l: number | null | undefined, r: number | null | undefined): number | null {
  if (l == null || r == null || !Number.isFinite(l) || !Number.isFinite(r) || l <= 0 || r <= 0) return null;
  return ((l - r) / (0.5 * (l + r))) * 100;
}
