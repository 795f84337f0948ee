import { describe, expect, it } from 'vitest';
import { stringTable } from '../../src/search/stringTable.js';

describe('stringTable', () => {
  it('numbers each string once, in order of first appearance', () => {
    const { table, numberOf } = stringTable();
    expect(['troep', 'almaty', 'troep', '', 'almaty'].map(numberOf)).toEqual([0, 1, 0, 2, 1]);
    expect(table).toEqual(['troep', 'almaty', '']);
  });
});
