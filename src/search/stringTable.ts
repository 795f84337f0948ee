/** Strings numbered in order of first appearance: what the packed arrays store in place of text. */
export function stringTable(): { table: string[]; numberOf(text: string): number } {
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
