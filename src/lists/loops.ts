/** Plain loops in place of array built-ins that are slow (`flatMap`) or give lists of two shapes (`map`) on Node 20 (V8 11); a test keeps the built-ins out of `src/`. Pure. */

/**
 * `items.map(f)`, as a plain loop. The built-in's result is packed where the caller runs
 * unoptimised and holey where V8 (TurboFan) has inlined it: the same list reaches the code reading
 * it in two shapes, and every such reader optimised for one is thrown out when it meets the other.
 * On the answer path that kept the largest functions unoptimised for thousands of questions
 * (318 deoptimisations in 60 rounds of the bench's questions; 14 with this). A loop's list is packed either way.
 */
export function mapped<T, U>(items: readonly T[], f: (item: T, index: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < items.length; i++) out.push(f(items[i] as T, i));
  return out;
}

/**
 * `items.flatMap(f)`, as a plain loop. V8 11 (Node 20) runs the built-in through a generic path
 * that is 15–25× slower on the short lists a question is made of (a list of concepts, of a
 * concept's alternatives): on the answer path that was a third of the time. Same result: a
 * callback's array is spread one level, anything else kept as it is.
 */
export function flatMap<T, U>(items: readonly T[], f: (item: T, index: number) => U | readonly U[]): U[] {
  const out: U[] = [];
  for (let i = 0; i < items.length; i++) {
    const part = f(items[i] as T, i);
    if (Array.isArray(part)) for (let k = 0; k < part.length; k++) out.push(part[k] as U);
    else out.push(part as U);
  }
  return out;
}

/** The positions of the items that pass `test`, in order: `flatMap(items, (x, i) => (test(x, i) ? [i] : []))` without an array per item. */
export function indicesWhere<T>(items: readonly T[], test: (item: T, index: number) => boolean): number[] {
  const out: number[] = [];
  for (let i = 0; i < items.length; i++) if (test(items[i] as T, i)) out.push(i);
  return out;
}
