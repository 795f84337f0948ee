/** Question sets with known answers: parsed strictly, loaded from the first file that exists. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadQuestionSet, parseQuestionSet } from '../../src/eval/questionSet.js';
import { ROOT } from '../helpers/seeds.js';

describe('parseQuestionSet', () => {
  it('reads answerable and out-of-scope questions with their tags', () => {
    const json = JSON.stringify({
      answerable: [
        { q: 'Hoeveel mensen zijn gearresteerd?', gold: ['bijna 8.000 mensen'], lang: 'nl', kind: ['figure', 7] },
        { q: 'Who asked the CSTO for help?', gold: ['Tokajev', 'Tokayev'], lang: 'de' },
      ],
      none: ['Wie won het songfestival?', { q: 'How many tanks did Belarus send?', lang: 'en' }],
      frozen: true,
    });
    expect(parseQuestionSet(json)).toEqual({
      answerable: [
        { q: 'Hoeveel mensen zijn gearresteerd?', gold: ['bijna 8.000 mensen'], lang: 'nl', kind: ['figure'] },
        // An unknown language tag is dropped, not an error.
        { q: 'Who asked the CSTO for help?', gold: ['Tokajev', 'Tokayev'] },
      ],
      none: [{ q: 'Wie won het songfestival?' }, { q: 'How many tanks did Belarus send?', lang: 'en' }],
      frozen: true,
    });
  });

  it('is frozen only when it says so with true', () => {
    expect(parseQuestionSet('{"answerable": [], "none": []}').frozen).toBe(false);
    expect(parseQuestionSet('{"answerable": [], "none": [], "frozen": "true"}').frozen).toBe(false);
  });

  it.each([
    ['{"answerable": []}', 'a question set needs "answerable" and "none" lists'],
    ['{"none": []}', 'a question set needs "answerable" and "none" lists'],
    ['{"answerable": {}, "none": []}', 'a question set needs "answerable" and "none" lists'],
    ['{"answerable": [{"q": "a", "gold": ["x"]}, {"q": "b"}], "none": []}', 'answerable[1] needs "q" and a non-empty "gold" list of strings'],
    ['{"answerable": [{"q": "a", "gold": []}], "none": []}', 'answerable[0] needs "q" and a non-empty "gold" list of strings'],
    ['{"answerable": [{"q": "a", "gold": ["x", ""]}], "none": []}', 'answerable[0] needs "q" and a non-empty "gold" list of strings'],
    ['{"answerable": [{"q": "a", "gold": "x"}], "none": []}', 'answerable[0] needs "q" and a non-empty "gold" list of strings'],
    ['{"answerable": [{"gold": ["x"]}], "none": []}', 'answerable[0] needs "q" and a non-empty "gold" list of strings'],
    ['{"answerable": [null], "none": []}', 'answerable[0] needs "q" and a non-empty "gold" list of strings'],
    ['{"answerable": [], "none": ["a", {"lang": "nl"}]}', 'none[1] needs "q"'],
    ['{"answerable": [], "none": [7]}', 'none[0] needs "q"'],
  ])('refuses %s', (json, message) => {
    expect(() => parseQuestionSet(json)).toThrow(message);
  });

  it('refuses text that is not JSON', () => {
    expect(() => parseQuestionSet('answerable: []')).toThrow(SyntaxError);
  });
});

describe('loadQuestionSet', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'question-set-'));
    await writeFile(path.join(dir, 'first.json'), JSON.stringify({ answerable: [{ q: 'Wie is Tokajev?', gold: ['Tokajev'] }], none: [] }));
    await writeFile(path.join(dir, 'second.json'), JSON.stringify({ answerable: [], none: ['Wat kost brood?'] }));
    await writeFile(path.join(dir, 'broken.json'), '{"answerable": [');
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('loads the first candidate that exists, skipping missing ones', async () => {
    const loaded = await loadQuestionSet([path.join(dir, 'missing.json'), path.join(dir, 'first.json'), path.join(dir, 'second.json')]);
    expect(loaded).toEqual({ file: path.join(dir, 'first.json'), set: { answerable: [{ q: 'Wie is Tokajev?', gold: ['Tokajev'] }], none: [], frozen: false } });
  });

  it('is undefined when no candidate exists', async () => {
    expect(await loadQuestionSet([path.join(dir, 'missing.json'), path.join(dir, 'gone.json')])).toBeUndefined();
    expect(await loadQuestionSet([])).toBeUndefined();
  });

  it('reads the bundled dev set', async () => {
    const loaded = await loadQuestionSet([path.join(ROOT, 'tests/fixtures/eval/dev-questions.json')]);
    expect(loaded?.set.answerable.length).toBeGreaterThan(0);
    expect(loaded?.set.answerable.every((q) => q.q !== '' && q.gold.length > 0)).toBe(true);
  });

  it('fails on a broken file rather than falling through to the next', async () => {
    await expect(loadQuestionSet([path.join(dir, 'broken.json'), path.join(dir, 'second.json')])).rejects.toThrow(SyntaxError);
  });
});
