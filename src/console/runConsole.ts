/**
 * The offline console: ask the bundled dossiers from a terminal, no Slack needed. With stdin not a
 * terminal it reads questions line by line and exits at end of input.
 */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { answer } from '../answer/answer.js';
import type { Library } from '../answer/library.js';
import { ANSI, PLAIN, renderAnswer } from './renderAnswer.js';

export interface ConsoleIO {
  input: Readable;
  output: Writable;
  /** Interactive terminal: show a prompt and use bold for matched words. */
  interactive: boolean;
}

export async function runConsole(library: Library, io: ConsoleIO): Promise<void> {
  const index = library.dossiers[0];
  const write = (text: string): void => void io.output.write(`${text}\n`);
  if (!index) {
    write('No dossiers found in the knowledge folder.');
    return;
  }
  const style = io.interactive ? ANSI : PLAIN;
  if (io.interactive) {
    write(`Dossier bot — offline console on “${index.dossier.title}” (${index.sentences.length} sentences, ${index.dossier.articles.length} articles).`);
    write(`Ask in English or Dutch, e.g. ${index.dossier.examples.slice(0, 3).map((e) => `“${e}”`).join(', ')}. Ctrl-D to quit.`);
    write('To connect to Slack, set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (see README.md).\n');
  }
  const lines = createInterface({ input: io.input, ...(io.interactive ? { output: io.output, prompt: '> ' } : {}), crlfDelay: Infinity });
  if (io.interactive) lines.prompt();
  for await (const line of lines) {
    const query = line.trim();
    if (query !== '') write(`${renderAnswer(answer(query, { index }), index.dossier.title, style)}\n`);
    if (io.interactive) lines.prompt();
  }
}
