/**
 * The sentences of a long message that ask nothing: "Wire copy says Moscow sent soldiers in. Whose
 * government are the Russians meant to keep standing?", "Hoe lang zaten ze zonder internet? Volgens
 * een collega hadden inwoners maandag voor het eerst weer verbinding — na hoeveel dagen was dat?".
 * What the asker read, heard or is writing sets the scene; the answer need not repeat it. Unless
 * the question points back at it ("… Does our dossier back that?", "Klopt dat?"): then the claim is
 * what is asked. Pure; character ranges of the text given.
 */
import { fold } from '../analysis/fold.js';
import { isStopword } from '../analysis/stopwords.js';
import { AUXILIARIES, opensCheck, QUESTION_WORDS } from './questionWords.js';
import { mapped } from '../../lists/loops.js';

export interface Span {
  from: number;
  to: number;
}

/**
 * Where a sentence ends: a stop, a question or exclamation mark or a semicolon before a space. Not a
 * dash: what stands before one is the topic asked about ("Tokayev declared a state of emergency — until when?").
 */
const SENTENCE_END = /[.!?;](?=\s)/gu;
/** Words a question opens with besides question words and auxiliaries. */
const OPENS_QUESTION: ReadonlySet<string> = new Set([...QUESTION_WORDS, ...AUXILIARIES, 'hoelang', 'klopt', 'staat', 'stond', 'zegt', 'zei', 'noemt', 'any', "what's", 'whats', 'welke', 'welk']);
/** Words pointing back at what was said before, wherever they stand ("what happened there", "staat daarover iets"). */
const POINTING_BACK: ReadonlySet<string> = new Set([
  'there', 'daar', 'daarover', 'daarvan', 'hiervan', 'hierover', 'erover',
  // Someone the scene named ("a police chief died — what killed him?"); "he" mostly stands for a name, which counts wherever it is.
  'him', 'her', 'them', 'hem', 'haar',
]);
/** Words pointing back only as a pronoun ("back that, and …", "klopt dat"), not opening a clause ("says that …"). */
const DEMONSTRATIVES: ReadonlySet<string> = new Set(['that', 'this', 'dat', 'dit', 'so', 'zo']);
/** Where a demonstrative is a pronoun: before a break ("back that, and …"). */
const POINTER_ENDS = /^(?:[,;:.!?)]|$)/u;
/** Longest message split: more is a pasted text, read whole. */
const MAX_CHARS = 1000;

const wordsOf = (text: string): string[] => mapped(text.split(/[^\p{L}\p{N}'’]+/u).filter(Boolean), (w) => fold(w));

/** Whether a sentence asks: it ends with a question mark, or opens as a question or a check does. */
function asks(sentence: string): boolean {
  if (sentence.trimEnd().endsWith('?')) return true;
  const words = wordsOf(sentence);
  return OPENS_QUESTION.has(words[0] ?? '') || opensCheck(words);
}

/** Whether an asking sentence points back at what came before: "that", "dat", "daar" standing alone, not opening a clause, or it is a bare tag ("— right?", "confirmed?"). */
function pointsBack(sentence: string): boolean {
  if (wordsOf(sentence).every((w) => TAG_WORDS.has(w) || isStopword(w, ['nl', 'en']))) return true;
  for (const m of sentence.matchAll(/(?<!\p{L})(\p{L}+)(?!\p{L})/gu)) {
    const word = fold(m[1] as string);
    if (POINTING_BACK.has(word)) return true;
    if (!DEMONSTRATIVES.has(word)) continue;
    // "back that, and …", "klopt dat volgens ons dossier": the pronoun, before a break or a preposition.
    const rest = sentence.slice((m.index ?? 0) + (m[1] as string).length).trimStart();
    const next = wordsOf(rest.slice(0, 40))[0] ?? '';
    if (POINTER_ENDS.test(rest) || AFTER_POINTER.has(next)) return true;
  }
  return false;
}
/** Words a bare tag asks with: whether the claim before it holds. */
const TAG_WORDS: ReadonlySet<string> = new Set([
  'right', 'correct', 'true', 'accurate', 'confirmed', 'fair', 'yes', 'yeah', 'no', 'sure', 'ok', 'okay', 'solid',
  'klopt', 'kloppen', 'toch', 'waar', 'juist', 'bevestigd', 'ja', 'nee', 'zeker', 'echt',
]);
/** Words that follow "that"/"dat" used as a pronoun: prepositions, adverbs, a verb of checking. */
const AFTER_POINTER: ReadonlySet<string> = new Set([
  'in', 'on', 'against', 'with', 'from', 'up', 'actually', 'really', 'still', 'true', 'right', 'correct', 'accurate', 'confirmed', 'stand', 'hold', 'holds', 'back',
  // A demonstrative before the claim's own kind of word ("is that number solid", "klopt dat cijfer").
  'number', 'figure', 'claim', 'line', 'quote', 'report', 'story', 'detail', 'toll', 'cijfer', 'getal', 'aantal', 'bewering', 'verhaal', 'citaat', 'bericht',
  'volgens', 'op', 'met', 'ook', 'echt', 'wel', 'nog', 'zo', 'klopt', 'kloppen', 'staat', 'stond', 'bevestigd', 'waar', 'juist', 'is', 'was', 'zeker',
]);

/** The sentences of `text` that ask nothing, when another one asks and none of those points back at them. */
export function contextSentences(text: string): Span[] {
  if (text.length > MAX_CHARS) return [];
  const spans: Span[] = [];
  let from = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    const to = (m.index ?? 0) + m[0].length;
    spans.push({ from, to });
    from = to;
  }
  if (from < text.length) spans.push({ from, to: text.length });
  const sentences = spans.filter((s) => wordsOf(text.slice(s.from, s.to)).length > 0);
  if (sentences.length < 2) return [];
  const asking = sentences.filter((s) => asks(text.slice(s.from, s.to)));
  if (asking.length === 0 || asking.length === sentences.length) return [];
  if (asking.some((s) => pointsBack(text.slice(s.from, s.to)))) return [];
  return sentences.filter((s) => !asking.includes(s) && setsScene(wordsOf(text.slice(s.from, s.to))));
}

/**
 * A scene takes a clause: someone saying or writing something ("Een collega noemt ‘ruim
 * tweeduizend’"), the asker ("I'm updating the factbox"), or a sentence of some length. A fragment
 * after the question says more of what is asked ("… ? name of the protest leader").
 */
const setsScene = (words: readonly string[]): boolean => words.length >= MIN_SCENE_WORDS || words.some((w) => SCENE_WORDS.has(w));
const MIN_SCENE_WORDS = 6;
/** Who tells, and telling: the asker, a source, a verb of saying or writing. */
const SCENE_WORDS: ReadonlySet<string> = new Set([
  'i', "i'm", 'im', "i've", "i'd", 'we', "we're", 'my', 'our', 'ik', 'we', 'wij', 'mijn', 'onze', 'ons',
  'says', 'said', 'claims', 'claimed', 'writes', 'wrote', 'reports', 'reported', 'has', 'thinks', 'heard',
  'zegt', 'zei', 'noemt', 'noemde', 'meldt', 'meldde', 'schrijft', 'schreef', 'beweert', 'beweerde', 'denkt', 'hoorde', 'spreekt',
]);
