/**
 * A value computed once per key and kept in `memo`, which holds at most `limit` entries and is
 * emptied when full: the keys come from anyone's questions, so no bound would mean no bound on
 * memory. For pure computations over data that never changes once built (a vocabulary, a
 * glossary); undefined and null values are kept too.
 */
export function remembered<V>(memo: Map<string, V>, key: string, limit: number, compute: () => V): V {
  const known = memo.get(key);
  if (known !== undefined || memo.has(key)) return known as V;
  const value = compute();
  if (memo.size >= limit) memo.clear();
  memo.set(key, value);
  return value;
}
