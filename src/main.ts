/**
 * `npm start`: the main job. Until the Slack app is configured, an offline console on the bundled
 * dossiers, so the command is useful on a fresh machine.
 */
import 'dotenv/config';
import { loadLibrary } from './answer/library.js';
import { runConsole } from './console/runConsole.js';
import { formatProblem } from './knowledge/types.js';

const library = await loadLibrary(process.env.KNOWLEDGE_DIR || './knowledge');
for (const problem of library.problems) process.stderr.write(`knowledge: ${formatProblem(problem)}\n`);
await runConsole(library, { input: process.stdin, output: process.stdout, interactive: Boolean(process.stdin.isTTY) });
