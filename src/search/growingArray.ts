/**
 * A Uint32Array that grows as values are pushed (doubling): the packed arrays are filled one
 * sentence at a time while the dossier is analysed, so each sentence's objects can be collected
 * young instead of a hundred thousand of them being held until the end.
 */
export class GrowingUint32 {
  private values = new Uint32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.values.length) this.grow(1);
    this.values[this.length++] = value;
  }

  /**
   * Makes room for `n` more values and returns where the first goes in `buffer`: for copying many
   * values in one loop (a reload copying earlier analyses) rather than a call each.
   */
  extend(n: number): number {
    if (this.length + n > this.values.length) this.grow(n);
    const at = this.length;
    this.length += n;
    return at;
  }

  /** Appends `source[start … end)`, each value plus `shift`, or renumbered by `numbers`: a copied run in one loop. */
  appendRun(source: ArrayLike<number>, start: number, end: number, shift = 0, numbers?: Int32Array): void {
    const at = this.extend(end - start);
    const target = this.values;
    if (numbers) for (let k = start; k < end; k++) target[at + k - start] = numbers[source[k] as number] as number;
    else for (let k = start; k < end; k++) target[at + k - start] = (source[k] as number) + shift;
  }

  /** The values so far (and room after them): valid until the next push or extend. */
  get buffer(): Uint32Array {
    return this.values;
  }

  /** The values pushed, in a typed array of their own. */
  toArray(): Uint32Array {
    return this.values.slice(0, this.length);
  }

  private grow(atLeast: number): void {
    let size = this.values.length * 2;
    while (size < this.length + atLeast) size *= 2;
    const bigger = new Uint32Array(size);
    bigger.set(this.values.subarray(0, this.length));
    this.values = bigger;
  }
}
