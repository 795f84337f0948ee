/**
 * A lookup table keyed by words from questions or articles. Without a prototype: on a plain object
 * "constructor" is found (Object's own), and a sentence with that word broke figure reading.
 */
export function table<V>(entries: Readonly<Record<string, V>>): Readonly<Record<string, V>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, V>, entries));
}
