/**
 * `npm run bench`: the cost of one answer() call on the bundled dossier, after warm-up, for the
 * dev and hold-out questions; and a raw MiniSearch term look-up as the floor.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { answer } from '../src/answer/answer.js';
import { loadLibrary } from '../src/library/loadLibrary.js';
import { checkKnowledgeDir } from '../src/config/checkFolders.js';
import { parseQuestionSet } from '../src/eval/questionSet.js';

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  process.stdout.write('Usage: npm run bench\n\nThe cost of one answer() call on the dossier in KNOWLEDGE_DIR (default ./knowledge), after warm-up,\nover the dev and hold-out questions, beside a raw MiniSearch look-up. Compare ratios: this machine is shared.\n');
  process.exit(0);
}
const root = path.resolve(import.meta.dirname, '..');
const knowledgeDir = process.env.KNOWLEDGE_DIR || path.join(root, 'knowledge');
const folderProblem = await checkKnowledgeDir(knowledgeDir);
if (folderProblem) {
  process.stderr.write(`bench: ${folderProblem}\n`);
  process.exit(2);
}
const library = await loadLibrary(knowledgeDir);
const index = library.byId('kazakhstan') ?? library.dossiers[0];
if (!index) {
  process.stderr.write('bench: no dossier to measure (check KNOWLEDGE_DIR)\n');
  process.exit(2);
}

const queries = ['dev-questions.json', 'holdout-questions.json'].flatMap((file) => {
  const set = parseQuestionSet(readFileSync(path.join(root, 'tests/fixtures/eval', file), 'utf8'));
  return [...set.answerable, ...set.none].map((item) => item.q);
});

function measure(name: string, run: (query: string) => unknown, rounds = 20): void {
  for (const q of queries) run(q); // warm-up: JIT, stemmer caches
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of queries) {
      const start = process.hrtime.bigint();
      run(q);
      samples.push(Number(process.hrtime.bigint() - start) / 1000);
    }
  }
  samples.sort((a, b) => a - b);
  const at = (p: number): string => (samples[Math.min(samples.length - 1, Math.floor(p * samples.length))] ?? 0).toFixed(1).padStart(8);
  const mean = samples.reduce((s, x) => s + x, 0) / samples.length;
  process.stdout.write(`${name.padEnd(26)} mean ${mean.toFixed(1).padStart(7)} µs  p50 ${at(0.5)} µs  p95 ${at(0.95)} µs  max ${at(1)} µs\n`);
}

process.stdout.write(`${index.sentences.length} sentences, ${queries.length} queries × 20 rounds\n`);
measure('answer()', (q) => answer(q, { index, limit: 5 }));
measure('raw MiniSearch search', (q) => index.search.search(q, { prefix: false, fuzzy: false }));
