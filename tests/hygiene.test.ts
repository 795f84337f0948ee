/** Tests never read the live knowledge folder: editors adding articles there must never break CI. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/seeds.js';

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : testFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

describe('test hygiene', () => {
  it('no test or helper points at the live knowledge folder', () => {
    const offenders = testFiles(path.join(ROOT, 'tests')).filter((file) => /ROOT,\s*'knowledge'|KNOWLEDGE_DIR:\s*['"]\.{0,2}\/?knowledge|loadLibrary\(\s*['"]\.{0,2}\/?knowledge/u.test(readFileSync(file, 'utf8')));
    expect(offenders.map((file) => path.relative(ROOT, file))).toEqual([]);
  });
});
