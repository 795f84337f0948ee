/**
 * All dossiers, loaded and indexed: what the surfaces hold on to. Building happens here, once, off
 * the request path; answering is then a pure function of an index.
 */
import { loadKnowledge } from '../knowledge/loadKnowledge.js';
import type { Problem } from '../knowledge/types.js';
import { loadLexicon } from '../search/lexicon/loadLexicon.js';
import { buildDossierIndexInSteps, type DossierIndex } from '../search/sentenceIndex.js';

export interface Library {
  /** Dossiers in the order of their folders' names; the first answers questions that name none. */
  dossiers: readonly DossierIndex[];
  problems: readonly Problem[];
  byId(id: string): DossierIndex | undefined;
  /** Looks up a dossier by slash command, with or without the slash. */
  byCommand(command: string): DossierIndex | undefined;
}

export async function loadLibrary(knowledgeDir: string): Promise<Library> {
  const knowledge = await loadKnowledge(knowledgeDir);
  const lexicon = loadLexicon();
  // Built in steps: a running app keeps answering (and acking) while a reload builds.
  const dossiers: DossierIndex[] = [];
  for (const dossier of knowledge.dossiers) dossiers.push(await buildDossierIndexInSteps(dossier, lexicon));
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
