/**
 * Lines of a stream, read with a cap: a line longer than `maxChars` is reported by its length and
 * its surplus discarded as it streams by, never held whole — a 78,000-character line (or an endless
 * one) costs at most `maxChars` of memory.
 */
import type { Readable } from 'node:stream';

export interface CappedLine {
  /** The line, or its first `maxChars` characters when too long. */
  text: string;
  /** Characters the line had (counted, not kept). */
  length: number;
  tooLong: boolean;
}

export async function* cappedLines(input: Readable, maxChars: number): AsyncGenerator<CappedLine> {
  input.setEncoding('utf8');
  let kept = '';
  let length = 0;
  for await (const chunk of input as AsyncIterable<string>) {
    let from = 0;
    for (let newline = chunk.indexOf('\n', from); newline >= 0; newline = chunk.indexOf('\n', from)) {
      const piece = chunk.slice(from, newline).replace(/\r$/u, '');
      length += piece.length;
      if (kept.length < maxChars + 1) kept += piece.slice(0, maxChars + 1 - kept.length);
      yield { text: kept.slice(0, maxChars), length, tooLong: length > maxChars };
      kept = '';
      length = 0;
      from = newline + 1;
    }
    const rest = chunk.slice(from);
    length += rest.length;
    if (kept.length < maxChars + 1) kept += rest.slice(0, maxChars + 1 - kept.length);
  }
  if (length > 0) yield { text: kept.slice(0, maxChars), length, tooLong: length > maxChars };
}
