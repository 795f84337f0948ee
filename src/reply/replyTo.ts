/**
 * Request → Reply: what to tell the user, independent of how it is shown. Every surface (slash
 * command, mention, DM, console) goes through here and only renders the result.
 */
import { answer } from '../answer/answer.js';
import type { Answer } from '../answer/types.js';
import type { Dossier } from '../knowledge/types.js';
import type { DossierIndex } from '../search/sentenceIndex.js';
import type { Digest } from '../digest/composeDigest.js';
import { extractFigures, type TopicFigures } from '../figures/extractFigures.js';
import { fold } from '../search/analysis/fold.js';
import { MAX_QUESTION_CHARS, parseRequest, type Request } from './parseRequest.js';
import { mapped } from '../lists/loops.js';

/** Sentences per page of an answer in chat; "More" shows the next page. */
export const PAGE_SIZE = 3;

export interface SourceSummary {
  id: string;
  title: string;
  titleDerived: boolean;
  source: string | null;
  date: string | null;
  url: string | null;
  sentences: number;
}

export type Reply =
  | { kind: 'answer'; dossier: Dossier; answer: Answer; offset: number }
  | { kind: 'help'; dossier: Dossier; reason: 'asked' | 'no-question' }
  | { kind: 'sources'; dossier: Dossier; sources: SourceSummary[] }
  | { kind: 'too_long'; dossier: Dossier; length: number; max: number }
  | { kind: 'figures'; dossier: Dossier; topics: TopicFigures[]; asked?: string }
  | { kind: 'digest'; dossier: Dossier; digest: Digest | undefined }
  /** Adding or removing articles: only Slack does it (it knows the editor); elsewhere, where to do it. */
  | { kind: 'editorial'; dossier: Dossier; action: 'add' | 'remove' };

/** What only the running app knows (state), for replies that need it. */
export interface ReplyContext {
  /** Today's digest for one dossier, as it would be posted now. */
  digest?: (dossierId: string) => Digest;
}

export function summarizeSources(dossier: Dossier): SourceSummary[] {
  return mapped(dossier.articles, (a) => ({
    id: a.id,
    title: a.title,
    titleDerived: a.titleDerived,
    source: a.source ?? null,
    date: a.date ?? null,
    url: a.url ?? null,
    sentences: a.paragraphs.reduce((n, p) => n + p.sentences.length, 0),
  }));
}

/** `answered`: the answer when it was worked out elsewhere (a worker thread) for this very request. */
export function replyTo(request: Request, index: DossierIndex, offset = 0, context: ReplyContext = {}, answered?: Answer): Reply {
  const { dossier } = index;
  switch (request.kind) {
    case 'digest':
      return { kind: 'digest', dossier, digest: context.digest?.(dossier.id) };
    case 'figures': {
      const all = extractFigures(index);
      const wanted = request.topic ? fold(request.topic) : undefined;
      const topics = wanted ? all.filter((t) => fold(t.topic).includes(wanted) || fold(t.label).includes(wanted)) : all;
      return { kind: 'figures', dossier, topics, ...(request.topic ? { asked: request.topic } : {}) };
    }
    case 'help':
      return { kind: 'help', dossier, reason: 'asked' };
    case 'sources':
      return { kind: 'sources', dossier, sources: summarizeSources(dossier) };
    case 'add':
    case 'remove':
      return { kind: 'editorial', dossier, action: request.kind };
    case 'too_long':
      return { kind: 'too_long', dossier, length: request.length, max: MAX_QUESTION_CHARS };
    case 'ask': {
      const result = answered ?? answer(request.query, { index, limit: PAGE_SIZE, offset });
      // Nothing to search for ("?", "wat is", only stop words): explain how to ask instead.
      if (result.concepts.length === 0) return { kind: 'help', dossier, reason: 'no-question' };
      return { kind: 'answer', dossier, answer: result, offset };
    }
  }
}

/** The text typed after a command → the reply. */
export function replyToText(text: string, index: DossierIndex, offset = 0, context: ReplyContext = {}, answered?: Answer): Reply {
  return replyTo(parseRequest(text), index, offset, context, answered);
}
