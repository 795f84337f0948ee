/**
 * The one answer function every surface calls: a question in, verbatim cited sentences out.
 * Pure over a built index: no I/O, no Slack, no terminal.
 */
import { cleanQuestion } from '../search/query/cleanQuestion.js';
import { parseQuery, type ParsedQuery } from '../search/query/parseQuery.js';
import { cueTypo } from '../search/query/cueTypos.js';
import { expandQuery, type Concept } from '../search/query/expandQuery.js';
import { rank, type Ranked } from '../search/rank.js';
import { retrieve } from '../search/retrieve.js';
import type { DossierIndex, SentenceRecord } from '../search/sentenceIndex.js';
import { suggest } from '../search/suggest.js';
import { essentialConcepts } from '../search/query/salience.js';
import { splitQuestions } from '../search/query/splitQuestions.js';
import { figureCaveats } from '../figures/figureCaveats.js';
import type { Answer, AnswerGap, AnswerResult, Citation, Highlight } from './types.js';
import { flatMap, mapped } from '../lists/loops.js';

export interface AnswerOptions {
  index: DossierIndex;
  /** Results to return (default 5). */
  limit?: number;
  /** Results to skip, for "More" (default 0). */
  offset?: number;
}

export const DEFAULT_LIMIT = 5;

export function answer(asked: string, options: AnswerOptions): Answer {
  const { index } = options;
  // Slack markup (mentions, links, emoji) is never searched, and never logged: `query` is the cleaned question.
  const query = cleanQuestion(asked);
  const limit = Math.max(0, options.limit ?? DEFAULT_LIMIT);
  const offset = Math.max(0, options.offset ?? 0);
  const parts = splitQuestions(query);
  if (parts.length === 1) return answerOne(query, index, limit, offset);
  // Two questions in one message: each answered on its own, the sentences merged by score (each
  // part's best is 1), so both best answers lead and the scores stay in order.
  const answers = mapped(parts, (part) => answerOne(part, index, offset + limit, 0));
  // A sentence both parts found is shown once, where it scored best.
  const seen = new Set<string>();
  const results = mapped(flatMap(answers, (a, part) => mapped(a.results, (result, rank) => ({ result, part, rank })))
    .sort((a, b) => b.result.score - a.result.score || a.rank - b.rank || a.part - b.part), ({ result }) => result)
    .filter(({ citation }) => {
      const key = `${citation.articleId}\u0000${citation.paragraph}\u0000${citation.sentence}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  const unanswered = answers.find((a) => a.gap !== null);
  return {
    query,
    dossierId: index.dossier.id,
    concepts: [...new Set(flatMap(answers, (a) => a.concepts))],
    results: results.slice(offset, offset + limit),
    // Exact only when every question is answered exactly; otherwise what the first one lacking an answer misses.
    gap: unanswered?.gap ?? null,
    more: Math.max(0, results.length - offset - limit) + answers.reduce((sum, a) => sum + a.more, 0),
    unmatched: [...new Set(flatMap(answers, (a) => a.unmatched))],
    suggestions: [...new Set(flatMap(answers, (a) => a.suggestions))],
  };
}

/** One question: its words, the sentences that answer it, and what is missing. */
function answerOne(query: string, index: DossierIndex, limit: number, offset: number): Answer {
  const parsed = parseQuery(query, (word) => cueTypo(word, index));
  const concepts = expandQuery(parsed, index);
  const ranking = rank(index, concepts, retrieve(index, concepts, { asked: parsed.intents, polar: parsed.polar, namesRoles: parsed.namesRoles, compares: parsed.compares }), parsed.intents, offset + limit, parsed.polar, { earlier: parsed.earlier, ahead: parsed.ahead, precise: parsed.precise, ...(parsed.calendar ? { calendar: parsed.calendar } : {}) });
  const page = ranking.results.slice(offset, offset + limit);
  const best = ranking.results[0];
  // What the question is about that the dossier lacks: not a word that only frames it ("now", "exactly", "another").
  const essential = essentialConcepts(mapped(concepts, (c) => c.salience));
  const unmatched = [...new Set(mapped(concepts.filter((c, i) => c.alternatives.length === 0 && essential[i]), (c) => c.label))];
  return {
    query,
    dossierId: index.dossier.id,
    concepts: mapped(concepts, (c) => c.label),
    results: mapped(page, (r) => toResult(index, r)),
    gap: best?.full ? null : gapOf(best?.missing ?? unmatched, typesLacking(best, parsed), concepts),
    more: ranking.more,
    unmatched,
    suggestions: ranking.results.length === 0 || concepts.some((c) => c.alternatives.length === 0) ? suggest(index, concepts) : [],
  };
}

/**
 * The kinds of answer the closest sentence does not give: a sentence covering the question in
 * words and types, yet not full for lack of the unit of time asked ("In 2010" for "in which
 * month"), does not give the date asked.
 */
function typesLacking(best: Ranked | undefined, parsed: ParsedQuery): AnswerGap['types'] {
  if (!best) return [...parsed.intents];
  const dateAsked = parsed.intents.has('date') || parsed.intents.has('when');
  return best.missing.length === 0 && best.unanswered.length === 0 && parsed.calendar !== undefined && dateAsked ? ['date'] : best.unanswered;
}

/** What the closest sentence lacks, telling words the dossier has elsewhere from words it has nowhere. */
function gapOf(missing: string[], types: AnswerGap['types'], concepts: readonly Concept[]): AnswerGap {
  const found = new Set(mapped(concepts.filter((c) => c.alternatives.length > 0), (c) => c.label));
  return { missing, elsewhere: missing.filter((label) => found.has(label)), types };
}

function toResult(index: DossierIndex, ranked: Ranked): AnswerResult {
  const record = index.sentences[ranked.id] as SentenceRecord;
  return {
    text: record.text,
    match: ranked.full ? 'full' : 'partial',
    citation: citationOf(index, record),
    score: Math.round(ranked.score * 1000) / 1000,
    highlights: highlightsOf(record, ranked.matchedTerms),
    caveats: figureCaveats(index, record),
  };
}

export function citationOf(index: DossierIndex, record: SentenceRecord): Citation {
  const article = index.articles.get(record.articleId);
  return {
    dossierId: index.dossier.id,
    articleId: record.articleId,
    title: article?.title ?? record.articleId,
    titleDerived: article?.titleDerived ?? false,
    source: article?.source ?? null,
    date: article?.date ?? null,
    url: article?.url ?? null,
    paragraph: record.paragraph,
    sentence: record.sentence,
    heading: record.heading ?? null,
  };
}

/** Character ranges of the words that matched, merged and in order. */
export function highlightsOf(record: SentenceRecord, matchedTerms: ReadonlySet<string>): Highlight[] {
  const ranges = mapped([...record.analysis.words, ...record.analysis.parts]
    .filter((t) => matchedTerms.has(t.term)), (t): Highlight => [t.start, t.end])
    .sort((a, b) => a[0] - b[0]);
  const merged: Highlight[] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}
