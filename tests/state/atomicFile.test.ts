/** Small state files written whole (temp file + rename), read back or a fallback. */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readJson, writeFileAtomic } from '../../src/state/atomicFile.js';
import { tempDirs } from '../helpers/tempDirs.js';

const temp = tempDirs('atomic-');

describe('writeFileAtomic', () => {
  it('writes the content, replacing what was there', () => {
    const file = path.join(temp(), 'state.json');
    writeFileAtomic(file, 'first');
    writeFileAtomic(file, 'second');
    expect(readFileSync(file, 'utf8')).toBe('second');
  });

  it('creates missing folders', () => {
    const file = path.join(temp(), 'a', 'b', 'state.json');
    writeFileAtomic(file, '{}');
    expect(readFileSync(file, 'utf8')).toBe('{}');
  });

  it('leaves only the file itself behind', () => {
    const dir = temp();
    for (let i = 0; i < 5; i++) writeFileAtomic(path.join(dir, 'state.json'), String(i));
    expect(readdirSync(dir)).toEqual(['state.json']);
  });

  it('throws when the file cannot be put in place, and the old content is kept', () => {
    const dir = temp();
    const file = path.join(dir, 'state.json');
    mkdirSync(file);
    writeFileSync(path.join(file, 'inside'), 'kept');
    expect(() => writeFileAtomic(file, 'new')).toThrow();
    expect(readFileSync(path.join(file, 'inside'), 'utf8')).toBe('kept');
  });
});

describe('readJson', () => {
  it('parses what was written', () => {
    const file = path.join(temp(), 'state.json');
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        writeFileAtomic(file, JSON.stringify(value));
        expect(readJson(file, 'fallback')).toEqual(JSON.parse(JSON.stringify(value)));
      }),
      { numRuns: 50 },
    );
  });

  it('gives the fallback for a missing file', () => {
    const fallback = { empty: true };
    expect(readJson(path.join(temp(), 'missing.json'), fallback)).toBe(fallback);
  });

  it('gives the fallback for a file cut short or not JSON', () => {
    const dir = temp();
    writeFileSync(path.join(dir, 'cut.json'), '{"a": [1, 2');
    writeFileSync(path.join(dir, 'empty.json'), '');
    expect(readJson(path.join(dir, 'cut.json'), 'fallback')).toBe('fallback');
    expect(readJson(path.join(dir, 'empty.json'), 'fallback')).toBe('fallback');
  });

  it('gives the fallback for a folder', () => {
    expect(readJson(temp(), 42)).toBe(42);
  });
});
