/**
 * Candidate slots, best upper bound first (ties: the earlier sentence), taken one at a time: a
 * binary heap, so a question whose common word gathers 20,000 candidates pays for the few that
 * ranking looks at, not for sorting them all.
 */
export class BoundQueue {
  private readonly heap: number[];

  constructor(
    slots: readonly number[],
    private readonly bound: ArrayLike<number>,
    private readonly id: (slot: number) => number,
  ) {
    this.heap = [...slots];
    for (let i = (this.heap.length >>> 1) - 1; i >= 0; i--) this.siftDown(i);
  }

  get size(): number {
    return this.heap.length;
  }

  /** The best bound still queued (the queue must not be empty). */
  topBound(): number {
    return this.bound[this.heap[0] as number] as number;
  }

  pop(): number {
    const top = this.heap[0] as number;
    const last = this.heap.pop() as number;
    if (this.heap.length > 0) {
      this.heap[0] = last;
      this.siftDown(0);
    }
    return top;
  }

  /** The slots still queued, in no particular order. */
  remaining(): readonly number[] {
    return this.heap;
  }

  /** Whether slot `a` comes before slot `b`. */
  private before(a: number, b: number): boolean {
    const ba = this.bound[a] as number;
    const bb = this.bound[b] as number;
    return ba > bb || (ba === bb && this.id(a) < this.id(b));
  }

  private siftDown(from: number): void {
    const { heap } = this;
    let i = from;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= heap.length) return;
      const right = left + 1;
      const child = right < heap.length && this.before(heap[right] as number, heap[left] as number) ? right : left;
      if (!this.before(heap[child] as number, heap[i] as number)) return;
      [heap[i], heap[child]] = [heap[child] as number, heap[i] as number];
      i = child;
    }
  }
}
