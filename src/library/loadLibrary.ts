/**
 * All dossiers, loaded and indexed: what the surfaces hold on to. Building happens here, once, off
 * the request path; answering is then a pure function of an index. A reload given the library
 * serving now keeps every dossier that did not change as it is, and updates a changed one from its
 * earlier analysis (analyseDossier.ts): the same index a build from scratch gives, in a fraction of
 * the time.
 */
import { isDeepStrictEqual } from 'node:util';
import { loadKnowledge } from '../knowledge/loadKnowledge.js';
import { ParsedArticles } from '../knowledge/parsedArticles.js';
import type { Dossier, Knowledge, Problem } from '../knowledge/types.js';
import type { Lexicon } from '../search/lexicon/lexicon.js';
import { loadLexicon } from '../search/lexicon/loadLexicon.js';
import type { Analysis } from '../search/analyseDossier.js';
import { analyseDossierInSteps, assembleIndex, type DossierIndex, type IndexData } from '../search/sentenceIndex.js';
import { readSnapshot, snapshotKey, writeSnapshot } from './snapshot.js';
import { mapped } from '../lists/loops.js';

/** How a dossier's index came to be in a load. */
export interface DossierBuild {
  dossierId: string;
  /**
   * `snapshot`: read from one; `unchanged`: the previous library's index, kept as it was;
   * `updated`: its earlier analysis updated; `analysed`: analysed from scratch.
   */
  how: 'snapshot' | 'unchanged' | 'updated' | 'analysed';
  /** Sentences analysed, and copied from the earlier analysis. */
  analysedSentences: number;
  copiedSentences: number;
}

export interface Library {
  /** Dossiers in the order of their folders' names; the first answers questions that name none. */
  dossiers: readonly DossierIndex[];
  problems: readonly Problem[];
  byId(id: string): DossierIndex | undefined;
  /** Looks up a dossier by slash command, with or without the slash. */
  byCommand(command: string): DossierIndex | undefined;
  /** Per dossier id, what its index was assembled from: what the next reload starts from. */
  analyses?: ReadonlyMap<string, Analysis>;
  /** How each dossier was built in this load. */
  builds?: readonly DossierBuild[];
  /** The articles as parsed in this load: the next reload parses only files that changed. */
  parsed?: ParsedArticles;
}

/** For the reload log line: what was analysed and what kept, e.g. "; kazakhstan: 31 sentences analysed, 98,475 kept". */
export function describeBuilds(library: Pick<Library, 'builds'>): string {
  const told = (library.builds ?? []).filter((b) => b.how === 'updated' || b.how === 'analysed');
  if (told.length === 0) return '';
  const sentences = (n: number): string => `${n.toLocaleString('en-US')} sentence${n === 1 ? '' : 's'}`;
  return `; ${mapped(told, (b) => `${b.dossierId}: ${sentences(b.analysedSentences)} analysed${b.how === 'updated' ? `, ${b.copiedSentences.toLocaleString('en-US')} kept` : ''}`).join('; ')}`;
}

export interface LoadOptions {
  /** Where snapshots are kept (`STATE_DIR/snapshots`): read when they match, written when not. None: always build. */
  snapshots?: string;
  /** Told when a snapshot could not be written (the library still loads). */
  log?: (message: string) => void;
  /** The library serving now: what did not change is kept, what changed is updated rather than analysed afresh. */
  previous?: Library;
}

function libraryOf(knowledge: Knowledge, dossiers: DossierIndex[], analyses: ReadonlyMap<string, Analysis>, builds: readonly DossierBuild[]): Library {
  return {
    dossiers,
    problems: knowledge.problems,
    byId: (id) => dossiers.find((d) => d.dossier.id === id),
    byCommand: (command) => {
      const wanted = `/${command.replace(/^\//u, '').toLowerCase()}`;
      return dossiers.find((d) => d.dossier.command === wanted);
    },
    analyses,
    builds,
  };
}

/** From a snapshot that matches the knowledge as it is, or undefined (none, stale, or unreadable). */
async function fromSnapshot(folder: string, knowledgeDir: string, key: string, lexicon: Lexicon): Promise<Library | undefined> {
  const saved = await readSnapshot(folder, knowledgeDir, key);
  if (!saved) return undefined;
  try {
    const analyses = new Map<string, Analysis>();
    const dossiers = mapped(saved.knowledge.dossiers, (dossier) => {
      const data = saved.data[dossier.id];
      if (!data) throw new Error(`no analysis of ${dossier.id}`);
      analyses.set(dossier.id, { data });
      return assembleIndex(dossier, data, lexicon);
    });
    return libraryOf(saved.knowledge, dossiers, analyses, mapped(dossiers, (d) => ({ dossierId: d.dossier.id, how: 'snapshot', analysedSentences: 0, copiedSentences: 0 })));
  } catch {
    return undefined;
  }
}

/** The previous library's index of a dossier, if it was made from exactly this dossier (every article, setting and glossary entry). */
function unchangedIndex(previous: Library | undefined, dossier: Dossier): DossierIndex | undefined {
  const index = previous?.byId(dossier.id);
  return index && previous?.analyses?.has(dossier.id) && isDeepStrictEqual(index.dossier, dossier) ? index : undefined;
}

export async function loadLibrary(knowledgeDir: string, options: LoadOptions = {}): Promise<Library> {
  const lexicon = loadLexicon();
  const { snapshots, previous } = options;
  const key = snapshots ? await snapshotKey(knowledgeDir).catch(() => undefined) : undefined;
  if (snapshots && key) {
    const loaded = await fromSnapshot(snapshots, knowledgeDir, key, lexicon);
    if (loaded) return loaded;
  }
  const parsed = new ParsedArticles(previous?.parsed);
  const knowledge = await loadKnowledge(knowledgeDir, parsed);
  // Analysed in steps: a running app keeps answering (and acking) while a reload builds.
  const dossiers: DossierIndex[] = [];
  const analyses = new Map<string, Analysis>();
  const builds: DossierBuild[] = [];
  for (const dossier of knowledge.dossiers) {
    const earlier = previous?.analyses?.get(dossier.id);
    const kept = unchangedIndex(previous, dossier);
    if (kept && earlier) {
      dossiers.push(kept);
      analyses.set(dossier.id, earlier);
      builds.push({ dossierId: dossier.id, how: 'unchanged', analysedSentences: 0, copiedSentences: 0 });
      continue;
    }
    const before = earlier && previous?.byId(dossier.id);
    const analysed = await analyseDossierInSteps(dossier, before && earlier ? { dossier: before.dossier, ...earlier } : undefined);
    analyses.set(dossier.id, analysed.analysis);
    dossiers.push(assembleIndex(dossier, analysed.analysis.data, lexicon));
    builds.push({ dossierId: dossier.id, how: analysed.copiedSentences > 0 ? 'updated' : 'analysed', analysedSentences: analysed.analysedSentences, copiedSentences: analysed.copiedSentences });
  }
  // Kept only if nothing changed while it was read: a snapshot holds exactly what its key says.
  if (snapshots && key && (await snapshotKey(knowledgeDir).catch(() => undefined)) === key) {
    const data: Record<string, IndexData> = {};
    for (const [id, analysis] of analyses) data[id] = analysis.data;
    await writeSnapshot(snapshots, knowledgeDir, key, { knowledge, data }).catch((error: unknown) => options.log?.(`index snapshot not written to ${snapshots}: ${(error as Error).message}`));
  }
  return { ...libraryOf(knowledge, dossiers, analyses, builds), parsed };
}
