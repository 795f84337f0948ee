/**
 * The offline console: type exactly what you would in Slack — `/kazakhstan troops`,
 * `@bot wie is Nazarbajev`, `/kazakhstan sources` — and see the answer as text, or as the Block Kit
 * JSON Slack would receive (`--blocks`). With stdin not a terminal it reads line by line and exits
 * at end of input.
 */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Library } from '../library/loadLibrary.js';
import type { LibraryHolder } from '../library/holdLibrary.js';
import { PAGE_SIZE, replyToText, type Reply, type ReplyContext } from '../reply/replyTo.js';
import type { DossierIndex } from '../search/sentenceIndex.js';
import { dossierFor, dossierProblemText } from '../reply/resolveDossier.js';
import { replyMessage } from '../slack/blocks/replyMessage.js';
import { renderReply } from './renderReply.js';
import { ANSI, PLAIN } from './renderAnswer.js';
import type { Metrics } from '../observe/metrics.js';
import { recordQuestion } from '../observe/questions.js';
import { mapped } from '../lists/loops.js';

export interface ConsoleIO {
  input: Readable;
  output: Writable;
  /** Interactive terminal: show a prompt and use bold for matched words. */
  interactive: boolean;
  /** Print the Block Kit message JSON instead of text. */
  blocks?: boolean;
  /** What only the app's state knows (the digest preview). */
  context?: ReplyContext;
  /** Where questions are counted (surface `console`), when METRICS_PORT is set. */
  metrics?: Metrics;
}

/** Words that end the console, as people type them. */
const QUIT = new Set(['quit', 'exit', 'q', ':q', '\\q', 'bye']);
/** Words that page the last answer, as Slack's "More" button does. */
const MORE = new Set(['more', 'meer', 'next', 'volgende']);
/** "@Dossier bot troops", "@bot troops": the bot's name (one or two words) is not part of the question. */
const MENTION = /^@(?:dossier[\s_-]*bot|\S+)\s*/iu;

/** Which dossier and text a console line asks, or a line of text when no dossier fits. */
export function consoleRequest(library: Library, line: string): { index: DossierIndex; text: string } | string {
  const found = dossierFor(library, line.replace(MENTION, ''));
  return 'problem' in found ? dossierProblemText(found.problem) : found;
}

/**
 * `source`: the library, or a holder whose library a knowledge watcher replaces: the console then
 * answers from articles added while it runs, as the Slack app does.
 */
export async function runConsole(source: Library | LibraryHolder, io: ConsoleIO): Promise<void> {
  const current = (): Library => ('current' in source ? source.current() : source);
  const library = current();
  const write = (text: string): void => void io.output.write(`${text}\n`);
  const style = io.interactive ? ANSI : PLAIN;
  if (io.interactive) {
    const first = library.dossiers[0]?.dossier;
    write('Dossier bot — offline console. Type what you would type in Slack:');
    write(first ? `  ${first.command} troops    ${first.command} hoeveel doden    @bot wie is Nazarbajev?    ${first.command} figures    ${first.command} sources` : '  (no dossiers loaded)');
    write(`Dossiers: ${mapped(library.dossiers, (d) => `${d.dossier.command} (${d.dossier.articles.length} articles)`).join(', ') || 'none'}. "more" pages the last answer; "quit" (or Ctrl-D) ends.`);
    write('To connect to Slack, set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (or SLACK_APP_TOKEN for Socket Mode); see README.md.\n');
  }
  const lines = createInterface({ input: io.input, ...(io.interactive ? { output: io.output, prompt: '> ' } : {}), crlfDelay: Infinity });
  if (io.interactive) lines.prompt();
  // The last answer, for "more".
  let last: { index: DossierIndex; text: string; offset: number } | undefined;
  for await (const raw of lines) {
    const line = raw.trim();
    if (QUIT.has(line.toLowerCase())) break;
    if (line !== '') {
      let reply: Reply | string;
      if (MORE.has(line.toLowerCase())) {
        if (last) last = { ...last, offset: last.offset + PAGE_SIZE };
        reply = last ? replyToText(last.text, last.index, last.offset, io.context) : 'Nothing to page yet: ask a question first.';
      } else {
        const request = consoleRequest(current(), line);
        const started = performance.now();
        reply = typeof request === 'string' ? request : replyToText(request.text, request.index, 0, io.context);
        if (typeof reply !== 'string') recordQuestion(io.metrics, 'console', reply, (performance.now() - started) / 1000);
        last = typeof request !== 'string' && typeof reply !== 'string' && reply.kind === 'answer' ? { ...request, offset: 0 } : last;
      }
      if (typeof reply === 'string') write(reply);
      else if (io.blocks) write(JSON.stringify(replyMessage(reply, { surface: 'ephemeral' }), null, 2));
      else write(renderReply(reply, style));
      write('');
    }
    if (io.interactive) lines.prompt();
  }
  lines.close();
}
