/**
 * A number per sentence, valid for one pass: clearing 100,000 entries for every question would
 * cost more than the question, so each pass gets a new generation and entries of older ones read
 * as unset. One per index and per use, reused across questions (answering is synchronous, so
 * passes never overlap; worker threads have their own).
 */
export class SentenceMarks {
  private readonly generations: Uint32Array;
  private readonly values: Int32Array;
  private generation = 0;

  constructor(size: number) {
    this.generations = new Uint32Array(size);
    this.values = new Int32Array(size);
  }

  /** Forgets every mark (in constant time). */
  clear(): void {
    if (this.generation === 0xffffffff) {
      this.generations.fill(0);
      this.generation = 0;
    }
    this.generation++;
  }

  set(id: number, value: number): void {
    this.generations[id] = this.generation;
    this.values[id] = value;
  }

  /** The mark of sentence `id` in this pass, or -1. */
  get(id: number): number {
    return this.generations[id] === this.generation ? (this.values[id] as number) : -1;
  }

  has(id: number): boolean {
    return this.generations[id] === this.generation;
  }
}

const byIndex = new WeakMap<object, Map<string, SentenceMarks>>();

/** The marks named `use` for `index` (one of `size` sentences), made on first use. */
export function marksFor(index: object, use: string, size: number): SentenceMarks {
  let uses = byIndex.get(index);
  if (!uses) {
    uses = new Map();
    byIndex.set(index, uses);
  }
  let marks = uses.get(use);
  if (!marks) {
    marks = new SentenceMarks(size);
    uses.set(use, marks);
  }
  return marks;
}
