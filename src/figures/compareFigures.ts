/**
 * Like with like. Within one measure and group (deaths of security forces), figures that still
 * stand and count the measure (not single events) are compared:
 *
 * - **sources differ** when two articles (or two named claimants in one) give counts whose ranges cannot both be true ("16" and
 *   "bijna 8"; but "minstens dertien" and "16" agree) for the same period, or when either period
 *   is unknown;
 * - an **update** when the same claimant gives a later figure for a later period ("16 → 26");
 * - figures for different, known periods from different claimants are a timeline, not a dispute.
 *
 * Pure.
 */

export interface Comparable {
  /** Exact value or least value (indefinite amounts). */
  value?: number;
  atLeast?: number;
  qualifier?: string;
  claimant?: string;
  articleId: string;
  /** Period the figure is for, `YYYY-MM-DD`; absent when unknown. */
  from?: string;
  to?: string;
}

export interface Comparison<T> {
  /** Pairs of figures that cannot both be true. */
  disagreements: Array<[T, T]>;
  /** Earlier → later figure of the same claimant. */
  updates: Array<{ from: T; to: T }>;
}

const UNBOUNDED = Number.POSITIVE_INFINITY;
/** Pairs kept per kind: enough to show where sources differ; a measure with thousands of figures stays cheap. */
export const MAX_PAIRS = 50;

/** The values a written figure allows: "minstens 13" is 13 or more, "bijna 8.000" a little under 8.000. */
export function rangeOf(figure: Pick<Comparable, 'value' | 'atLeast' | 'qualifier'>): [number, number] | undefined {
  if (figure.value === undefined) {
    // Indefinite amounts: "tientallen" is 20 to 99, "honderden" 200 to 999.
    return figure.atLeast === undefined ? undefined : [figure.atLeast, figure.atLeast * 5 - 1];
  }
  const v = figure.value;
  switch (figure.qualifier) {
    case 'minstens': case 'ten minste': case 'tenminste': case 'zeker': case 'at least': case 'liefst':
      return [v, UNBOUNDED];
    case 'meer dan': case 'more than': case 'over':
      return [v + 1, UNBOUNDED];
    case 'ruim':
      return [v, v * 1.5];
    case 'bijna': case 'nearly': case 'almost':
      return [v * 0.8, v];
    case 'minder dan': case 'less than':
      return [0, v - 1];
    case 'maximaal': case 'hooguit': case 'up to':
      return [0, v];
    case undefined:
      return [v, v];
    default:
      // "zo'n", "circa", "ongeveer", "naar schatting", "about": within a fifth.
      return [v * 0.8, v * 1.2];
  }
}

function overlaps(a: readonly [number, number], b: readonly [number, number]): boolean {
  return a[0] <= b[1] && b[0] <= a[1];
}

const samePeriod = (a: Comparable, b: Comparable): boolean =>
  a.from === undefined || b.from === undefined || (a.from <= (b.to ?? b.from) && b.from <= (a.to ?? a.from));

const sameClaimant = (a: Comparable, b: Comparable): boolean =>
  a.claimant !== undefined && b.claimant !== undefined && a.claimant.toLowerCase() === b.claimant.toLowerCase();

export function compareFigures<T extends Comparable>(figures: readonly T[]): Comparison<T> {
  const disagreements: Array<[T, T]> = [];
  const updates: Array<{ from: T; to: T }> = [];
  figures.forEach((a, i) => {
    if (disagreements.length >= MAX_PAIRS && updates.length >= MAX_PAIRS) return;
    for (const b of figures.slice(i + 1)) {
      if (!samePeriod(a, b)) {
        if (sameClaimant(a, b) && updates.length < MAX_PAIRS) updates.push((a.from as string) < (b.from as string) ? { from: a, to: b } : { from: b, to: a });
        continue;
      }
      // Within one article, only two named, different claimants are two sources.
      const twoClaimants = a.claimant !== undefined && b.claimant !== undefined && !sameClaimant(a, b);
      if (a.articleId === b.articleId && !twoClaimants) continue;
      const ra = rangeOf(a);
      const rb = rangeOf(b);
      if (ra && rb && !overlaps(ra, rb) && disagreements.length < MAX_PAIRS) disagreements.push([a, b]);
    }
  });
  return { disagreements, updates };
}
