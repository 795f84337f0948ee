/**
 * A Uint32Array that grows as values are pushed (doubling): the packed arrays are filled one
 * sentence at a time while the dossier is analysed, so each sentence's objects can be collected
 * young instead of a hundred thousand of them being held until the end.
 */
export class GrowingUint32 {
  private values = new Uint32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.values.length) {
      const bigger = new Uint32Array(this.values.length * 2);
      bigger.set(this.values);
      this.values = bigger;
    }
    this.values[this.length++] = value;
  }

  /** The values pushed, in a typed array of their own. */
  toArray(): Uint32Array {
    return this.values.slice(0, this.length);
  }
}
