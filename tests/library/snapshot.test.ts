/**
 * Index snapshots: read instead of analysing when, and only when, nothing they were made from
 * changed; the same answers either way; a broken snapshot is rebuilt, never an error.
 */
import { appendFileSync, cpSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/answer.js';
import { loadLibrary, type Library } from '../../src/library/loadLibrary.js';
import { readSnapshot, snapshotKey } from '../../src/library/snapshot.js';
import { KNOWLEDGE } from '../helpers/seeds.js';

const dirs: string[] = [];
const temp = (prefix: string): string => {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function setUp(): { knowledge: string; snapshots: string } {
  const knowledge = temp('snap-knowledge-');
  cpSync(KNOWLEDGE, knowledge, { recursive: true });
  return { knowledge, snapshots: path.join(temp('snap-state-'), 'snapshots') };
}

const QUESTIONS = ['troops', 'hoeveel doden', 'wie is Nazarbajev?', 'how many people were arrested', 'Kyrgystan', 'vaccine'];
const answersOf = (library: Library) => QUESTIONS.map((q) => answer(q, { index: library.dossiers[0]!, limit: 5 }));

describe('library snapshots', () => {
  it('are written on the first load and read on the next, with the same answers, problems and dossiers', async () => {
    const { knowledge, snapshots } = setUp();
    const fresh = await loadLibrary(knowledge, { snapshots });
    expect(readdirSync(snapshots)).toEqual([expect.stringMatching(/^library-[0-9a-f]{12}-[0-9a-f]{32}\.v8$/u)]);
    const file = path.join(snapshots, readdirSync(snapshots)[0] ?? '');
    const written = statSync(file).mtimeMs;
    const again = await loadLibrary(knowledge, { snapshots });
    // Read, not rebuilt: a rebuild writes the snapshot anew.
    expect(statSync(file).mtimeMs).toBe(written);
    expect(answersOf(again)).toEqual(answersOf(fresh));
    expect(again.problems).toEqual(fresh.problems);
    expect(again.dossiers.map((d) => [d.dossier.id, d.sentences.length])).toEqual(fresh.dossiers.map((d) => [d.dossier.id, d.sentences.length]));
  });

  it('are keyed by every file’s content: an edited article gives a new key and is served as edited, the old snapshot replaced', async () => {
    const { knowledge, snapshots } = setUp();
    await loadLibrary(knowledge, { snapshots });
    const before = await snapshotKey(knowledge);
    const article = path.join(knowledge, 'kazakhstan', 'rusland-stuurt-troepen.md');
    appendFileSync(article, '\nDe ijsbeer Knut werd dinsdag in Almaty gesignaleerd.\n');
    expect(await snapshotKey(knowledge)).not.toBe(before);
    const edited = await loadLibrary(knowledge, { snapshots });
    expect(answer('ijsbeer', { index: edited.dossiers[0]! }).results[0]?.text).toBe('De ijsbeer Knut werd dinsdag in Almaty gesignaleerd.');
    expect(readdirSync(snapshots)).toHaveLength(1);
  });

  it('after a reload updated from the library serving, hold what a fresh load would write, and a new process reads the same index back', async () => {
    const { knowledge, snapshots } = setUp();
    const first = await loadLibrary(knowledge, { snapshots });
    writeFileSync(path.join(knowledge, 'kazakhstan', 'sjymkent.md'), '---\ntitle: Rellen\nsource: Testkrant\ndate: 2022-01-12\n---\nIn Sjymkent zijn bij nieuwe rellen 42 doden gevallen.\n');
    const updated = await loadLibrary(knowledge, { snapshots, previous: first });
    expect(updated.builds?.[0]).toMatchObject({ how: 'updated' });
    const saved = await readSnapshot(snapshots, knowledge, await snapshotKey(knowledge));
    const fresh = await loadLibrary(knowledge);
    expect(saved?.data).toEqual(Object.fromEntries([...(fresh.analyses ?? [])].map(([id, analysis]) => [id, analysis.data])));
    const restarted = await loadLibrary(knowledge, { snapshots });
    expect(restarted.builds?.[0]).toMatchObject({ how: 'snapshot' });
    expect(answersOf(restarted)).toEqual(answersOf(fresh));
    expect(answersOf(updated)).toEqual(answersOf(fresh));
  });

  it('are rebuilt, not trusted, when the file is damaged', async () => {
    const { knowledge, snapshots } = setUp();
    const fresh = await loadLibrary(knowledge, { snapshots });
    const [file] = readdirSync(snapshots);
    writeFileSync(path.join(snapshots, file ?? ''), 'not a snapshot');
    const rebuilt = await loadLibrary(knowledge, { snapshots });
    expect(answersOf(rebuilt)).toEqual(answersOf(fresh));
  });

  it('say why when they cannot be written, and the library loads all the same', async () => {
    const { knowledge } = setUp();
    const blocked = path.join(temp('snap-blocked-'), 'a-file');
    writeFileSync(blocked, '');
    const logged: string[] = [];
    const library = await loadLibrary(knowledge, { snapshots: blocked, log: (m) => logged.push(m) });
    expect(library.dossiers).toHaveLength(1);
    expect(logged).toEqual([expect.stringMatching(/^index snapshot not written to /u)]);
  });
});
