import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { flatMap, indicesWhere, mapped } from '../../src/lists/loops.js';

// Values, arrays of them, and arrays of arrays: only the callback's own array is spread, one level.
const value = fc.oneof(fc.integer(), fc.string({ maxLength: 3 }), fc.constant(undefined));
const part = fc.oneof(value, fc.array(value, { maxLength: 4 }), fc.array(fc.array(value, { maxLength: 2 }), { maxLength: 2 }));

/** The .ts files under a folder, recursively. */
const files = (dir: string): string[] => flatMap(readdirSync(dir, { withFileTypes: true }), (e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
const SRC = path.resolve(import.meta.dirname, '../../src');
/** The files of src/ other than the helpers' own that call the built-in `name`. */
const callingBuiltIn = (name: string): string[] =>
  mapped(
    files(SRC).filter((file) => !file.endsWith(path.join('lists', 'loops.ts')) && new RegExp(`(?<!\\.\\.)\\.${name}\\(`, 'u').test(readFileSync(file, 'utf8'))),
    (file) => path.relative(SRC, file),
  );

describe('mapped', () => {
  it('gives what the built-in map gives, item and index alike', () => {
    fc.assert(fc.property(fc.array(value, { maxLength: 12 }), (items) => {
      const f = (item: unknown, i: number): unknown => (i % 2 === 0 ? [item, i] : item);
      expect(mapped(items, f)).toEqual(items.map(f));
    }));
  });

  it('is what src/ uses in place of the built-in map', () => {
    expect(callingBuiltIn('map')).toEqual([]);
  });
});

describe('flatMap', () => {
  it('gives what the built-in gives, item and index alike', () => {
    fc.assert(fc.property(fc.array(part, { maxLength: 12 }), (parts) => {
      const f = (item: unknown, i: number): unknown => (i % 3 === 2 ? [item, i] : item);
      expect(flatMap(parts, f)).toEqual(parts.flatMap(f));
    }));
  });

  it('indicesWhere gives the positions flatMap gives for a test', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: -5, max: 5 }), { maxLength: 20 }), (items) => {
      const test = (x: number, i: number): boolean => x > 0 !== (i % 4 === 0);
      expect(indicesWhere(items, test)).toEqual(items.flatMap((x, i) => (test(x, i) ? [i] : [])));
    }));
  });

  it('is what src/ uses: the built-in is many times slower on short lists in Node 20', () => {
    expect(callingBuiltIn('flatMap')).toEqual([]);
  });
});
