/** All dossiers loaded and indexed, looked up by id or by slash command. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeBuilds, loadLibrary, type Library } from '../../src/library/loadLibrary.js';
import { bundledLibrary } from '../helpers/seeds.js';

const article = (title: string, body: string): string => `---\ntitle: ${title}\nsource: Testkrant\ndate: 2022-01-10\n---\n${body}\n`;

function knowledge(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'library-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}

let root: string;
let library: Library;
beforeAll(async () => {
  root = knowledge({
    'zulu/dossier.yml': 'command: /alpha\ntitle: Zulu dossier\nlanguage: nl\n',
    'zulu/troepen.md': article('Troepen', 'Rusland stuurt troepen naar Kazachstan. De CSTO stuurt 2.500 militairen.'),
    'bravo/dossier.yml': 'command: /bravo\ntitle: Bravo dossier\n',
    'bravo/olie.md': article('Olie', 'De olieprijs steeg in januari.'),
    'bravo/kapot.md': '---\nsource: Testkrant\n---\nGeen titel.\n',
    'charlie/a.md': article('Charlie', 'Een artikel zonder dossier.yml.'),
  });
  library = await loadLibrary(root);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('loadLibrary', () => {
  it('indexes every dossier folder', () => {
    expect(library.dossiers.map((d) => d.dossier.id).sort()).toEqual(['bravo', 'charlie', 'zulu']);
    const zulu = library.byId('zulu');
    expect(zulu?.dossier.title).toBe('Zulu dossier');
    expect(zulu?.sentences.map((s) => s.text)).toEqual(['Rusland stuurt troepen naar Kazachstan.', 'De CSTO stuurt 2.500 militairen.']);
  });

  it('finds a dossier by id, and nothing for an unknown one', () => {
    expect(library.byId('bravo')?.dossier.command).toBe('/bravo');
    expect(library.byId('nope')).toBeUndefined();
    expect(library.byId('Bravo')).toBeUndefined();
  });

  it('finds a dossier by its command, with or without the slash, in any case', () => {
    for (const command of ['/alpha', 'alpha', 'ALPHA', '/Alpha']) expect(library.byCommand(command)?.dossier.id, command).toBe('zulu');
    expect(library.byCommand('zulu')).toBeUndefined();
    expect(library.byCommand('/nope')).toBeUndefined();
    expect(library.byCommand('')).toBeUndefined();
  });

  it('serves a dossier without dossier.yml under its folder name', () => {
    expect(library.byCommand('/charlie')?.dossier.articles).toHaveLength(1);
  });

  it('reports a broken article with its file and leaves the rest serving', () => {
    const broken = library.problems.filter((p) => p.severity === 'error');
    expect(broken).toHaveLength(1);
    expect(broken[0]?.file).toMatch(/bravo[\\/]kapot\.md$/u);
    expect(library.byId('bravo')?.dossier.articles.map((a) => a.title)).toEqual(['Olie']);
    expect(library.problems.some((p) => p.severity === 'warning' && /charlie[\\/]dossier\.yml$/u.test(p.file))).toBe(true);
  });

  it('reports a knowledge folder that is not there, serving nothing', async () => {
    const missing = await loadLibrary(path.join(root, 'not-there'));
    expect(missing.dossiers).toEqual([]);
    expect(missing.problems).toHaveLength(1);
    expect(missing.problems[0]?.severity).toBe('error');
    expect(missing.byCommand('/alpha')).toBeUndefined();
  });

  it('gives each load its own library: a reload never changes one being served', async () => {
    const again = await loadLibrary(root);
    expect(again).not.toBe(library);
    expect(again.byId('zulu')).not.toBe(library.byId('zulu'));
    expect(again.byId('zulu')?.sentences).toHaveLength(2);
  });

  it('lists the dossiers in the order of their folder names, as documented (folder zulu with command /alpha comes last)', () => {
    expect(library.dossiers.map((d) => d.dossier.id)).toEqual([...library.dossiers.map((d) => d.dossier.id)].sort());
    expect(library.dossiers.at(-1)?.dossier).toMatchObject({ id: 'zulu', command: '/alpha' });
  });

  it('given the library serving, keeps the dossiers that did not change as they are and updates the one that did', async () => {
    const dir = knowledge({
      'zulu/dossier.yml': 'command: /alpha\ntitle: Zulu dossier\nlanguage: nl\n',
      'zulu/troepen.md': article('Troepen', 'Rusland stuurt troepen naar Kazachstan. De CSTO stuurt 2.500 militairen.'),
      'zulu/zomer.md': article('Zomer', 'In de zomer bleef het rustig in Almaty. Hij zei dat de troepen vertrokken.'),
      'bravo/dossier.yml': 'command: /bravo\ntitle: Bravo dossier\n',
      'bravo/olie.md': article('Olie', 'De olieprijs steeg in januari.'),
    });
    const first = await loadLibrary(dir);
    expect(first.builds?.map((b) => b.how)).toEqual(['analysed', 'analysed']);
    writeFileSync(path.join(dir, 'zulu', 'brand.md'), article('Brand', 'De brandstof werd duurder.'));
    const next = await loadLibrary(dir, { previous: first });
    expect(next.builds).toEqual([
      { dossierId: 'bravo', how: 'unchanged', analysedSentences: 0, copiedSentences: 0 },
      { dossierId: 'zulu', how: 'updated', analysedSentences: 1, copiedSentences: 4 },
    ]);
    expect(next.byId('bravo')).toBe(first.byId('bravo'));
    // The analysis itself, not only the sentence texts (those come from the files whatever was copied).
    expect(next.analyses?.get('zulu')?.data).toEqual((await loadLibrary(dir)).analyses?.get('zulu')?.data);
    expect(describeBuilds(next)).toBe('; zulu: 1 sentence analysed, 4 kept');
    expect(describeBuilds(first)).toBe('; bravo: 1 sentence analysed; zulu: 4 sentences analysed');
    rmSync(dir, { recursive: true, force: true });
  });

  it('loads the bundled test dossier', async () => {
    const bundled = await bundledLibrary();
    expect(bundled.byCommand('kazakhstan')?.dossier.id).toBe('kazakhstan');
    expect(bundled.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});
