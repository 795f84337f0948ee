import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stem } from '../../../src/search/analysis/stem.js';
import { ROOT } from '../../helpers/seeds.js';

/** Share of words whose stem equals Snowball's official output. */
function agreement(pairs: Array<[string, string]>): { share: number; wrong: Array<[string, string, string]> } {
  const wrong: Array<[string, string, string]> = [];
  for (const [word, expected] of pairs) {
    const actual = stem(word, 'nl');
    if (actual !== expected) wrong.push([word, expected, actual]);
  }
  return { share: 1 - wrong.length / pairs.length, wrong };
}

describe('Dutch stemmer against the Snowball vocabulary (Kraaij-Pohlmann `dutch`)', () => {
  it('agrees with the bundled sample (every 10th word of voc.txt → output.txt)', () => {
    const pairs = readFileSync(path.join(ROOT, 'tests/fixtures/snowball-dutch-sample.tsv'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => line.split('\t') as [string, string]);
    expect(pairs.length).toBeGreaterThan(4000);
    const { share, wrong } = agreement(pairs);
    expect(wrong.slice(0, 10)).toEqual([]);
    expect(share).toBe(1);
  });

  const official = path.join(ROOT, '..', 'shared', 'reference', 'snowball-dutch');
  it.skipIf(!existsSync(path.join(official, 'voc.txt')))('agrees with the full official vocabulary when shared/ is present', () => {
    const words = readFileSync(path.join(official, 'voc.txt'), 'utf8').split('\n');
    const stems = readFileSync(path.join(official, 'output.txt'), 'utf8').split('\n');
    const pairs = words.map((w, i): [string, string] => [w, stems[i] ?? '']).filter(([w]) => w !== '');
    const { share } = agreement(pairs);
    // 45,670 words; measured agreement is 100%.
    expect(share).toBe(1);
  });

  it.each([
    ['gearresteerd', 'arrestaties', 'arresteren'],
    ['doden', 'gedood', 'dood'],
    ['militairen', 'militaire', 'militair'],
  ])('joins %s, %s and %s', (...words) => {
    expect(new Set(words.map((w) => stem(w, 'nl'))).size).toBe(1);
  });
});
