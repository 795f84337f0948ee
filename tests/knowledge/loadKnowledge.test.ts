import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge.js';
import { formatProblem } from '../../src/knowledge/types.js';
import { loadLibrary } from '../../src/library/loadLibrary.js';
import { answer } from '../../src/answer/answer.js';

const GOOD = `---
title: Demonstranten bestormen het stadhuis
source: de Volkskrant
date: 2022-01-06
url: https://example.org/stadhuis
---
Honderden demonstranten bestormden gisteren het stadhuis van Almaty.

Beeld ANP

De politie zette traangas in.
`;

function knowledgeDir(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'knowledge-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), content);
  }
  return root;
}

const DOSSIER = 'command: /testdossier\ntitle: Test\nlanguage: nl\n';

describe('loadKnowledge', () => {
  it('loads a good article with its metadata, paragraphs and stable id', async () => {
    const root = knowledgeDir({ 'test/dossier.yml': DOSSIER, 'test/stadhuis.md': GOOD });
    const { dossiers, problems } = await loadKnowledge(root);
    expect(problems).toEqual([]);
    const article = dossiers[0]?.articles[0];
    expect(article).toMatchObject({ id: 'test/stadhuis', title: 'Demonstranten bestormen het stadhuis', source: 'de Volkskrant', date: '2022-01-06', url: 'https://example.org/stadhuis', titleDerived: false });
    expect(article?.paragraphs.map((p) => p.number)).toEqual([1, 2]);
    expect(article?.captions.map((c) => c.text)).toEqual(['Beeld ANP']);
    expect(dossiers[0]?.command).toBe('/testdossier');
  });

  it('keeps unknown metadata unknown', async () => {
    const root = knowledgeDir({ 'test/dossier.yml': DOSSIER, 'test/a.md': '---\ntitle: A\nsource: unknown\ndate: unknown\n---\nTekst van het artikel.\n' });
    const article = (await loadKnowledge(root)).dossiers[0]?.articles[0];
    expect(article?.source).toBeUndefined();
    expect(article?.date).toBeUndefined();
    expect(article?.url).toBeUndefined();
  });

  it.each([
    // A colon in an unquoted title is the classic editor mistake.
    ['bad YAML', '---\ntitle: Kazachstan: de onrust\nsource: x\n---\nTekst.\n', /not valid YAML/u, 2],
    ['no front matter', 'Zomaar tekst zonder kop.\n', /no front matter/u, 1],
    ['missing title', '---\nsource: NRC\n---\nTekst.\n', /missing 'title'/u, undefined],
    ['unknown date format', '---\ntitle: T\ndate: 6 januari\n---\nTekst.\n', /unknown date format/u, 3],
    ['impossible date', '---\ntitle: T\ndate: 2022-02-30\n---\nTekst.\n', /unknown date format/u, 3],
    ['missing body', '---\ntitle: T\n---\n\n', /no text after the front matter/u, 4],
    ['only captions', '---\ntitle: T\n---\nBeeld EPA\n', /no body text/u, 4],
    ['not UTF-8', Buffer.concat([Buffer.from('---\ntitle: T\n---\nEerste regel.\nCaf'), Buffer.from([0xe9]), Buffer.from(' in Latin-1.\n')]), /not valid UTF-8/u, 5],
  ])('reports %s by file and line, and still serves the good article', async (_name, broken, message, line) => {
    const root = knowledgeDir({ 'test/dossier.yml': DOSSIER, 'test/good.md': GOOD, 'test/broken.md': broken });
    const { dossiers, problems } = await loadKnowledge(root);
    expect(dossiers[0]?.articles.map((a) => a.id)).toEqual(['test/good']);
    expect(problems).toHaveLength(1);
    const [problem] = problems;
    expect(problem?.file).toMatch(/broken\.md$/u);
    expect(problem?.message).toMatch(message);
    expect(problem?.severity).toBe('error');
    if (line !== undefined) expect(problem?.line).toBe(line);
    expect(formatProblem(problem!)).toContain('broken.md');
  });

  it('answers from the good articles when one file is broken', async () => {
    const root = knowledgeDir({ 'test/dossier.yml': DOSSIER, 'test/good.md': GOOD, 'test/broken.md': '---\nsource: NRC\ntitle: Onrust: dag drie\n---\nx\n' });
    const library = await loadLibrary(root);
    expect(library.problems.map(formatProblem).join('\n')).toMatch(/broken\.md:3: front matter is not valid YAML/u);
    const result = answer('stadhuis', { index: library.byCommand('/testdossier')! });
    expect(result.results[0]?.text).toBe('Honderden demonstranten bestormden gisteren het stadhuis van Almaty.');
    expect(result.results[0]?.citation).toMatchObject({ source: 'de Volkskrant', date: '2022-01-06', paragraph: 1, url: 'https://example.org/stadhuis' });
  });

  it('serves a dossier without dossier.yml under its folder name, with a warning', async () => {
    const root = knowledgeDir({ 'Oekraine/a.md': GOOD });
    const { dossiers, problems } = await loadKnowledge(root);
    expect(dossiers[0]?.command).toBe('/oekraine');
    expect(dossiers[0]?.articles).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'warning' });
    expect(problems[0]?.file).toMatch(/dossier\.yml$/u);
  });

  it('warns about unknown front matter keys but serves the article', async () => {
    const root = knowledgeDir({ 'test/dossier.yml': DOSSIER, 'test/a.md': '---\ntitle: T\nauthor: Jan\n---\nTekst.\n' });
    const { dossiers, problems } = await loadKnowledge(root);
    expect(dossiers[0]?.articles).toHaveLength(1);
    expect(problems).toEqual([expect.objectContaining({ line: 3, severity: 'warning', message: expect.stringContaining("unknown key 'author'") })]);
  });

  it('takes a date prefix glued to the text as the date when front matter has none', async () => {
    const root = knowledgeDir({ 'test/dossier.yml': DOSSIER, 'test/a.md': '---\ntitle: T\n---\n date 2022-01 Rusland stuurt troepen.\n' });
    const article = (await loadKnowledge(root)).dossiers[0]?.articles[0];
    expect(article?.date).toBe('2022-01');
    expect(article?.paragraphs[0]?.sentences).toEqual(['Rusland stuurt troepen.']);
  });

  it('warns about raw text dropped into a dossier folder instead of ignoring it', async () => {
    const root = knowledgeDir({ 'test/dossier.yml': DOSSIER, 'test/a.md': GOOD, 'test/nieuw.txt': 'Rauwe tekst.' });
    const { dossiers, problems } = await loadKnowledge(root);
    expect(dossiers[0]?.articles).toHaveLength(1);
    expect(problems).toEqual([expect.objectContaining({ severity: 'warning', message: expect.stringContaining('npm run ingest') })]);
    expect(problems[0]?.file).toMatch(/nieuw\.txt$/u);
  });

  it('reports a missing knowledge folder instead of throwing', async () => {
    const { dossiers, problems } = await loadKnowledge(path.join(tmpdir(), 'does-not-exist-knowledge'));
    expect(dossiers).toEqual([]);
    expect(problems[0]?.message).toMatch(/cannot be read \(ENOENT\)/u);
  });
});

describe('YAML that would take the app down', () => {
  const BOMB = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]', 'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]', 'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]', 'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]', 'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]', 'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]'].join('\n');

  it('an alias bomb in an article’s front matter is that file’s problem; the rest still serves', async () => {
    const root = knowledgeDir({ 'test/dossier.yml': DOSSIER, 'test/good.md': GOOD, 'test/bomb.md': `---\ntitle: Bom\n${BOMB}\n---\nTekst.\n` });
    const knowledge = await loadKnowledge(root);
    expect(knowledge.dossiers[0]?.articles.map((a) => a.id)).toEqual(['test/good']);
    expect(knowledge.problems.map(formatProblem).join('\n')).toMatch(/bomb\.md:2: too many YAML aliases/u);
  });

  it('an alias bomb in dossier.yml or a glossary is reported by file; the dossier serves under defaults', async () => {
    const root = knowledgeDir({ 'test/dossier.yml': `command: /testdossier\ntitle: Test\n${BOMB}\n`, 'test/good.md': GOOD, 'glossary.yml': BOMB });
    const library = await loadLibrary(root);
    const problems = library.problems.map(formatProblem).join('\n');
    expect(problems).toMatch(/dossier\.yml:1: (?:warning: )?too many YAML aliases/u);
    expect(problems).toMatch(/glossary\.yml:1: (?:warning: )?too many YAML aliases/u);
    expect(answer('stadhuis', { index: library.dossiers[0]! }).results.length).toBeGreaterThan(0);
  });
});

describe('YAML nested too deeply', () => {
  it('is refused before parsing, in front matter, dossier.yml and a glossary, without exhausting the parser', async () => {
    const deep = `a: ${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    const root = knowledgeDir({ 'test/dossier.yml': `command: /testdossier\ntitle: Test\n${deep}\n`, 'test/good.md': GOOD, 'test/deep.md': `---\ntitle: Diep\n${deep}\n---\nTekst.\n`, 'glossary.yml': deep });
    const library = await loadLibrary(root);
    const problems = library.problems.map(formatProblem).join('\n');
    expect(problems).toMatch(/deep\.md:2: front matter: YAML nested too deeply/u);
    expect(problems).toMatch(/dossier\.yml:1: (?:warning: )?YAML nested too deeply/u);
    expect(problems).toMatch(/glossary\.yml:1: (?:warning: )?YAML nested too deeply/u);
    expect(library.dossiers[0]?.dossier.articles.map((a) => a.id)).toEqual(['test/good']);
  });

  it('takes ordinary nesting: a glossary two levels deep, a list in front matter', async () => {
    const { refuseBeforeParsing } = await import('../../src/knowledge/yamlLines.js');
    expect(refuseBeforeParsing('riots:\n  en: [riots, unrest]\n  nl: ["rellen [mv]", onlusten]\n')).toBeUndefined();
  });
});

describe('files too large to be articles', () => {
  it('a 3 MB article is left out with its size and the limit; the rest serves, and nothing is read whole', async () => {
    const huge = `---\ntitle: Dump\nsource: unknown\ndate: unknown\n---\n${'Troepen trokken door de stad. '.repeat(110_000)}\n`;
    const root = knowledgeDir({ 'test/dossier.yml': DOSSIER, 'test/good.md': GOOD, 'test/dump.md': huge });
    const knowledge = await loadKnowledge(root);
    expect(knowledge.dossiers[0]?.articles.map((a) => a.id)).toEqual(['test/good']);
    expect(knowledge.problems.map(formatProblem).join('\n')).toMatch(/dump\.md: too large \(3\.1 MB; at most 1\.0 MB\), left out/u);
  });
});
