/**
 * Which articles keep their analysis when a dossier changes (an article added, edited or removed),
 * so a reload copies their sentences' analyses, features and context instead of analysing them
 * again (analyseDossier.ts). Pure.
 *
 * Why copying is exact. The known words are merged afresh from every article's share, so they are
 * those of the dossier as it is now. What analysis makes of a sentence depends, besides its article,
 * on the dossier only through them:
 * - its analysis takes from the analyzer only the terms of each of its folded words (`termsOfWord`;
 *   numbers and stopwords take nothing), and its length is its number of analysed words;
 * - its features are a function of its text, its analysis and whether its first word is a name,
 *   which matters only when that word is one of its analysed words;
 * - its context comes from its own text and analysis and those of the other sentences of the
 *   same article (years among their features; a paragraph's first sentence also takes the names
 *   of the rest of its paragraph), and from which of their analysed words are names.
 * So an article whose sentences are unchanged keeps all of it, unless one of its words has other
 * terms under the new analyzer than under the old one, or became or ceased to be a name. Such an
 * article is analysed again, whole (a conservative unit: the context runs through the article).
 */
import type { Article } from '../knowledge/types.js';
import { termsOfWord, type AnalyzerContext, type WordTerms } from './analysis/analyzeText.js';
import type { ArticleWords, KnownWords } from './knownWords.js';
import { mapped } from '../lists/loops.js';

/** The same sentences in the same paragraphs: all of an article its analysis reads. */
export function sameText(a: Article, b: Article): boolean {
  if (a === b) return true;
  if (a.paragraphs.length !== b.paragraphs.length) return false;
  return a.paragraphs.every((paragraph, i) => {
    const other = (b.paragraphs[i] as Article['paragraphs'][number]).sentences;
    return paragraph.sentences.length === other.length && paragraph.sentences.every((sentence, k) => sentence === other[k]);
  });
}

/** Per article of `next`: the position in `earlier` of the article with its id and its text, if any. */
export function unchangedArticles(earlier: readonly Article[], next: readonly Article[]): Array<number | undefined> {
  const byId = new Map(mapped(earlier, (article, i) => [article.id, i]));
  return mapped(next, (article) => {
    const at = byId.get(article.id);
    return at !== undefined && sameText(earlier[at] as Article, article) ? at : undefined;
  });
}

/** Words compared between two pauses (a few milliseconds). */
const WORDS_PER_STEP = 4000;

function sameTerms(a: WordTerms | null, b: WordTerms | null): boolean {
  if (a === null || b === null) return a === b;
  return a.term === b.term && a.parts.length === b.parts.length && a.parts.every((part, i) => part.term === b.parts[i]?.term && part.form === b.parts[i]?.form);
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((word) => set.has(word));
}

/**
 * Folded words whose analysis differs between the earlier known words and the new ones: other terms
 * (`words` are the candidates: the new dossier's), or a name in one and not in the other.
 */
export function* changedWords(earlier: { known: KnownWords; analyzer: AnalyzerContext }, next: { known: KnownWords; analyzer: AnalyzerContext }, words: Iterable<string>): Generator<void, Set<string>> {
  const changed = new Set<string>();
  // The analyzer is its vocabulary, proper nouns and stems: when none changed as a set, no word's terms did.
  const sameAnalyzer = sameSet(earlier.known.vocabulary, next.known.vocabulary) && sameSet(earlier.known.properNouns, next.known.properNouns) && sameSet(earlier.known.stems, next.known.stems);
  if (!sameAnalyzer) {
    let compared = 0;
    for (const word of words) {
      if (!sameTerms(termsOfWord(word, earlier.analyzer), termsOfWord(word, next.analyzer))) changed.add(word);
      if (++compared % WORDS_PER_STEP === 0) yield;
    }
  }
  const earlierNames = new Set(earlier.known.names);
  const names = new Set(next.known.names);
  for (const name of earlierNames) if (!names.has(name)) changed.add(name);
  for (const name of names) if (!earlierNames.has(name)) changed.add(name);
  return changed;
}

/** Whether an unchanged article keeps its analysis: none of its words changed (see above); `changed` flags words by number. */
export function keepsAnalysis(share: ArticleWords, changed: Uint8Array | undefined): boolean {
  return changed === undefined || !share.words.some((n) => changed[n] === 1);
}
