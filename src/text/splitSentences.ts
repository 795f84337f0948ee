/**
 * Paragraph → sentences with `Intl.Segmenter`, plus repairs for the places where ICU's
 * sentence rules split Dutch news text wrongly (titles, abbreviations, initials).
 *
 * Only ever called on one paragraph at a time: ICU segmenters are superlinear on long input.
 */

/**
 * Abbreviations that are (almost) never the end of a sentence in news text, so a break right after
 * them is a false split. Lowercase, without the final dot. `enz.` and `etc.` are deliberately absent:
 * they often do end a sentence.
 */
const NON_FINAL_ABBREVIATIONS = new Set([
  'dhr', 'mr', 'mevr', 'mw', 'dr', 'drs', 'ir', 'ing', 'prof', 'ds', 'st', 'sr', 'jr',
  'gen', 'lt', 'kol', 'maj', 'kpt', 'sgt',
  'o.a', 'ca', 'c.a', 'bijv', 'bv', 'b.v', 'i.p.v', 'm.b.t', 't.a.v', 'i.v.m', 'z.g', 'zgn', 'resp', 'nr', 'blz',
  'jan', 'feb', 'mrt', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dec',
  'mt', 'mrs', 'approx', 'e.g', 'i.e',
]);

/** A single capital initial or a chain of them (module level: see letterClasses.ts). */
const INITIALS = /^(?:\p{Lu}\.)*\p{Lu}$/u;

const segmenter = new Intl.Segmenter('nl', { granularity: 'sentence' });

/** The word (with inner dots) right before the final dot of a segment, lowercased. */
const LAST_WORD_BEFORE_DOT = /(?:^|[\s(“‘"'])((?:\p{L}+\.)*\p{L}+)\.$/u;
function lastWordBeforeDot(segment: string): string | undefined {
  const match = LAST_WORD_BEFORE_DOT.exec(segment.trimEnd());
  return match?.[1]?.toLowerCase();
}

/** True when the split after `segment` is one of ICU's known misses for Dutch. */
function isFalseBreak(segment: string): boolean {
  const word = lastWordBeforeDot(segment);
  if (word === undefined) return false;
  if (NON_FINAL_ABBREVIATIONS.has(word)) return true;
  // A single capital initial ("J. Smit") or a chain of them ("J.F. Kennedy").
  return INITIALS.test(segment.trimEnd().slice(-(word.length + 1), -1));
}

/**
 * Longer than any newsroom sentence (those run to a few hundred characters): a run-on "sentence"
 * (a table, a list pasted without full stops, a dump) is cut into pieces of at most this length, at
 * a space, so that no analysis of one sentence can grow with the size of a file.
 */
export const MAX_SENTENCE_CHARS = 1_000;

/** Verbatim pieces of an over-long sentence, each at most `MAX_SENTENCE_CHARS`, cut at spaces where it has them. */
function pieces(sentence: string): string[] {
  const out: string[] = [];
  let rest = sentence;
  while (rest.length > MAX_SENTENCE_CHARS) {
    const space = rest.lastIndexOf(' ', MAX_SENTENCE_CHARS);
    const cut = space > MAX_SENTENCE_CHARS / 2 ? space : MAX_SENTENCE_CHARS;
    out.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest !== '') out.push(rest);
  return out;
}

/** Splits one paragraph into trimmed sentences; text is never altered beyond trimming. */
export function splitSentences(paragraph: string): string[] {
  const sentences: string[] = [];
  let pending = '';
  for (const { segment } of segmenter.segment(paragraph)) {
    pending += segment;
    if (!isFalseBreak(pending)) {
      if (pending.trim() !== '') sentences.push(...pieces(pending.trim()));
      pending = '';
    }
  }
  if (pending.trim() !== '') sentences.push(...pieces(pending.trim()));
  return sentences;
}
