/**
 * What a reload costs when an editor adds or removes one article, for `npm run bench`: the
 * incremental update (analyseDossier.ts) beside the full rebuild of the same dossier, both for the
 * index alone (analyse and assemble the articles already read) and for the whole reload
 * (loadLibrary: read and parse the files, then index). Checks that both give the same index.
 */
import { cpSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { loadKnowledge } from '../src/knowledge/loadKnowledge.js';
import type { Dossier } from '../src/knowledge/types.js';
import { loadLibrary, type Library } from '../src/library/loadLibrary.js';
import { loadLexicon } from '../src/search/lexicon/loadLexicon.js';
import type { EarlierAnalysis } from '../src/search/analyseDossier.js';
import { analyseDossier, assembleIndex } from '../src/search/sentenceIndex.js';
import { writeCorpus } from './corpus.js';

/** A sentence with words no synthetic article has (a name, a compound, a possessive): the vocabulary changes, as with a real new article. */
const NEW_WORDS = 'Volgens Beknazarov zijn de gasprijzen in Zjanaozen verdubbeld, en Beknazarovs partij eist opheldering.';

/** What the added article is, for the table. */
export const ADDED = '30 synthetic sentences and one of new words';

export interface ReloadRow {
  change: 'add' | 'remove';
  what: 'index' | 'reload';
  fullMs: number;
  incrementalMs: number;
  analysed: number;
  kept: number;
  identical: boolean;
}

const timed = async <T>(work: () => T | Promise<T>): Promise<[T, number]> => {
  const started = performance.now();
  const result = await work();
  return [result, performance.now() - started];
};

/**
 * On a copy of `dir`: adds one ~30-sentence article in the middle of dossier `id`, then removes
 * another, timing the incremental update and the full rebuild of each. `settle` runs before each
 * timing (a full garbage collection: the libraries of the other timings must not be paid for).
 */
export async function measureReloads(from: string, id: string, settle: () => void): Promise<{ sentences: number; rows: ReloadRow[] }> {
  const lexicon = loadLexicon();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-reload-'));
  cpSync(from, dir, { recursive: true });
  const folder = path.join(dir, id);
  const files = readdirSync(folder).filter((f) => f.endsWith('.md')).sort();
  // The added article: synthetic like the rest (another seed), plus a sentence of new words.
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'bench-article-'));
  writeCorpus({ sentences: 30, seed: 7, from: folder, to: scratch });
  const written = path.join(scratch, id, readdirSync(path.join(scratch, id)).find((f) => f.endsWith('.md')) as string);

  const rows: ReloadRow[] = [];
  const measure = async (change: ReloadRow['change'], before: Library, edit: () => void): Promise<Library> => {
    const index = before.byId(id);
    const analysis = before.analyses?.get(id);
    if (!index || !analysis) throw new Error(`bench: no dossier ${id}`);
    edit();
    const dossier = (await loadKnowledge(dir)).dossiers.find((d) => d.id === id) as Dossier;
    // The index alone: the articles already read.
    const build = (earlier?: EarlierAnalysis) => () => {
      const result = analyseDossier(dossier, earlier);
      assembleIndex(dossier, result.analysis.data, lexicon);
      return result;
    };
    settle();
    const [updated, incrementalMs] = await timed(build({ dossier: index.dossier, ...analysis }));
    settle();
    const [fresh, fullMs] = await timed(build());
    rows.push({ change, what: 'index', fullMs, incrementalMs, analysed: updated.analysedSentences, kept: updated.copiedSentences, identical: isDeepStrictEqual(fresh.analysis.data, updated.analysis.data) });
    // The whole reload: files read and parsed, then indexed; as the watcher does it, and afresh.
    settle();
    const [reloaded, reloadMs] = await timed(() => loadLibrary(dir, { previous: before }));
    settle();
    const [afresh, fullReloadMs] = await timed(() => loadLibrary(dir));
    const how = reloaded.builds?.find((b) => b.dossierId === id);
    const same = isDeepStrictEqual(afresh.analyses?.get(id)?.data, reloaded.analyses?.get(id)?.data);
    rows.push({ change, what: 'reload', fullMs: fullReloadMs, incrementalMs: reloadMs, analysed: how?.analysedSentences ?? 0, kept: how?.copiedSentences ?? 0, identical: same });
    return reloaded;
  };

  const start = await loadLibrary(dir);
  const sentences = start.byId(id)?.sentences.length ?? 0;
  const withArticle = await measure('add', start, () => {
    const added = path.join(folder, (files[Math.floor(files.length / 2)] as string).replace(/\.md$/u, '-toegevoegd.md'));
    cpSync(written, added);
    writeFileSync(added, `${NEW_WORDS}\n`, { flag: 'a' });
  });
  // Removed as an editor does it: moved out of the folder.
  await measure('remove', withArticle, () => renameSync(path.join(folder, files[Math.floor(files.length / 3)] as string), path.join(scratch, 'removed.md')));
  rmSync(scratch, { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
  return { sentences, rows };
}
