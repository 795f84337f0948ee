/**
 * The infinitives a Dutch present-tense verb form may belong to: questions say "zuivert",
 * "reageert", "geeft", where articles and glossaries have "zuivering", "reageren", "geven". The
 * Snowball stemmer keeps the final -t (stripping it everywhere would join "kant" with "kan"), so
 * query expansion asks for these forms only when the word itself leads nowhere. Pure.
 */

const VOWEL = /[aeiouy]/u;
/** Stem-final consonants written f and s that are v and z before a vowel (geef → geven, lees → lezen). */
const VOICED: Readonly<Record<string, string>> = { f: 'v', s: 'z' };
const MIN_LENGTH = 5;

/**
 * Candidate infinitives of `word` (folded) read as stem + t (hij zuivert, reageert, wordt, stopt).
 * Spelling rules: a doubled vowel before the last consonant is single before -en (reageer →
 * reageren); a short vowel doubles the consonant (stop → stoppen); f/s may be v/z. Several
 * candidates come back: which one is a real word is for the dossier and the glossary to say.
 */
export function dutchInfinitives(word: string): string[] {
  if (word.length < MIN_LENGTH || !word.endsWith('t') || word.endsWith('tt')) return [];
  const stem = word.slice(0, -1);
  const last = stem.at(-1) ?? '';
  if (VOWEL.test(last)) return [];
  const body = stem.slice(0, -1);
  const forms = new Set<string>();
  const ends = [last, ...(VOICED[last] ? [VOICED[last]] : [])];
  const doubled = /([aeou])\1$/u.exec(body);
  for (const end of ends) {
    if (doubled) {
      forms.add(`${body.slice(0, -1)}${end}en`);
    } else {
      forms.add(`${body}${end}en`);
      // A short vowel before a single consonant keeps its sound by doubling it: stop → stoppen.
      if (VOWEL.test(body.at(-1) ?? '') && !VOWEL.test(body.at(-2) ?? '')) forms.add(`${body}${end}${end}en`);
    }
  }
  return [...forms];
}

/** A Dutch past participle: ge- or a prefix that takes none, then -en, -d or -t ("gegeven", "gearresteerd", "vervangen"). */
export const PAST_PARTICIPLE = /^(?:ge|ver|be|ont|her|er)\p{L}{2,}(?:en|d|t)$/u;
/** A regular one only, ending -d or -t ("gewond", "gearresteerd"): an -en form is as often an infinitive or a noun. */
export const REGULAR_PAST_PARTICIPLE = /^(?:ge|ver|be|ont|her|er)\p{L}{2,}[dt]$/u;

/** Past-tense endings of regular Dutch verbs (hij reageerde, zij reageerden, hij stopte). */
const PAST = /(?:de|te|den|ten)$/u;

/**
 * Candidate infinitives of a regular Dutch past-tense form ("reageerden" → reageren, "stopte" →
 * stoppen): its stem read as a present form (`dutchInfinitives` of stem + t). Irregular pasts
 * ("vroeg", "trad") are the glossary's to list.
 */
export function dutchPastInfinitives(word: string): string[] {
  const past = PAST.exec(word);
  if (!past || word.length < MIN_LENGTH + 1) return [];
  return dutchInfinitives(`${word.slice(0, past.index)}t`);
}
