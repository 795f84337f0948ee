/** Command-line arguments of `npm run ask`. Pure, so usage errors are testable. */
import { DEFAULT_LIMIT } from '../answer/answer.js';

export interface AskArgs {
  json: boolean;
  stdin: boolean;
  limit: number;
  dossier?: string;
  help: boolean;
  query: string;
}

export const ASK_USAGE = `Usage: npm run ask -- [options] <question words>

Ask the dossier a question; prints the best matching sentences verbatim, each with its citation.

Options:
  --json          print one JSON object: {"query", "results": [{"text", "citation"}], ...}
  --stdin         read one question per line from standard input (with --json: JSON Lines)
  --limit N       number of sentences (default ${DEFAULT_LIMIT}, at most 50)
  --dossier ID    which dossier (folder name or slash command); default: the first one
  --help          show this help

Examples:
  npm run ask -- Tokajev
  npm run ask -- how many people were arrested
  npm run --silent ask -- --json --limit 3 troops`;

export type ParsedArgs = { ok: true; args: AskArgs } | { ok: false; error: string };

export function parseAskArgs(argv: readonly string[]): ParsedArgs {
  const args: AskArgs = { json: false, stdin: false, limit: DEFAULT_LIMIT, help: false, query: '' };
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') {
      words.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '--json') args.json = true;
    else if (arg === '--stdin') args.stdin = true;
    else if (arg === '--help' || arg === '-h') args.help = true;
    else if (arg === '--limit' || arg.startsWith('--limit=')) {
      const value = arg.includes('=') ? arg.slice('--limit='.length) : argv[++i];
      const limit = Number(value);
      if (value === undefined || !Number.isInteger(limit) || limit < 1 || limit > 50) return { ok: false, error: `--limit needs a whole number from 1 to 50, got '${value ?? ''}'` };
      args.limit = limit;
    } else if (arg === '--dossier' || arg.startsWith('--dossier=')) {
      const value = arg.includes('=') ? arg.slice('--dossier='.length) : argv[++i];
      if (!value) return { ok: false, error: '--dossier needs a dossier name, e.g. --dossier kazakhstan' };
      args.dossier = value;
    } else if (arg.startsWith('--')) return { ok: false, error: `unknown option ${arg}` };
    else words.push(arg);
  }
  args.query = words.join(' ').trim();
  if (!args.help && !args.stdin && args.query === '') return { ok: false, error: 'no question given' };
  if (args.stdin && args.query !== '') return { ok: false, error: '--stdin reads the questions from standard input; do not also give one' };
  return { ok: true, args };
}
