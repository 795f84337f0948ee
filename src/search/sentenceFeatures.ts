/**
 * What kind of information a sentence carries, so question words can steer ranking:
 * a figure for "how many", a statement for "what did X say", a role for "who is", a time for
 * "when", a cause for "why". Computed once per sentence at index time.
 */
import { isNumberWord } from '../text/numberWords.js';
import { fold } from './analysis/fold.js';
import { tokenize } from './analysis/tokenize.js';
import type { Intent } from './query/questionWords.js';

export type SentenceFeatures = Partial<Record<Intent, boolean>>;

const SPEECH = new Set([
  'zei', 'zegt', 'zeggen', 'zeiden', 'gezegd', 'aldus', 'volgens', 'verklaarde', 'verklaart', 'sprak', 'spraken', 'meldde',
  'meldden', 'kondigde', 'waarschuwde', 'beloofde', 'ontkent', 'ontkende', 'noemde', 'stelde', 'benadrukte', 'said', 'says',
  'according', 'announced', 'warned', 'stated', 'told',
]);
const ROLES = new Set([
  'president', 'oud-president', 'premier', 'minister', 'leider', 'voorzitter', 'woordvoerder', 'directeur', 'chef',
  'politiechef', 'kolonel', 'generaal', 'autocraat', 'koning', 'burgemeester', 'rechterhand', 'vertrouweling',
  'vertrouwelingen', 'oprichter', 'regeringsleider', 'ambassadeur', 'premier', 'commandant', 'leader', 'chairman', 'spokesman',
]);
const TIME = new Set([
  'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag', 'gisteren', 'vandaag', 'morgen',
  'januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november',
  'december', 'weekeinde', 'weekend', 'zomer', 'winter', 'voorjaar', 'najaar', 'week', 'jaar', 'dagen', 'eerder', 'later',
  'geleden', 'binnenkort', 'inmiddels', 'toen', 'sinds',
]);
const CAUSE = new Set(['omdat', 'doordat', 'waardoor', 'want', 'vanwege', 'oorzaak', 'daardoor', 'dankzij', 'door', 'reden', 'om']);
const QUOTES = /[“”„"«»]|‘[^’]{3,}’/u;

export function sentenceFeatures(text: string): SentenceFeatures {
  const tokens = tokenize(text);
  const words = tokens.map((t) => fold(t.surface));
  const has = (set: ReadonlySet<string>): boolean => words.some((w) => set.has(w));
  return {
    figure: tokens.some((t) => t.isNumber) || words.some(isNumberWord),
    quote: QUOTES.test(text) || has(SPEECH),
    who: has(ROLES),
    when: has(TIME) || tokens.some((t) => t.isNumber && /^(1[89]|20)\d\d$/u.test(t.surface)),
    why: has(CAUSE),
  };
}
