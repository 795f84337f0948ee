/**
 * When a figure was given: the time words of its sentence ("maandag", "afgelopen weekeinde",
 * "gisteren", "3 januari"), resolved against the article's date where the article has a full one.
 * News convention: a weekday is the latest such day on or before publication. Without a full
 * article date the words stay words: never a guessed date. Pure.
 */
import { fold } from '../search/analysis/fold.js';
import { tokenize } from '../search/analysis/tokenize.js';
import { table } from '../lists/table.js';
import { mapped } from '../lists/loops.js';

export interface Moment {
  /** The sentence's own time words, verbatim ("afgelopen weekeinde"); absent when it has none. */
  text?: string;
  /** First day of the moment, `YYYY-MM-DD`, when it can be resolved. */
  from?: string;
  /** Last day, for spans ("afgelopen weekeinde" is Saturday and Sunday); equals `from` for a day. */
  to?: string;
  /** Where the date comes from: the sentence's words, or only the article's publication date. */
  basis: 'sentence' | 'article' | 'unknown';
}

const WEEKDAYS = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'];
const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
/** Relative days, by offset from the article's date. */
const DAYS: Readonly<Record<string, number>> = table({ vandaag: 0, gisteren: -1, eergisteren: -2, vannacht: 0, vanochtend: 0, vanmorgen: 0, gisteravond: -1 });
/** Words that may stand before a time word and belong to it ("afgelopen weekeinde", "vorige week"). */
const BEFORE = new Set(['afgelopen', 'vorige', 'vorig', 'het', 'dit', 'deze']);

const FULL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;

function parseDay(date: string | undefined): Date | undefined {
  const match = date ? FULL_DATE.exec(date) : null;
  if (!match) return undefined;
  const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(day.getTime()) ? undefined : day;
}

const iso = (day: Date): string => day.toISOString().slice(0, 10);
const plus = (day: Date, days: number): Date => new Date(day.getTime() + days * 86_400_000);

/** The time words of a sentence and the days they stand for, given the article's date (`YYYY-MM-DD`, `YYYY-MM` or none). */
export function momentOf(sentence: string, articleDate: string | undefined): Moment {
  const tokens = tokenize(sentence);
  const words = mapped(tokens, (t) => fold(t.surface));
  const published = parseDay(articleDate);
  const span = (first: number, last: number): string => sentence.slice(tokens[first]?.start ?? 0, tokens[last]?.end ?? 0);
  const withBefore = (i: number): number => (i > 0 && BEFORE.has(words[i - 1] ?? '') ? i - 1 : i);

  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    const weekday = WEEKDAYS.indexOf(word);
    if (weekday >= 0) {
      const text = span(withBefore(i), i);
      if (!published) return { text, basis: 'unknown' };
      const back = (published.getUTCDay() - weekday + 7) % 7;
      const day = iso(plus(published, -back));
      return { text, from: day, to: day, basis: 'sentence' };
    }
    if (word in DAYS) {
      if (!published) return { text: span(i, i), basis: 'unknown' };
      const day = iso(plus(published, DAYS[word] as number));
      return { text: span(i, i), from: day, to: day, basis: 'sentence' };
    }
    if (word === 'weekeinde' || word === 'weekend') {
      const text = span(withBefore(i), i);
      if (!published) return { text, basis: 'unknown' };
      // The latest Saturday before publication, and the Sunday after it.
      const saturday = plus(published, -((published.getUTCDay() + 1) % 7 || 7));
      return { text, from: iso(saturday), to: iso(plus(saturday, 1)), basis: 'sentence' };
    }
    const month = MONTHS.indexOf(word);
    const dayNumber = Number(words[i - 1]);
    if (month >= 0 && tokens[i - 1]?.isNumber && Number.isInteger(dayNumber) && dayNumber >= 1 && dayNumber <= 31) {
      const text = span(i - 1, i);
      const yearWord = words[i + 1] ?? '';
      const year = /^(19|20)\d\d$/u.test(yearWord) ? Number(yearWord) : published?.getUTCFullYear() ?? (articleDate ? Number(articleDate.slice(0, 4)) : undefined);
      if (year === undefined) return { text, basis: 'unknown' };
      // "3 januari" in an article of 2 February is this year's; "30 december" in one of 2 January, last year's.
      let day = new Date(Date.UTC(year, month, dayNumber));
      if (published && !/^(19|20)\d\d$/u.test(yearWord) && day > published) day = new Date(Date.UTC(year - 1, month, dayNumber));
      if (day.getUTCMonth() !== month) return { text, basis: 'unknown' };
      return { text: /^(19|20)\d\d$/u.test(yearWord) ? span(i - 1, i + 1) : text, from: iso(day), to: iso(day), basis: 'sentence' };
    }
  }
  if (published) return { from: iso(published), to: iso(published), basis: 'article' };
  return { basis: 'unknown' };
}
