/**
 * What kind of information a sentence carries, so question words can steer ranking:
 * a figure for "how many", a statement for "what did X say", a role for "who is", a time for
 * "when", a cause for "why". Computed once per sentence at index time.
 */
import { isNumberWord } from '../text/numberWords.js';
import { fold } from './analysis/fold.js';
import { tokenize } from './analysis/tokenize.js';
import { isYearAt } from './analysis/years.js';
import type { Intent } from './query/questionWords.js';
import type { Term } from './analysis/analyzeText.js';

/** Kinds of information a sentence carries on its own; "who" depends on the match (describesMatch). */
export type SentenceFeatures = Partial<Record<Exclude<Intent, 'who'>, boolean>>;

const SPEECH = new Set([
  'zei', 'zegt', 'zeggen', 'zeiden', 'gezegd', 'aldus', 'volgens', 'verklaarde', 'verklaart', 'sprak', 'spraken', 'meldde',
  'meldden', 'kondigde', 'waarschuwde', 'beloofde', 'ontkent', 'ontkende', 'noemde', 'stelde', 'benadrukte', 'said', 'says',
  'according', 'announced', 'warned', 'stated', 'told',
]);
const ROLES = new Set([
  'president', 'oud-president', 'premier', 'minister', 'leider', 'voorzitter', 'woordvoerder', 'directeur', 'chef',
  'politiechef', 'kolonel', 'generaal', 'autocraat', 'koning', 'burgemeester', 'rechterhand', 'vertrouweling',
  'vertrouwelingen', 'oprichter', 'regeringsleider', 'ambassadeur', 'commandant', 'leader', 'chairman', 'spokesman',
]);
const TIME = new Set([
  'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag', 'gisteren', 'vandaag', 'morgen',
  'januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november',
  'december', 'weekeinde', 'weekend', 'zomer', 'winter', 'voorjaar', 'najaar', 'week', 'jaar', 'dagen', 'eerder', 'later',
  'geleden', 'binnenkort', 'inmiddels', 'toen', 'sinds',
]);
const CAUSE = new Set(['omdat', 'doordat', 'waardoor', 'want', 'vanwege', 'oorzaak', 'daardoor', 'dankzij', 'door', 'reden', 'om']);
const QUOTES = /[“”„"«»]|‘[^’]{3,}’/u;

/** Content words between a name and a role word that still describe that person. */
const ROLE_WINDOW = 2;

/** How a sentence says who someone is: an apposition defines, a role word next to the name describes. */
export type Description = 'apposition' | 'role';

/**
 * Whether the sentence says who the matched person is: an apposition after the name
 * ("Nazarbajev, de zelfbenoemd ‘leider van de natie’") or a role word right next to it
 * ("oud-president Noersoeltan Nazarbajev"). A possessive name describes someone else
 * ("Nazarbajevs rechterhand"), so it does not count.
 */
export function describesMatch(text: string, words: readonly Term[], matched: ReadonlySet<string>): Description | undefined {
  let found: Description | undefined;
  words.forEach((word, i) => {
    if (found === 'apposition' || !matched.has(word.term)) return;
    if (/^\s*,\s+(?:de|het|een|die|dat|the|a|who)\s/iu.test(text.slice(word.end))) {
      found = 'apposition';
      return;
    }
    const possessive = /s$/u.test(word.form) && /\p{Lu}/u.test(text[word.start] ?? '');
    for (let k = Math.max(0, i - ROLE_WINDOW); k <= Math.min(words.length - 1, i + ROLE_WINDOW); k++) {
      const form = words[k]?.form ?? '';
      if (k === i || (possessive && k > i)) continue;
      if (ROLES.has(form) || ROLES.has(form.replace(/^.*-/u, ''))) found = 'role';
    }
  });
  return found;
}

export function sentenceFeatures(text: string): SentenceFeatures {
  const tokens = tokenize(text);
  const words = tokens.map((t) => fold(t.surface));
  const has = (set: ReadonlySet<string>): boolean => words.some((w) => set.has(w));
  return {
    // A year is a date, not a count: "in 2010" does not answer "how many".
    figure: tokens.some((t, i) => (t.isNumber && !isYearAt(tokens, words, i)) || /^\p{N}+-\p{L}/u.test(t.surface)) || words.some(isNumberWord),
    quote: QUOTES.test(text) || has(SPEECH),
    when: has(TIME) || tokens.some((t, i) => isYearAt(tokens, words, i)),
    why: has(CAUSE),
  };
}
