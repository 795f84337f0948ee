import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runConsole } from '../src/console/runConsole.js';
import { bundledLibrary } from './helpers/seeds.js';

async function converse(lines: string): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  const done = runConsole(await bundledLibrary(), { input, output, interactive: false });
  input.end(lines);
  await done;
  return printed;
}

describe('offline console', () => {
  it('answers each line read from a pipe and stops at end of input', async () => {
    const printed = await converse('Poetin\n\nxyzzy\n');
    expect(printed).toMatch(/Poetin/u);
    expect(printed).toMatch(/¶\d+/u);
    expect(printed).toMatch(/No sentence in “Kazachstan, januari 2022” answers “xyzzy”/u);
  });
});
