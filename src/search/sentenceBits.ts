/**
 * A set of sentence ids as a bitmap, reused from question to question: adding is a bit, and the
 * members come out in id order from a scan of a few thousand words — sorted without sorting, so
 * the lists matched against them can be merged rather than looked up one id at a time.
 * One per index and per use (answering is synchronous, so uses never overlap; worker threads have
 * their own).
 */
import { kept } from '../lists/remembered.js';
export class SentenceBits {
  private readonly words: Uint32Array;

  constructor(size: number) {
    this.words = new Uint32Array(Math.ceil(size / 32));
  }

  clear(): void {
    this.words.fill(0);
  }

  add(id: number): void {
    this.words[id >>> 5] = (this.words[id >>> 5] as number) | (1 << (id & 31));
  }

  /** Adds each id; returns how many were new. */
  addAll(ids: Iterable<number>): number {
    let added = 0;
    for (const id of ids) {
      const word = this.words[id >>> 5] as number;
      const bit = 1 << (id & 31);
      if ((word & bit) !== 0) continue;
      this.words[id >>> 5] = word | bit;
      added++;
    }
    return added;
  }

  /** The members, in id order. */
  ids(): Uint32Array {
    let count = 0;
    for (const word of this.words) count += popcount(word);
    const ids = new Uint32Array(count);
    let at = 0;
    for (let w = 0; w < this.words.length; w++) {
      let bits = this.words[w] as number;
      while (bits !== 0) {
        const lowest = bits & -bits;
        ids[at++] = w * 32 + 31 - Math.clz32(lowest);
        bits ^= lowest;
      }
    }
    return ids;
  }
}

function popcount(word: number): number {
  let x = word - ((word >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

const byIndex = new WeakMap<object, Map<string, SentenceBits>>();

/** The bitmap named `use` for `index` (one of `size` sentences), made on first use and cleared. */
export function bitsFor(index: object, use: string, size: number): SentenceBits {
  const uses = kept(byIndex, index, () => new Map());
  const bits = kept(uses, use, () => new SentenceBits(size));
  bits.clear();
  return bits;
}

/**
 * A yes/no fact per sentence, worked out for all of them on first use and kept as a byte each:
 * for facts only some questions ask (who: a group of people; a topic: no other place named).
 */
export function lazySentenceFlags(count: number, fill: (flags: Uint8Array) => void): (id: number) => boolean {
  let flags: Uint8Array | undefined;
  return (id) => {
    if (!flags) {
      flags = new Uint8Array(count);
      fill(flags);
    }
    return flags[id] === 1;
  };
}
