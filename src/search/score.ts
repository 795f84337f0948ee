/**
 * BM25 scoring at the level of concepts. Every alternative of a concept shares the concept's
 * IDF (how rare the *idea* is in the dossier), so a rare synonym (`paratroepers`) does not outrank
 * the plain translation (`troepen`) merely for being rare.
 */

const K1 = 1.2;
const B = 0.75;

/** BM25 inverse document frequency of something found in `matching` of `total` sentences. */
export function idf(matching: number, total: number): number {
  return Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
}

/** BM25 term-frequency saturation with length normalisation. */
export function tfNorm(tf: number, length: number, averageLength: number): number {
  if (tf <= 0) return 0;
  return (tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * length) / (averageLength || 1)));
}
