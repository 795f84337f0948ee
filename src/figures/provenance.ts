/**
 * Who says a figure, how firmly, and whether it still stands — read from the Dutch sentence and,
 * where Dutch puts it there, the sentence after it ("… 16 doden. Dat meldde de politie."):
 *
 * - claimant: "volgens X", "X meldde/zei/zegt/sprak van …", "aldus X", "Dat meldde X";
 *   a pronoun ("hij zei vrijdag") stands for the nearest name before it;
 * - channel: "op sociale media", "in een verklaring", "op de staatstelevisie";
 * - hedge: "zouden", "naar verluidt", "mogelijk", "niet onafhankelijk te controleren";
 * - withdrawal: retracted ("trokken die informatie later in", "ingetrokken", "bleek onjuist") or
 *   corrected ("gecorrigeerd", "herzien", "bijgesteld").
 *
 * Everything is returned verbatim, as the article words it: the desk sees the article's own words,
 * never a paraphrase. Pure.
 */
import { fold } from '../search/analysis/fold.js';
import { tokenize, type Token } from '../search/analysis/tokenize.js';
import { looksAttributive } from '../text/dutchAdjectives.js';
import { STARTS_WITH_CAPITAL } from '../text/letterClasses.js';
import { mapped } from '../lists/loops.js';

export interface Withdrawal {
  kind: 'retracted' | 'corrected';
  /** The article's words for it. */
  text: string;
}

export interface Provenance {
  /** Who says so, as the article names them ("De autoriteiten", "de Kazachse politie", "Tokajev"). */
  claimant?: string;
  /**
   * When the sentence names no one: who the sentence before it cites ("De Kazachse politie zegt …
   * Ook zouden er …"). Context for the desk, not an attribution: the article does not say it is theirs.
   */
  nearby?: string;
  /** Where or how it was said ("op sociale media"). */
  channel?: string;
  /** The words that make it a report rather than a fact ("zouden", "naar verluidt"). */
  hedge?: string;
  withdrawal?: Withdrawal;
}

/** Speech verbs after which (or before which, inverted) the claimant stands. */
const SPEECH = new Set([
  'meldde', 'meldden', 'meldt', 'melden', 'zei', 'zeiden', 'zegt', 'zeggen', 'sprak', 'spraken', 'spreekt', 'verklaarde',
  'verklaarden', 'verklaart', 'stelde', 'stelden', 'stelt', 'bevestigde', 'bevestigden', 'bevestigt', 'rapporteerde',
  'rapporteerden', 'schatte', 'schatten', 'schat', 'telde', 'telden', 'noemde', 'noemden', 'noemt', 'maakte', 'maakten',
  'liet', 'lieten', 'beweerde', 'beweerden', 'beweert', 'claimde', 'claimden', 'claimt', 'kondigde', 'kondigden',
]);
const DETERMINERS = new Set(['de', 'het', 'een', 'zijn', 'haar', 'hun', 'diens', 'die', 'dat', 'deze']);
const PRONOUNS = new Set(['hij', 'zij', 'ze']);
/** Words that open a clause without being its subject: the subject then follows the verb ("Maandag meldde de politie"). */
const FRONTED = new Set([
  'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag', 'gisteren', 'vandaag', 'eerder', 'later',
  'inmiddels', 'ook', 'dat', 'dit', 'daarna', 'toen', 'nu', 'intussen', 'vervolgens', 'eerst',
]);
/** Finite verbs that end a subject ("de politie heeft …"). */
const FINITE = new Set(['heeft', 'hebben', 'had', 'hadden', 'is', 'zijn', 'was', 'waren', 'wordt', 'worden', 'werd', 'werden', 'zal', 'zullen', 'zou', 'zouden', 'kan', 'kunnen', 'moet', 'moeten', 'wil', 'willen']);
const CLAUSE_BREAK = /[,;:()–—“”"‘’]|\s-\s/u;
const HEDGES: RegExp[] = [
  /\bnaar\s+verluidt\b/iu,
  /\bniet\s+(?:onafhankelijk\s+)?(?:te\s+)?(?:controleren|verifi[eë]ren|bevestigen)\b/iu,
  /\bniet\s+(?:onafhankelijk\s+)?(?:worden\s+)?(?:gecontroleerd|geverifieerd|bevestigd)\b/iu,
  /\bonbevestigde?\b/iu,
  /\bzouden?\b/iu,
  /\bvermoedelijk\b/iu,
  /\bmogelijk\b/iu,
  /\bwaarschijnlijk\b/iu,
  /\bwellicht\b/iu,
];
const RETRACTED: RegExp[] = [
  /\btrok(?:ken)?\b[^.;:]*?\bin\b/iu,
  /\bingetrokken\b/iu,
  /\bintrok(?:ken)?\b/iu,
  /\bnam(?:en)?\b[^.;:]*?\bterug\b/iu,
  /\bteruggenomen\b/iu,
  /\bbleek\s+(?:niet\s+te\s+kloppen|onjuist|niet\s+juist|fout|onwaar)\b/iu,
  /\bgerectificeerd\b|\brectificeerde(?:n)?\b/iu,
];
const CORRECTED: RegExp[] = [
  /\bgecorrigeerd\b|\bcorrigeerde(?:n)?\b/iu,
  /\bherzien\b|\bherzag(?:en)?\b/iu,
  /\bbijgesteld\b|\bstelde(?:n)?\b[^.;:]*?\bbij\b/iu,
];
const CHANNELS = /\b(?:op\s+(?:de\s+)?(?:sociale\s+media|staatstelevisie|televisie|tv|Telegram|X|Twitter|een\s+persconferentie|de\s+website)|in\s+een\s+(?:verklaring|persbericht|toespraak|interview)|tegen\s+(?:persbureau|de\s+krant|de\s+omroep)\s+\p{Lu}[\p{L}-]*)/u;
/** The next sentence speaks about the figure when it opens by pointing back ("Dat meldde …", "Die informatie …"). */
const POINTS_BACK = /^\s*(?:dat|dit|die|deze)\b/iu;

const isCapitalised = (token: Token | undefined): boolean => token !== undefined && STARTS_WITH_CAPITAL.test(token.surface);

/**
 * A noun phrase from `tokens[i]`: determiner, adjectives, then a name or a noun (with names after
 * it: "president Tokajev"). Returns the index after it, or `i` when none starts there.
 */
function nounPhraseEnd(tokens: readonly Token[], words: readonly string[], i: number, text: string): number {
  let k = i;
  const between = (a: number): string => text.slice(tokens[a - 1]?.end ?? 0, tokens[a]?.start ?? 0);
  const joined = (a: number): boolean => a === i || !CLAUSE_BREAK.test(between(a));
  const ends = (a: number): boolean => SPEECH.has(words[a] ?? '') || FINITE.has(words[a] ?? '') || tokens[a]?.isNumber === true;
  if (DETERMINERS.has(words[k] ?? '')) k++;
  while (k + 1 < tokens.length && joined(k) && looksAttributive(words[k] ?? '') && !ends(k) && joined(k + 1) && !ends(k + 1)) k++;
  if (k >= tokens.length || !joined(k) || ends(k) || PRONOUNS.has(words[k] ?? '') || DETERMINERS.has(words[k] ?? '')) return i;
  k++;
  while (k < tokens.length && joined(k) && isCapitalised(tokens[k]) && !SPEECH.has(words[k] ?? '')) k++;
  // "het ministerie van Binnenlandse Zaken": an owner with a name belongs to it.
  if (words[k] === 'van' && joined(k + 1) && isCapitalised(tokens[k + 1])) {
    k++;
    while (k < tokens.length && joined(k) && isCapitalised(tokens[k])) k++;
  }
  return k;
}

function phrase(text: string, tokens: readonly Token[], from: number, to: number): string {
  return text.slice(tokens[from]?.start ?? 0, tokens[to - 1]?.end ?? 0);
}

/** The nearest name before token `i` ("Tokajev … hij zei"), or in the text before. */
function nameBefore(tokens: readonly Token[], i: number, before: string | undefined): string | undefined {
  for (let k = i - 1; k > 0; k--) if (isCapitalised(tokens[k])) return tokens[k]?.surface;
  if (!before) return undefined;
  const earlier = tokenize(before);
  for (let k = earlier.length - 1; k > 0; k--) if (isCapitalised(earlier[k])) return earlier[k]?.surface;
  return undefined;
}

function claimantIn(text: string, previous: string | undefined): string | undefined {
  const tokens = tokenize(text);
  const words = mapped(tokens, (t) => fold(t.surface));
  const volgens = words.findIndex((w) => w === 'volgens' || w === 'aldus');
  if (volgens >= 0) {
    const end = nounPhraseEnd(tokens, words, volgens + 1, text);
    if (end > volgens + 1) return phrase(text, tokens, volgens + 1, end);
  }
  for (let v = 0; v < tokens.length; v++) {
    if (!SPEECH.has(words[v] ?? '')) continue;
    // The clause the verb stands in: from the last break before it.
    let start = v;
    while (start > 0 && !CLAUSE_BREAK.test(text.slice(tokens[start - 1]?.end ?? 0, tokens[start]?.start ?? 0))) start--;
    if (start < v && PRONOUNS.has(words[start] ?? '') && start + 1 === v) {
      const name = nameBefore(tokens, start, previous);
      if (name) return name;
      continue;
    }
    if (start < v && !FRONTED.has(words[start] ?? '')) {
      const end = nounPhraseEnd(tokens, words, start, text);
      if (end === v) return phrase(text, tokens, start, end);
    }
    // Inverted: "Maandag meldde de politie", "Dat meldde de Kazachse politie".
    let after = v + 1;
    while (after < tokens.length && FRONTED.has(words[after] ?? '')) after++;
    const sameClause = !CLAUSE_BREAK.test(text.slice(tokens[v]?.end ?? 0, tokens[after]?.start ?? 0));
    const end = nounPhraseEnd(tokens, words, after, text);
    if (end > after && start < v && sameClause) return phrase(text, tokens, after, end);
  }
  return undefined;
}

function firstMatch(text: string, patterns: readonly RegExp[]): string | undefined {
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match) return match[0];
  }
  return undefined;
}

/**
 * Provenance of the figures in `sentence`; `next` is the sentence after it in the same paragraph
 * (read only when it points back), `previous` the one before (for a pronoun's name).
 */
export function provenanceOf(sentence: string, context: { previous?: string; next?: string } = {}): Provenance {
  const follow = context.next !== undefined && POINTS_BACK.test(context.next) ? context.next : undefined;
  const claimant = claimantIn(sentence, context.previous) ?? (follow ? claimantIn(follow, sentence) : undefined);
  const nearby = claimant === undefined && context.previous !== undefined ? claimantIn(context.previous, undefined) : undefined;
  const channel = CHANNELS.exec(sentence)?.[0] ?? (follow ? CHANNELS.exec(follow)?.[0] : undefined);
  const hedge = firstMatch(sentence, HEDGES) ?? (follow ? firstMatch(follow, HEDGES) : undefined);
  const retracted = firstMatch(sentence, RETRACTED) ?? (follow ? firstMatch(follow, RETRACTED) : undefined);
  const corrected = retracted ? undefined : firstMatch(sentence, CORRECTED) ?? (follow ? firstMatch(follow, CORRECTED) : undefined);
  const withdrawal: Withdrawal | undefined = retracted ? { kind: 'retracted', text: retracted } : corrected ? { kind: 'corrected', text: corrected } : undefined;
  return {
    ...(claimant ? { claimant } : {}),
    ...(nearby ? { nearby } : {}),
    ...(channel ? { channel } : {}),
    ...(hedge ? { hedge } : {}),
    ...(withdrawal ? { withdrawal } : {}),
  };
}
