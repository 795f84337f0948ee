import { describe, expect, it, vi } from 'vitest';
import type { Library } from '../../src/library/loadLibrary.js';
import { warmUp } from '../../src/library/warmUp.js';
import { tinyIndex } from '../helpers/tinyDossier.js';

const index = tinyIndex({ protest: ['Bij de protesten in Almaty vielen 164 doden, meldden de autoriteiten.'] });
const library: Library = { dossiers: [index], problems: [], byId: () => index, byCommand: () => index };

describe('warmUp', () => {
  it('answers every warm-up question of every dossier once per round', () => {
    const once = warmUp(library, { rounds: 1 });
    expect(once).toBeGreaterThan(3);
    expect(warmUp(library, { rounds: 3 })).toBe(3 * once);
  });

  it('reads the language data a first question would read before its budget starts, even with no time to answer', () => {
    const prepare = vi.spyOn(index.lexicon, 'prepare');
    expect(warmUp(library, { budgetMs: 0 })).toBe(0);
    expect(prepare).toHaveBeenCalledTimes(1);
    prepare.mockRestore();
  });

  it('stops when its time budget is spent', () => {
    let clock = -10;
    // Each question "takes" 10 ms of the 35 ms budget.
    const now = (): number => {
      clock += 10;
      return clock;
    };
    const answered = warmUp(library, { rounds: 100, budgetMs: 35, now });
    expect(answered).toBe(3);
  });
});
