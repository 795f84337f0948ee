/**
 * Unicode letter-class tests used on every word, compiled once. They live at module level on
 * purpose: tsx (esbuild) rewrites a `\p{…}` regex literal into `new RegExp(…)` where it stands, so
 * one written inside a function is compiled again on every call — millions of times while a large
 * dossier is analysed.
 */

/** Holds a digit of any script. */
export const HAS_DIGIT = /\p{N}/u;
/** Starts with a digit. */
export const STARTS_WITH_DIGIT = /^\p{N}/u;
/** Digits only. */
export const ALL_DIGITS = /^\p{N}+$/u;
/** Starts with a capital letter. */
export const STARTS_WITH_CAPITAL = /^\p{Lu}/u;
/** Holds a capital letter. */
export const HAS_CAPITAL = /\p{Lu}/u;
/** Holds an apostrophe, straight or curly: every clitic and possessive has one. */
export const HAS_APOSTROPHE = /['’]/u;
/** Combining marks (diacritics after NFD), to remove. */
export const COMBINING_MARKS = /\p{M}+/gu;
