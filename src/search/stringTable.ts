/** Strings numbered in order of first appearance: what the packed arrays store in place of text. */
export interface StringTable {
  table: string[];
  numberOf(text: string): number;
}

export function stringTable(): StringTable {
  const table: string[] = [];
  const numbers = new Map<string, number>();
  return {
    table,
    numberOf(text) {
      let n = numbers.get(text);
      if (n === undefined) {
        n = table.length;
        table.push(text);
        numbers.set(text, n);
      }
      return n;
    },
  };
}

/**
 * Another table's string numbers → their numbers in `strings`. Each string is numbered (`see`) the
 * first time it is met: copying packed data, meeting its strings in the order packing the text
 * would, numbers them exactly as packing the text again does. Then `numbers[n]` is string `n`'s.
 */
export class Renumbering {
  readonly numbers: Int32Array;

  constructor(
    private readonly strings: StringTable,
    private readonly other: readonly string[],
  ) {
    this.numbers = new Int32Array(other.length).fill(-1);
  }

  see(n: number): void {
    if ((this.numbers[n] as number) < 0) this.numbers[n] = this.strings.numberOf(this.other[n] as string);
  }
}
