/** Candidates come out best bound first, ties by the earlier sentence: as sorting them all would give. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BoundQueue } from '../../src/search/boundQueue.js';

describe('BoundQueue (properties)', () => {
  it('pops in the order of a full sort by bound (descending), then id', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ bound: fc.integer({ min: 0, max: 20 }), id: fc.nat({ max: 1000 }) }), { maxLength: 200 }), (entries) => {
        const bounds = Float64Array.from(entries, (e) => e.bound / 4);
        const slots = entries.map((_, slot) => slot);
        const queue = new BoundQueue(slots, bounds, (slot) => (entries[slot] as { id: number }).id);
        const popped: number[] = [];
        while (queue.size > 0) {
          expect(queue.topBound()).toBe(bounds[queue.remaining()[0] as number]);
          popped.push(queue.pop());
        }
        const order = (slot: number): [number, number] => [bounds[slot] as number, (entries[slot] as { id: number }).id];
        const sorted = [...slots].sort((x, y) => order(y)[0] - order(x)[0] || order(x)[1] - order(y)[1]);
        expect(popped.map(order)).toEqual(sorted.map(order));
      }),
    );
  });
});
