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

/**
 * The value `cache` holds for `key`, made by `make` the first time: for keys that are objects (a
 * dossier, a sentence, a fixed list) or few and fixed (a language, a window length), so no bound.
 */
export function kept<K, V>(cache: { get(key: K): V | undefined; set(key: K, value: V): unknown }, key: K, make: () => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}
