/**
 * `npm run ask -- <question>`: the dossier answers from the terminal, readable or as JSON.
 * Exit codes: 0 when the query ran (also with no results), 2 on bad usage.
 */
import 'dotenv/config';
import { createInterface } from 'node:readline';
import { answer } from '../answer/answer.js';
import { loadLibrary } from '../answer/library.js';
import { formatProblem } from '../knowledge/types.js';
import { ANSI, PLAIN, renderAnswer } from '../console/renderAnswer.js';
import type { DossierIndex } from '../search/sentenceIndex.js';
import { ASK_USAGE, parseAskArgs } from './askArgs.js';

function fail(message: string): never {
  process.stderr.write(`ask: ${message}\n\n${ASK_USAGE}\n`);
  process.exit(2);
}

async function main(): Promise<void> {
  const parsed = parseAskArgs(process.argv.slice(2));
  if (!parsed.ok) fail(parsed.error);
  const { args } = parsed;
  if (args.help) {
    process.stdout.write(`${ASK_USAGE}\n`);
    return;
  }
  const library = await loadLibrary(process.env.KNOWLEDGE_DIR || './knowledge');
  for (const problem of library.problems) process.stderr.write(`knowledge: ${formatProblem(problem)}\n`);
  const index: DossierIndex | undefined = args.dossier ? library.byId(args.dossier) ?? library.byCommand(args.dossier) : library.dossiers[0];
  if (!index) {
    const known = library.dossiers.map((d) => d.dossier.id).join(', ') || 'none';
    fail(args.dossier ? `no dossier '${args.dossier}' (known: ${known})` : 'no dossiers found in the knowledge folder');
  }
  const style = !args.json && process.stdout.isTTY && !process.env.NO_COLOR ? ANSI : PLAIN;
  const respond = (query: string): string => {
    const result = answer(query, { index, limit: args.limit });
    return args.json ? JSON.stringify(result) : renderAnswer(result, index.dossier.title, style);
  };

  if (!args.stdin) {
    process.stdout.write(`${respond(args.query)}\n`);
    return;
  }
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    process.stdout.write(`${respond(line.trim())}\n${args.json ? '' : '\n'}`);
  }
}

await main();
