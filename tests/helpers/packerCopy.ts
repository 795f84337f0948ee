/** The property every packer's `copy` keeps: copying a range of packed data packs as adding its items would. */
import fc from 'fast-check';
import { expect } from 'vitest';

interface Packer<T, D> {
  add(item: T): void;
  copy(data: D, first: number, end: number): void;
  finish(): { data: D };
}

export function assertCopiesLikeAdding<T, D>(item: fc.Arbitrary<T>, packer: () => Packer<T, D>, pack: (items: T[]) => { data: D }, sizes: { before: number; other: number }): void {
  fc.assert(
    fc.property(fc.array(item, { maxLength: sizes.before }), fc.array(item, { maxLength: sizes.other }), fc.nat(), fc.nat(), (before, other, a, b) => {
      const first = other.length === 0 ? 0 : a % (other.length + 1);
      const end = first + (other.length === 0 ? 0 : b % (other.length - first + 1));
      const target = packer();
      for (const x of before) target.add(x);
      target.copy(pack(other).data, first, end);
      expect(target.finish().data).toEqual(pack([...before, ...other.slice(first, end)]).data);
    }),
  );
}
