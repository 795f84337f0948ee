/**
 * Dutch adjectives by their endings, where no part-of-speech tagger is at hand. Pure.
 */

/**
 * An attributive adjective before a noun ("andere hoge officieren", "militaire voertuigen", "de
 * Kazachse politie"): it ends in -e, but not in -ie or -ee, which are mostly nouns ("politie", "zee").
 */
export function looksAttributive(folded: string): boolean {
  return /[^ie]e$/u.test(folded);
}

/** An adjective of a people or country ("Kazachse", "Russische"): capitalised, yet it names no one. */
export function isPeopleAdjective(folded: string): boolean {
  return /(?:se|sche)$/u.test(folded);
}
