/**
 * All dossiers, loaded and indexed: what the surfaces hold on to. Building happens here, once, off
 * the request path; answering is then a pure function of an index.
 */
import { loadKnowledge } from '../knowledge/loadKnowledge.js';
import type { Knowledge, Problem } from '../knowledge/types.js';
import type { Lexicon } from '../search/lexicon/lexicon.js';
import { loadLexicon } from '../search/lexicon/loadLexicon.js';
import { analyseDossierInSteps, assembleIndex, type DossierIndex, type IndexData } from '../search/sentenceIndex.js';
import { readSnapshot, snapshotKey, writeSnapshot } from './snapshot.js';

export interface Library {
  /** Dossiers in the order of their folders' names; the first answers questions that name none. */
  dossiers: readonly DossierIndex[];
  problems: readonly Problem[];
  byId(id: string): DossierIndex | undefined;
  /** Looks up a dossier by slash command, with or without the slash. */
  byCommand(command: string): DossierIndex | undefined;
}

export interface LoadOptions {
  /** Where snapshots are kept (`STATE_DIR/snapshots`): read when they match, written when not. None: always build. */
  snapshots?: string;
  /** Told when a snapshot could not be written (the library still loads). */
  log?: (message: string) => void;
}

function libraryOf(knowledge: Knowledge, dossiers: DossierIndex[]): Library {
  return {
    dossiers,
    problems: knowledge.problems,
    byId: (id) => dossiers.find((d) => d.dossier.id === id),
    byCommand: (command) => {
      const wanted = `/${command.replace(/^\//u, '').toLowerCase()}`;
      return dossiers.find((d) => d.dossier.command === wanted);
    },
  };
}

/** From a snapshot that matches the knowledge as it is, or undefined (none, stale, or unreadable). */
async function fromSnapshot(folder: string, knowledgeDir: string, key: string, lexicon: Lexicon): Promise<Library | undefined> {
  const saved = await readSnapshot(folder, knowledgeDir, key);
  if (!saved) return undefined;
  try {
    return libraryOf(
      saved.knowledge,
      saved.knowledge.dossiers.map((dossier) => {
        const data = saved.data[dossier.id];
        if (!data) throw new Error(`no analysis of ${dossier.id}`);
        return assembleIndex(dossier, data, lexicon);
      }),
    );
  } catch {
    return undefined;
  }
}

export async function loadLibrary(knowledgeDir: string, options: LoadOptions = {}): Promise<Library> {
  const lexicon = loadLexicon();
  const { snapshots } = options;
  const key = snapshots ? await snapshotKey(knowledgeDir).catch(() => undefined) : undefined;
  if (snapshots && key) {
    const loaded = await fromSnapshot(snapshots, knowledgeDir, key, lexicon);
    if (loaded) return loaded;
  }
  const knowledge = await loadKnowledge(knowledgeDir);
  // Analysed in steps: a running app keeps answering (and acking) while a reload builds.
  const dossiers: DossierIndex[] = [];
  const data: Record<string, IndexData> = {};
  for (const dossier of knowledge.dossiers) {
    const analysed = await analyseDossierInSteps(dossier);
    data[dossier.id] = analysed;
    dossiers.push(assembleIndex(dossier, analysed, lexicon));
  }
  // Kept only if nothing changed while it was read: a snapshot holds exactly what its key says.
  if (snapshots && key && (await snapshotKey(knowledgeDir).catch(() => undefined)) === key) {
    await writeSnapshot(snapshots, knowledgeDir, key, { knowledge, data }).catch((error: unknown) => options.log?.(`index snapshot not written to ${snapshots}: ${(error as Error).message}`));
  }
  return libraryOf(knowledge, dossiers);
}
