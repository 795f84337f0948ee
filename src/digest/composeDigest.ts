/**
 * What the daily digest says, per dossier: articles added since the previous digest, the figures
 * per measure with who says so, how firmly, when and whether withdrawn, "sources differ" where
 * like meets like, the most asked questions and those the dossier could not answer, and desk
 * corrections that match no figure any more (a to-do list for editors). Pure: state comes in as values.
 */
import { summarizeSources, type SourceSummary } from '../reply/replyTo.js';
import type { Dossier } from '../knowledge/types.js';
import { extractFigures, unmatchedNotes, type TopicFigures } from '../figures/extractFigures.js';
import type { FigureNote } from '../knowledge/dossierConfig.js';
import type { DossierIndex } from '../search/sentenceIndex.js';
import type { QueryLogEntry } from '../state/queryLog.js';
import { mapped } from '../lists/loops.js';

export interface QuestionCount {
  query: string;
  count: number;
}

export interface DossierDigest {
  dossier: Dossier;
  newArticles: SourceSummary[];
  figures: TopicFigures[];
  mostAsked: QuestionCount[];
  /** Questions that got no answer, or a 👎: what editors could add to the dossier. */
  unanswered: QuestionCount[];
  /** The desk's figure corrections that match no figure any more (dossier.yml `figures:`). */
  staleNotes: FigureNote[];
}

export interface Digest {
  /** Local date the digest is for, `YYYY-MM-DD`. */
  date: string;
  /** The previous digest's time; everything "new" is newer than this. */
  since?: string;
  dossiers: DossierDigest[];
}

export interface DigestInput {
  dossiers: readonly DossierIndex[];
  date: string;
  since?: Date;
  /** Article id → ISO time first seen. */
  firstSeen: ReadonlyMap<string, string>;
  queries: readonly QueryLogEntry[];
}

const MOST_ASKED = 5;
const UNANSWERED = 10;

const normalize = (query: string): string => query.trim().replace(/\s+/gu, ' ').toLowerCase();

function countQuestions(entries: readonly QueryLogEntry[], keep: (entry: QueryLogEntry) => boolean, limit: number): QuestionCount[] {
  const counts = new Map<string, QuestionCount>();
  for (const entry of entries) {
    if (!keep(entry)) continue;
    const key = normalize(entry.query);
    const current = counts.get(key);
    if (current) current.count++;
    else counts.set(key, { query: entry.query.trim(), count: 1 });
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.query.localeCompare(b.query)).slice(0, limit);
}

export function composeDigest(input: DigestInput): Digest {
  const since = input.since?.getTime() ?? -Infinity;
  const recent = input.queries.filter((q) => new Date(q.time).getTime() > since);
  return {
    date: input.date,
    ...(input.since ? { since: input.since.toISOString() } : {}),
    dossiers: mapped(input.dossiers, (index) => {
      const { dossier } = index;
      const mine = recent.filter((q) => q.dossierId === dossier.id);
      const isNew = (id: string): boolean => new Date(input.firstSeen.get(id) ?? 0).getTime() > since;
      return {
        dossier,
        newArticles: summarizeSources(dossier).filter((s) => isNew(s.id)),
        figures: extractFigures(index),
        mostAsked: countQuestions(mine, (e) => e.type === 'asked', MOST_ASKED),
        unanswered: countQuestions(mine, (e) => (e.type === 'asked' && e.results === 0) || (e.type === 'feedback' && !e.helpful), UNANSWERED),
        staleNotes: unmatchedNotes(index),
      };
    }),
  };
}
