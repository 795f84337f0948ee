/**
 * The candidate sentences of one question, in flat arrays: slot `k` is sentence `id(k)`, its score
 * and strength per concept sit at `k × concepts + c`, and the alternatives it matched are bits. A
 * common word gathers tens of thousands of sentences, and an object with arrays for each would cost
 * more to make and collect than scoring them does.
 */
import type { Alternative } from './query/expandQuery.js';

export class Candidates {
  /** The question's alternatives, every concept's in order: bit `a` of a slot is `alternatives[a]`. */
  readonly alternatives: readonly Alternative[];
  private readonly scores: Float64Array;
  private readonly strongs: Uint8Array;
  private readonly bits: Uint32Array;
  /** Slots admitted by referring back alone (retrieve.ts `addContext`, asked whose they are). */
  private readonly admitted: Uint8Array;
  private readonly width: number;
  /** Per index term, the alternatives holding it: "did this sentence match term t" without a set per sentence. */
  private readonly holding = new Map<string, number[]>();
  private readonly terms = new Map<number, ReadonlySet<string>>();

  constructor(
    /** Sentence id per slot. */
    private readonly ids: ArrayLike<number>,
    readonly concepts: number,
    alternatives: readonly Alternative[],
  ) {
    this.alternatives = alternatives;
    this.width = Math.ceil(alternatives.length / 32) || 1;
    this.scores = new Float64Array(ids.length * concepts);
    this.strongs = new Uint8Array(ids.length * concepts);
    this.bits = new Uint32Array(ids.length * this.width);
    this.admitted = new Uint8Array(ids.length);
    alternatives.forEach((alternative, a) => {
      for (const term of alternative.terms) {
        const list = this.holding.get(term);
        if (list) list.push(a);
        else this.holding.set(term, [a]);
      }
    });
  }

  get size(): number {
    return this.ids.length;
  }

  id(slot: number): number {
    return this.ids[slot] as number;
  }

  score(slot: number, concept: number): number {
    return this.scores[slot * this.concepts + concept] as number;
  }

  strong(slot: number, concept: number): boolean {
    return this.strongs[slot * this.concepts + concept] === 1;
  }

  /** Whether the sentence matched any alternative, or was admitted: only those are candidates. */
  matchedAny(slot: number): boolean {
    if (this.admitted[slot] === 1) return true;
    for (let w = slot * this.width, end = w + this.width; w < end; w++) if (this.bits[w] !== 0) return true;
    return false;
  }

  matched(slot: number, alternative: number): boolean {
    return ((this.bits[slot * this.width + (alternative >>> 5)] as number) & (1 << (alternative & 31))) !== 0;
  }

  /** Whether the sentence matched an alternative holding `term`. */
  matchedTerm(slot: number, term: string): boolean {
    return this.holding.get(term)?.some((a) => this.matched(slot, a)) ?? false;
  }

  /** The index terms the sentence matched, in the order of the alternatives (for highlighting). */
  matchedTerms(slot: number): ReadonlySet<string> {
    let terms = this.terms.get(slot);
    if (!terms) {
      const set = new Set<string>();
      this.alternatives.forEach((alternative, a) => {
        if (this.matched(slot, a)) for (const term of alternative.terms) set.add(term);
      });
      terms = set;
      this.terms.set(slot, terms);
    }
    return terms;
  }

  /** Records a match of `alternative` (of `concept`) worth `value`; `strong` is asked only while the concept is not yet strong. */
  match(slot: number, concept: number, alternative: number, value: number, strong: (id: number) => boolean): void {
    const at = slot * this.concepts + concept;
    if (value > (this.scores[at] as number)) this.scores[at] = value;
    if (this.strongs[at] === 0 && strong(this.id(slot))) this.strongs[at] = 1;
    this.bits[slot * this.width + (alternative >>> 5)] = (this.bits[slot * this.width + (alternative >>> 5)] as number) | (1 << (alternative & 31));
  }

  /** Makes a sentence a candidate that matched nothing itself. */
  admit(slot: number): void {
    this.admitted[slot] = 1;
  }

  /** A concept the sentence covers only by referring back to it: a match of this small value, strong unless said otherwise. */
  referTo(slot: number, concept: number, value: number, strong = true): void {
    const at = slot * this.concepts + concept;
    this.scores[at] = value;
    this.strongs[at] = strong ? 1 : 0;
  }
}
