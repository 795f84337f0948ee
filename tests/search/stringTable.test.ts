import { describe, expect, it } from 'vitest';
import { Renumbering, stringTable } from '../../src/search/stringTable.js';

describe('stringTable', () => {
  it('numbers each string once, in order of first appearance', () => {
    const { table, numberOf } = stringTable();
    expect(['troep', 'almaty', 'troep', '', 'almaty'].map(numberOf)).toEqual([0, 1, 0, 2, 1]);
    expect(table).toEqual(['troep', 'almaty', '']);
  });
});

describe('Renumbering', () => {
  it('numbers another table’s strings here when first seen, as numbering them in that order would', () => {
    const here = stringTable();
    here.numberOf('almaty');
    const renumbering = new Renumbering(here, ['troep', 'almaty', 'csto']);
    for (const n of [2, 1, 0, 2]) renumbering.see(n);
    expect(here.table).toEqual(['almaty', 'csto', 'troep']);
    expect([...renumbering.numbers]).toEqual([2, 0, 1]);
  });
});
