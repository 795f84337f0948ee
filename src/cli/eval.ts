/**
 * `npm run eval [-- file.json ...]`: retrieval quality — recall@1, recall@3, MRR, abstention —
 * for our analyzer and, side by side, for plain MiniSearch over the same sentences. Without
 * arguments: the dev set (../shared/eval when present, else the bundled copy) and the bundled
 * independent sets in tests/fixtures/eval. Misses are listed for each set.
 */
import 'dotenv/config';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { answer } from '../answer/answer.js';
import { loadLibrary } from '../answer/library.js';
import { evaluate, type Report } from '../eval/metrics.js';
import { plainMiniSearch } from '../eval/plainMiniSearch.js';
import { loadQuestionSet } from '../eval/questionSet.js';

const FIXTURES = path.resolve('tests/fixtures/eval');
const given = process.argv.slice(2);
const sets: string[][] = given.length > 0
  ? given.map((file) => [file])
  : [
      [path.resolve('../shared/eval/dev-questions.json'), path.join(FIXTURES, 'dev-questions.json')],
      ...readdirSync(FIXTURES).filter((f) => f.endsWith('.json') && f !== 'dev-questions.json').sort().map((f) => [path.join(FIXTURES, f)]),
    ];

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`.padStart(8);
const row = (name: string, r: Report): string => `  ${name.padEnd(18)}${pct(r.recallAt1)}${pct(r.recallAt3)}${r.mrr.toFixed(3).padStart(8)}${pct(r.abstention)}\n`;

const library = await loadLibrary(process.env.KNOWLEDGE_DIR || './knowledge');
const index = library.byId('kazakhstan') ?? library.dossiers[0];
if (!index) throw new Error('no dossier to evaluate');

for (const candidates of sets) {
  const found = await loadQuestionSet(candidates);
  if (!found) {
    process.stdout.write(`No question set at ${candidates.join(' or ')}; skipped.\n\n`);
    continue;
  }
  const ours = evaluate(found.set, (q) => answer(q, { index, limit: 10 }).results.map((r) => r.text));
  const plain = evaluate(found.set, plainMiniSearch(index));
  process.stdout.write(`${path.relative(process.cwd(), found.file)} (${found.set.answerable.length} answerable, ${found.set.none.length} out of scope)\n`);
  process.stdout.write(`  ${''.padEnd(18)}${'R@1'.padStart(8)}${'R@3'.padStart(8)}${'MRR'.padStart(8)}${'abstain'.padStart(8)}\n`);
  process.stdout.write(row('dossier analyzer', ours) + row('plain MiniSearch', plain));
  for (const miss of ours.misses) process.stdout.write(`  miss: ${miss.query} (rank ${miss.rank ?? '>10'})${miss.top[0] ? ` — top: ${miss.top[0].slice(0, 80)}` : ''}\n`);
  for (const wrong of ours.falseAnswers) process.stdout.write(`  answered out of scope: ${wrong.query} → ${wrong.top[0]?.slice(0, 80)}\n`);
  process.stdout.write('\n');
}
