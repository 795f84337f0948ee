/**
 * `npm run eval`: retrieval quality on the dev questions, for our analyzer and, side by side, for
 * plain MiniSearch over the same sentences. Uses ../shared/eval when present, else the bundled copy.
 */
import 'dotenv/config';
import path from 'node:path';
import { answer } from '../answer/answer.js';
import { loadLibrary } from '../answer/library.js';
import { evaluate, type Report } from '../eval/metrics.js';
import { plainMiniSearch } from '../eval/plainMiniSearch.js';
import { loadQuestionSet } from '../eval/questionSet.js';

const CANDIDATES = [
  ...(process.argv[2] ? [process.argv[2]] : []),
  path.resolve('../shared/eval/dev-questions.json'),
  path.resolve('tests/fixtures/eval/dev-questions.json'),
];

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`.padStart(7);

function row(name: string, report: Report): string {
  return `${name.padEnd(18)}${pct(report.recallAt1)}${pct(report.recallAt3)}${report.mrr.toFixed(3).padStart(7)}${pct(report.abstention)}`;
}

const found = await loadQuestionSet(CANDIDATES);
if (!found) {
  process.stdout.write('No question set found (looked for ../shared/eval/dev-questions.json and tests/fixtures/eval/); nothing to evaluate.\n');
  process.exit(0);
}
const library = await loadLibrary(process.env.KNOWLEDGE_DIR || './knowledge');
const index = library.byId('kazakhstan') ?? library.dossiers[0];
if (!index) throw new Error('no dossier to evaluate');

const ours = evaluate(found.set, (q) => answer(q, { index, limit: 10 }).results.map((r) => r.text));
const plain = evaluate(found.set, plainMiniSearch(index));

process.stdout.write(`Question set: ${path.relative(process.cwd(), found.file)} (${found.set.answerable.length} answerable, ${found.set.none.length} out of scope)\n\n`);
process.stdout.write(`${''.padEnd(18)}${'R@1'.padStart(7)}${'R@3'.padStart(7)}${'MRR'.padStart(7)}${'abstain'.padStart(7)}\n`);
process.stdout.write(`${row('dossier analyzer', ours)}\n${row('plain MiniSearch', plain)}\n\n`);
for (const miss of ours.misses) {
  process.stdout.write(`miss: ${miss.query} (rank ${miss.rank ?? '>10'})\n${miss.top.map((t) => `   · ${t.slice(0, 100)}`).join('\n')}\n`);
}
for (const wrong of ours.falseAnswers) process.stdout.write(`answered out-of-scope: ${wrong.query} → ${wrong.top[0]?.slice(0, 80)}\n`);
