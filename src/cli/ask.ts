/**
 * `npm run ask -- <question>`: the dossier answers from the terminal, readable or as JSON.
 * Exit codes: 0 when the query ran (also with no results), 2 on bad usage.
 */
import 'dotenv/config';
import { answer } from '../answer/answer.js';
import { loadLibrary } from '../library/loadLibrary.js';
import { checkKnowledgeDir } from '../config/checkFolders.js';
import { readConfig } from '../config/readConfig.js';
import { formatProblem } from '../knowledge/types.js';
import { ANSI, PLAIN, renderAnswer } from '../console/renderAnswer.js';
import { dossierFor, dossierNamed, dossierProblemText } from '../reply/resolveDossier.js';
import { ASK_USAGE, parseAskArgs } from './askArgs.js';
import { cappedLines } from './cappedLines.js';
import { MAX_QUESTION_CHARS } from '../reply/parseRequest.js';

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
  const settings = readConfig(process.env, { receivesRequests: false });
  if (!settings.ok) fail(settings.errors.join('; '));
  const { knowledgeDir, noColor } = settings.config;
  const folderProblem = await checkKnowledgeDir(knowledgeDir);
  if (folderProblem) fail(folderProblem);
  const library = await loadLibrary(knowledgeDir);
  for (const problem of library.problems) process.stderr.write(`knowledge: ${formatProblem(problem)}\n`);
  const found = args.dossier ? dossierNamed(library, args.dossier) : dossierFor(library, '');
  if ('problem' in found) fail(dossierProblemText(found.problem));
  const { index } = found;
  const style = !args.json && process.stdout.isTTY && !noColor ? ANSI : PLAIN;
  const respond = (query: string): string => {
    const result = answer(query, { index, limit: args.limit });
    return args.json ? JSON.stringify(result) : renderAnswer(result, index.dossier.title, style);
  };

  const tooLong = (length: number): string => `the question is ${length} characters long; ask in at most ${MAX_QUESTION_CHARS}`;
  if (!args.stdin) {
    if (args.query.length > MAX_QUESTION_CHARS) fail(tooLong(args.query.length));
    process.stdout.write(`${respond(args.query)}\n`);
    return;
  }
  // Read with the cap: a pasted article or an endless line is refused by its length, never held whole.
  for await (const line of cappedLines(process.stdin, MAX_QUESTION_CHARS)) {
    if (line.text.trim() === '') continue;
    if (line.tooLong) {
      process.stdout.write(args.json ? `${JSON.stringify({ error: 'too_long', length: line.length, max: MAX_QUESTION_CHARS })}\n` : `${tooLong(line.length)}\n\n`);
      continue;
    }
    process.stdout.write(`${respond(line.text.trim())}\n${args.json ? '' : '\n'}`);
  }
}

await main();
