/** What `answer()` returns: the contract every surface renders (Slack, console, CLI, digest). */
import type { Intent } from '../search/query/questionWords.js';

export interface Citation {
  dossierId: string;
  articleId: string;
  /** Headline, or the article's first words when `titleDerived`. */
  title: string;
  titleDerived: boolean;
  /** `null` when the newsroom did not say. */
  source: string | null;
  date: string | null;
  url: string | null;
  /** 1-based body paragraph number. */
  paragraph: number;
  /** 1-based sentence number within the paragraph. */
  sentence: number;
  /** Section heading above the paragraph, as context. */
  heading: string | null;
}

/** A `[start, end)` character range of `text` that matched the query. */
export type Highlight = [start: number, end: number];

/** `full`: the sentence answers the question; `partial`: it is related, but leaves part of it open. */
export type Match = 'full' | 'partial';

export interface AnswerResult {
  /** The sentence verbatim. */
  text: string;
  match: Match;
  citation: Citation;
  score: number;
  highlights: Highlight[];
  /** Why a figure in it is no plain fact, in the article's words ("RETRACTED: “…”", "hedged: “zouden”"); empty when none. */
  caveats: string[];
}

/** What keeps the closest sentences from answering the question exactly. */
export interface AnswerGap {
  /** Question words the closest sentence does not cover (with the rest of the question). */
  missing: string[];
  /** Those of them the dossier does have, in other sentences: "none mentions" would not be true of them. */
  elsewhere: string[];
  /** Kinds of answer asked for that it does not give. */
  types: AnswerKind[];
}

/** The kind of answer question words ask for: `how many` a figure, `when` a time, … */
export type AnswerKind = Intent;

export interface Answer {
  query: string;
  dossierId: string;
  /** What was searched for: the query's concepts (content words), question words and stop words removed. */
  concepts: string[];
  /** Best first, full answers before partial ones; empty when nothing in the dossier relates to the query. */
  results: AnswerResult[];
  /** Set when no result answers the question exactly: what is missing. */
  gap: AnswerGap | null;
  /** Results beyond `limit` that exist ("More"). */
  more: number;
  /** Query words the question is about (essential) that the dossier knows nothing about: no sentence, no glossary word reaches them. */
  unmatched: string[];
  /** "Did you mean" words from the dossier's own vocabulary, when nothing (or little) matched. */
  suggestions: string[];
}
