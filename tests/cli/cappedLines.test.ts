import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { cappedLines } from '../../src/cli/cappedLines.js';

async function lines(chunks: string[], max: number) {
  const out = [];
  for await (const line of cappedLines(Readable.from(chunks), max)) out.push(line);
  return out;
}

describe('lines read with a cap', () => {
  it('splits lines across chunks, with CRLF and without a final newline', async () => {
    expect(await lines(['ab', 'c\r\nde', 'f\n', 'gh'], 10)).toEqual([
      { text: 'abc', length: 3, tooLong: false },
      { text: 'def', length: 3, tooLong: false },
      { text: 'gh', length: 2, tooLong: false },
    ]);
  });

  it('reports an over-long line by its length and keeps no more than the cap of it', async () => {
    const [first, second] = await lines(['x'.repeat(1000), 'x'.repeat(1000), '\nok\n'], 5);
    expect(first).toEqual({ text: 'xxxxx', length: 2000, tooLong: true });
    expect(second).toEqual({ text: 'ok', length: 2, tooLong: false });
  });

  it('a line of exactly the cap is not too long', async () => {
    expect(await lines(['12345\n'], 5)).toEqual([{ text: '12345', length: 5, tooLong: false }]);
  });
});
