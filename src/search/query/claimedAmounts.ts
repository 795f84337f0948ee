/**
 * A figure a question states in order to check it ("more than 10,000 arrests, is that right?",
 * "klopt het dat er 16 doden vielen", "did Nazarbayev rule for 30 years?"): the sentence giving the
 * dossier's figure for the same thing settles it, whether the figures agree or not. Such a number
 * asks for an amount — a duration before a unit of time, a figure otherwise — and is not a word the
 * answer must repeat. A year ("in 2010"), a day of the month ("6 januari") or a numbered thing
 * ("article 5") states no amount. A day or a month stated so ("on Tuesday, right?") asks for the date.
 */
import { isOneOfThem, type Intent } from './questionWords.js';
import { isCalendarWord } from './preamble.js';
import { isStopword } from '../analysis/stopwords.js';
import { isNumberWord } from '../../text/numberWords.js';

const YEAR = /^(?:1[89]|20)\d\d$/u;
/** Words before a year that names an event or a time ("the 2014 uprising", "in 2010 ingewilligd"): an amount rarely has them. */
const YEAR_BEFORE: ReadonlySet<string> = new Set(['the', 'de', 'het', 'in', 'since', 'from', 'until', 'before', 'after', 'uit', 'sinds', 'vanaf', 'sedert']);
/** Months that are verbs too ("may members …", "did they march"): a month only beside a number. */
const VERB_TOO: ReadonlySet<string> = new Set(['may', 'march']);
const NUMBERED: ReadonlySet<string> = new Set(['article', 'artikel', 'nummer', 'number', 'no', 'nr', 'paragraph', 'paragraaf', 'page', 'pagina', 'chapter', 'hoofdstuk', 'item', 'punt']);
/** Words that scale the number before them ("16 million barrels"): the unit comes after them. */
const SCALES: ReadonlySet<string> = new Set(['hundred', 'thousand', 'million', 'millions', 'billion', 'honderd', 'duizend', 'miljoen', 'miljard', 'k', 'm', 'mln']);
const TIME_UNITS: ReadonlySet<string> = new Set([
  'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'decade', 'decades',
  'minuut', 'minuten', 'uur', 'uren', 'dag', 'dagen', 'week', 'weken', 'maand', 'maanden', 'jaar', 'jaren', 'decennium', 'decennia',
]);

export interface ClaimedAmounts {
  /** Positions of the stated numbers. */
  at: Set<number>;
  /** What they ask for. */
  intents: Set<Intent>;
  /** Positions of what a claimed figure counts ("dozens of rioters", "8.000 mensen"): what the dossier's figure must count too. */
  counted: Set<number>;
}

/** The amounts a question checking a claim states: `folded` its words, `isDigits` which are numbers in digits. */
export function claimedAmounts(folded: readonly string[], isDigits: (i: number) => boolean): ClaimedAmounts {
  const at = new Set<number>();
  const intents = new Set<Intent>();
  const counted = new Set<number>();
  // A number in words states an amount too ("twee weken", "honderden relschoppers"), but not after a
  // determiner, where it refers ("the two deputies").
  const isNumber = (i: number): boolean => {
    const word = folded[i] ?? '';
    if (isOneOfThem(folded, i)) return false;
    return isDigits(i) || ((isNumberWord(word) || ROUGH_AMOUNTS.has(word)) && !REFERRING.has(folded[i - 1] ?? ''));
  };
  folded.forEach((word, i) => {
    // A day or month stated to be checked ("thanked Putin on Tuesday — is the day right?") asks for the date.
    if (isCalendarWord(word) && (!VERB_TOO.has(word) || isNumber(i - 1) || isNumber(i + 1))) {
      at.add(i);
      intents.add('date');
      return;
    }
    // "in 2010" and "the 2014 uprising" are years; "2000 people" an amount.
    const year = YEAR.test(word) && (folded[i + 1] === undefined || isStopword(folded[i + 1] as string, ['nl', 'en']) || YEAR_BEFORE.has(folded[i - 1] ?? ''));
    if (!isNumber(i) || year || NUMBERED.has(folded[i - 1] ?? '')) return;
    if (isCalendarWord(folded[i - 1] ?? '') || isCalendarWord(folded[i + 1] ?? '')) return;
    const unitAt = SCALES.has(folded[i + 1] ?? '') ? i + 2 : i + 1;
    const unit = folded[unitAt];
    at.add(i);
    // What qualifies the claimed amount is claimed with it ("ruim 8.000", "more than 10,000").
    for (let k = i - 1; k >= 0 && k >= i - 2 && QUALIFIERS.has(folded[k] as string); k--) at.add(k);
    // An age: "81 jaar oud", "years old", or a bare number said of someone ("Nazarbajev is toch 78?", "Nazarbajev 81 is").
    const aged = (unit !== undefined && TIME_UNITS.has(unit) && OLD.has(folded[unitAt + 1] ?? '')) || (countsNothing(unit) && Number(word) <= OLDEST && saidOfSomeone(folded, i));
    if (aged) {
      if (unit !== undefined && TIME_UNITS.has(unit)) at.add(unitAt);
      intents.add('age');
    } else if (unit !== undefined && TIME_UNITS.has(unit)) {
      // "binnen twee weken, klopt dat?": the length checked, which the answer need not give in weeks.
      at.add(unitAt);
      intents.add('duration');
    } else {
      intents.add('figure');
      const noun = OF.has(unit ?? '') ? unitAt + 1 : unitAt;
      if (noun < folded.length && !isStopword(folded[noun] as string, ['nl', 'en'])) counted.add(noun);
    }
  });
  return { at, intents, counted };
}
/** "81 jaar oud", "81 years old". */
const OLD: ReadonlySet<string> = new Set(['oud', 'old']);
/** A copula a bare number is said of someone with ("is 78", "81 is"). */
const COPULAS: ReadonlySet<string> = new Set(['is', 'was', 'wordt', 'werd', 'becomes', 'turned', 'turns']);
/** Ages go no higher. */
const OLDEST = 120;
/** Nouns an amount is said of ("the toll is 78"): then it is no age. */
const AMOUNT_NOUNS: ReadonlySet<string> = new Set(['toll', 'number', 'total', 'figure', 'count', 'tally', 'aantal', 'getal', 'cijfer', 'totaal', 'dodental']);
/** A number said of someone with a copula: "Nazarbajev is (toch) 78", "Nazarbajev 81 is"; the one it is said of is no amount noun. */
function saidOfSomeone(folded: readonly string[], i: number): boolean {
  // The copula right after the number ("81 is") has the one before the number as subject; one up to two words before it ("is toch 78"), the one before the copula.
  const before = [i - 2, i - 1].find((k) => k >= 0 && COPULAS.has(folded[k] as string));
  const subject = COPULAS.has(folded[i + 1] ?? '') ? folded[i - 1] : before !== undefined ? folded[before - 1] : undefined;
  return subject !== undefined && !isStopword(subject, ['nl', 'en']) && !AMOUNT_NOUNS.has(subject);
}
/** After the number, nothing it counts: the end, a stop word, a tag ("… 78, right?"). */
const countsNothing = (unit: string | undefined): boolean => unit === undefined || isStopword(unit, ['nl', 'en']) || TAG_WORDS.has(unit);
const TAG_WORDS: ReadonlySet<string> = new Set(['klopt', 'right', 'correct', 'true', 'toch', 'yes', 'ja']);
/** "dozens of rioters", "tientallen van de relschoppers": what is counted follows. */
const OF: ReadonlySet<string> = new Set(['of', 'van']);

/** Amounts in words that give no number ("honderden relschoppers", "dozens of officers"). */
const ROUGH_AMOUNTS: ReadonlySet<string> = new Set(['tientallen', 'honderden', 'duizenden', 'tienduizenden', 'dozens', 'hundreds', 'thousands', 'scores']);
/** Words before a number in words that make it refer to things already known ("the two deputies"). */
const REFERRING: ReadonlySet<string> = new Set(['the', 'these', 'those', 'de', 'die', 'deze', 'het', 'all', 'alle', 'both']);
/** Words that qualify an amount ("ruim", "bijna", "more than"), claimed with it. */
const QUALIFIERS: ReadonlySet<string> = new Set(['ruim', 'bijna', 'ongeveer', 'circa', 'zo\'n', 'minstens', 'tenminste', 'hooguit', 'maximaal', 'meer', 'minder', 'more', 'less', 'fewer', 'nearly', 'almost', 'about', 'around', 'roughly', 'some', 'over', 'under', 'least', 'most', 'approximately', 'than', 'dan']);
