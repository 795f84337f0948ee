/**
 * Matching two ascending lists of sentence ids: a merge that gallops over the longer one, so a
 * short list against a long one costs about the short one's length times a logarithm, and two
 * long ones a single pass — no hashing, memory read in order.
 */

/** Calls `visit(i, j)` for every id in both lists: `a[i] === b[j]`. */
export function forEachCommon(a: ArrayLike<number>, b: ArrayLike<number>, visit: (i: number, j: number) => void): void {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      visit(i, j);
      i++;
      j++;
    } else if (x < y) i = firstAtLeast(a, y, i + 1);
    else j = firstAtLeast(b, x, j + 1);
  }
}

/** The first position from `from` on whose id is at least `target` (the list's length if none). */
export function firstAtLeast(list: ArrayLike<number>, target: number, from: number): number {
  // Gallop: 1, 2, 4, … ahead until past the target, then a binary search in the last stride.
  let low = from;
  let step = 1;
  let high = from;
  while (high < list.length && (list[high] as number) < target) {
    low = high + 1;
    high += step;
    step *= 2;
  }
  high = Math.min(high, list.length);
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((list[mid] as number) < target) low = mid + 1;
    else high = mid;
  }
  return low;
}
