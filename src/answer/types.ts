/** What `answer()` returns: the contract every surface renders (Slack, console, CLI, digest). */

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
}

export interface Answer {
  query: string;
  dossierId: string;
  /** What was searched for: the query's concepts (content words), question words and stop words removed. */
  concepts: string[];
  /** Best first; empty when nothing in the dossier answers the query. */
  results: AnswerResult[];
  /** Results beyond `limit` that exist ("More"). */
  more: number;
  /** Query words the dossier knows nothing about (no sentence, no glossary word reaches them). */
  unmatched: string[];
  /** "Did you mean" words from the dossier's own vocabulary, when nothing (or little) matched. */
  suggestions: string[];
}
