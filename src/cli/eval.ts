/**
 * `npm run eval [-- file.json ...]`: retrieval quality per question set — recall@1 and @3 (any
 * result), full-answer recall@3, MRR, and out-of-scope questions with no full result (and with no
 * result at all) — for our analyzer and, side by side, plain MiniSearch over the same sentences,
 * split by question language where the set says it; and recall@3 again with one seeded slip of
 * the keyboard in every question (slips.ts). Without arguments: the dev set
 * (../shared/eval when present, else the bundled copy) and every set in tests/fixtures/eval.
 * Misses are listed, except for frozen (blind) sets, which are reported last.
 */
import 'dotenv/config';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { answer } from '../answer/answer.js';
import { loadLibrary } from '../library/loadLibrary.js';
import { checkKnowledgeDir } from '../config/checkFolders.js';
import { readConfig } from '../config/readConfig.js';
import { evaluate, type Recall, type Report, type Retriever } from '../eval/metrics.js';
import { plainMiniSearch } from '../eval/plainMiniSearch.js';
import { loadQuestionSet } from '../eval/questionSet.js';
import { withSlips } from '../eval/slips.js';
import { mapped } from '../lists/loops.js';

const USAGE = 'usage: npm run eval [-- question-set.json ...]\n';
const FIXTURES = path.resolve('tests/fixtures/eval');
const given = process.argv.slice(2);
if (given.includes('--help') || given.includes('-h')) {
  process.stdout.write(USAGE);
  process.exit(0);
}
const sets: string[][] = given.length > 0
  ? mapped(given, (file) => [file])
  : [
      [path.resolve('../shared/eval/dev-questions.json'), path.join(FIXTURES, 'dev-questions.json')],
      ...mapped(readdirSync(FIXTURES).filter((f) => f.endsWith('.json') && f !== 'dev-questions.json').sort(), (f) => [path.join(FIXTURES, f)]),
    ];

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`.padStart(8);
const recallRow = (name: string, r: Recall): string => `  ${name.padEnd(20)}${pct(r.recallAt1)}${pct(r.recallAt3)}${pct(r.fullRecallAt3)}${r.mrr.toFixed(3).padStart(8)}`;
const row = (name: string, r: Report, slip: Recall): string => `${recallRow(name, r)}${pct(r.noFullAnswer)}${pct(r.abstention)}  ${pct(slip.recallAt3)}\n`;

const settings = readConfig(process.env, { receivesRequests: false });
if (!settings.ok) {
  process.stderr.write(`eval: ${settings.errors.join('; ')}\n`);
  process.exit(2);
}
const { knowledgeDir } = settings.config;
const folderProblem = await checkKnowledgeDir(knowledgeDir);
if (folderProblem) {
  process.stderr.write(`eval: ${folderProblem}\n`);
  process.exit(2);
}
const library = await loadLibrary(knowledgeDir);
const index = library.byId('kazakhstan') ?? library.dossiers[0];
if (!index) {
  process.stderr.write('eval: no dossier to evaluate (check KNOWLEDGE_DIR)\n');
  process.exit(1);
}
const ours: Retriever = (q) => mapped(answer(q, { index, limit: 10 }).results, (r) => ({ text: r.text, full: r.match === 'full' }));
const plain = plainMiniSearch(index);

let failed = false;
// Frozen (blind) sets are reported last, after everything tuned on.
const reports: Array<{ frozen: boolean; text: string }> = [];
for (const candidates of sets) {
  let found: Awaited<ReturnType<typeof loadQuestionSet>>;
  try {
    found = await loadQuestionSet(candidates);
    // A set named on the command line must exist; the bundled list may lack ../shared.
    if (!found && given.length > 0) throw new Error('no such file');
  } catch (cause) {
    process.stderr.write(`eval: ${candidates.join(' or ')}: ${cause instanceof Error ? cause.message : String(cause)}\n`);
    failed = true;
    continue;
  }
  if (!found) continue;
  const mine = evaluate(found.set, ours);
  const theirs = evaluate(found.set, plain);
  const out: string[] = [];
  out.push(`${path.relative(process.cwd(), found.file)} (${mine.n} answerable, ${mine.outOfScope} out of scope${found.set.frozen ? ', frozen: misses not shown' : ''})\n`);
  out.push(`  ${''.padEnd(20)}${'R@1'.padStart(8)}${'R@3'.padStart(8)}${'full@3'.padStart(8)}${'MRR'.padStart(8)}${'no-full'.padStart(8)}${'silent'.padStart(8)}${'slip R@3'.padStart(10)}\n`);
  const slips = withSlips(found.set);
  out.push(row('dossier analyzer', mine, evaluate(slips, ours)), row('plain MiniSearch', theirs, evaluate(slips, plain)));
  for (const lang of ['en', 'nl'] as const) {
    const r = mine.byLanguage[lang];
    if (r) out.push(`${recallRow(`  ${lang} (${r.n})`, r)}\n`);
  }
  if (!found.set.frozen) {
    for (const miss of mine.misses) {
      const where = miss.rank === null ? 'not found' : miss.rank > 3 ? `rank ${miss.rank}` : `rank ${miss.rank}, partial`;
      out.push(`  miss: ${miss.query} (${where})${miss.top[0] ? ` — top: ${miss.top[0].slice(0, 80)}` : ''}\n`);
    }
    for (const wrong of mine.falseAnswers) out.push(`  full answer out of scope: ${wrong.query} → ${wrong.top[0]?.slice(0, 80)}\n`);
  }
  reports.push({ frozen: found.set.frozen, text: `${out.join('')}\n` });
}
for (const report of [...reports.filter((r) => !r.frozen), ...reports.filter((r) => r.frozen)]) process.stdout.write(report.text);
process.exit(failed ? 2 : 0);
