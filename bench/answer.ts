/**
 * `npm run bench`: what answering costs, side by side with a plain MiniSearch over the same
 * sentences in the same run (this machine is shared and noisy: read the ratios). For the bundled
 * dossier and seeded synthetic dossiers of 10k and 100k sentences (bench/corpus.ts): start (read +
 * analyse + index), the index build alone, heap per sentence, answer() p50/p95/p99 over a mixed English/Dutch question set, the
 * plain MiniSearch build and search, and the ratios. At the largest synthetic size, also an editor's
 * add and remove of one article: the incremental reload beside a full rebuild (bench/reload.ts).
 *
 *   --sizes LIST   which dossiers: bundled and/or sentence counts (default bundled,10k,100k; 300k works)
 *   --rounds N     timed passes over the questions (default 5; 20 for the bundled dossier)
 *   --acks         also ack latency through the HTTP receiver at 1, 50 and 200 requests in flight
 *                  (mentions with their retries and slash commands), per size: `npm run load` runs it
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { answer } from '../src/answer/answer.js';
import { checkKnowledgeDir } from '../src/config/checkFolders.js';
import { plainMiniSearch } from '../src/eval/plainMiniSearch.js';
import { parseQuestionSet } from '../src/eval/questionSet.js';
import { loadLibrary } from '../src/library/loadLibrary.js';
import { loadKnowledge } from '../src/knowledge/loadKnowledge.js';
import { buildDossierIndex } from '../src/search/sentenceIndex.js';
import { loadLexicon } from '../src/search/lexicon/loadLexicon.js';
import { writeCorpus } from './corpus.js';
import { ADDED, measureReloads, type ReloadRow } from './reload.js';

const USAGE = `Usage: npm run bench [-- --sizes bundled,10k,100k] [-- --rounds N]

answer() beside a plain MiniSearch over the same sentences, for the dossier in KNOWLEDGE_DIR (default
./knowledge; "bundled") and seeded synthetic dossiers of the given sizes: start, heap per sentence,
p50/p95/p99, and the ratios. Compare ratios: this machine is shared.`;
const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const option = (name: string): string | undefined => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};
const sizeOf = (word: string): number | 'bundled' | undefined => {
  if (word === 'bundled') return 'bundled';
  const match = /^(\d+)(k?)$/u.exec(word);
  return match ? Number(match[1]) * (match[2] ? 1000 : 1) : undefined;
};
const sizes = (option('sizes') ?? 'bundled,10k,100k').split(',').map((w) => sizeOf(w.trim()));
const roundsOption = option('rounds');
if (sizes.some((s) => s === undefined) || (roundsOption !== undefined && !(Number(roundsOption) > 0))) {
  process.stderr.write(`bench: --sizes takes bundled and/or counts like 10k; --rounds a positive number\n\n${USAGE}\n`);
  process.exit(2);
}

const root = path.resolve(import.meta.dirname, '..');
const knowledgeDir = process.env.KNOWLEDGE_DIR || path.join(root, 'knowledge');
const folderProblem = await checkKnowledgeDir(knowledgeDir);
if (folderProblem) {
  process.stderr.write(`bench: ${folderProblem}\n`);
  process.exit(2);
}

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heapNow = (): number => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

/** English and Dutch questions as reporters type them, answerable and not. */
const queries = ['dev-questions.json', 'holdout-questions.json', 'reporter-questions.json'].flatMap((file) => {
  const set = parseQuestionSet(readFileSync(path.join(root, 'tests/fixtures/eval', file), 'utf8'));
  return [...set.answerable, ...set.none].map((item) => item.q);
});

interface Timing {
  p50: number;
  p95: number;
  p99: number;
}

function time(run: (query: string) => unknown, rounds: number): Timing {
  for (const q of queries) run(q); // warm-up: JIT, caches
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of queries) {
      const start = performance.now();
      run(q);
      samples.push(performance.now() - start);
    }
  }
  samples.sort((a, b) => a - b);
  const at = (p: number): number => samples[Math.min(samples.length - 1, Math.floor(p * samples.length))] ?? 0;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}

const ms = (x: number): string => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2)).padStart(7);
const ratio = (a: number, b: number): string => `${(a / (b || Number.EPSILON)).toFixed(1)}×`.padStart(7);

// The language resources are shared by every dossier: read once, before any heap is counted.
loadLexicon();
const rows: string[] = [];
const largest = Math.max(...sizes.filter((s): s is number => typeof s === 'number'));
let reloads: { sentences: number; rows: ReloadRow[] } | undefined;
for (const size of sizes) {
  let dir = knowledgeDir;
  let scratch: string | undefined;
  if (size !== 'bundled') {
    scratch = mkdtempSync(path.join(os.tmpdir(), 'bench-corpus-'));
    writeCorpus({ sentences: size as number, from: path.join(root, 'tests/fixtures/knowledge/kazakhstan'), to: scratch });
    dir = scratch;
    // An editor's add and remove at the largest synthetic size, the incremental reload beside a full
    // rebuild: measured first, while nothing else of the bench fills the heap.
    if (size === largest) {
      reloads = await measureReloads(dir, 'kazakhstan', heapNow);
      process.stderr.write('measured reloads\n');
    }
  }
  const before = heapNow();
  let started = performance.now();
  const library = await loadLibrary(dir);
  const startMs = performance.now() - started;
  const index = library.byId('kazakhstan') ?? library.dossiers[0];
  if (!index) throw new Error(`bench: no dossier in ${dir}`);
  const heap = (heapNow() - before) / index.sentences.length;

  // Start from a snapshot: written by one load, then timed to the first answer of the next.
  const snapshots = mkdtempSync(path.join(os.tmpdir(), 'bench-snapshots-'));
  await loadLibrary(dir, { snapshots });
  started = performance.now();
  const reloaded = await loadLibrary(dir, { snapshots });
  answer(queries[0] ?? 'troepen', { index: reloaded.byId(index.dossier.id) ?? index, limit: 5 });
  const snapshotMs = performance.now() - started;
  rmSync(snapshots, { recursive: true, force: true });

  // The same input for both: the dossier's sentences, read already. Ours analyses and indexes
  // them; the baseline (as in `npm run eval`) is MiniSearch with default options over their texts.
  const { dossiers } = await loadKnowledge(dir);
  const dossier = dossiers.find((d) => d.id === index.dossier.id) ?? index.dossier;
  started = performance.now();
  buildDossierIndex(dossier, loadLexicon());
  const indexMs = performance.now() - started;
  started = performance.now();
  const plain = plainMiniSearch(index);
  const plainBuildMs = performance.now() - started;

  const rounds = Number(roundsOption ?? (size === 'bundled' ? 20 : (size as number) >= 100_000 ? 2 : 5));
  const ours = time((q) => answer(q, { index, limit: 5 }), rounds);
  const theirs = time(plain, rounds);
  rows.push(
    [
      String(size === 'bundled' ? `bundled (${index.sentences.length})` : `${index.sentences.length}`).padEnd(16),
      `${(startMs / 1000).toFixed(2).padStart(6)} s`,
      `${(indexMs / 1000).toFixed(2).padStart(6)} s`,
      `${(plainBuildMs / 1000).toFixed(2).padStart(6)} s`,
      `${ratio(indexMs, plainBuildMs)}`,
      `${(snapshotMs / 1000).toFixed(2).padStart(6)} s`,
      `${(heap / 1024).toFixed(1).padStart(6)} KB`,
      `${ms(ours.p50)}${ms(ours.p95)}${ms(ours.p99)}`,
      `${ms(theirs.p50)}${ms(theirs.p95)}${ms(theirs.p99)}`,
      `${ratio(ours.p50, theirs.p50)}${ratio(ours.p95, theirs.p95)}`,
    ].join('  '),
  );
  process.stderr.write(`measured ${rows.at(-1)?.split(/\s{2,}/u)[0]}\n`);
  if (scratch) rmSync(scratch, { recursive: true, force: true });
}

const table = [
    `${queries.length} questions (English and Dutch, answerable and not); times in ms`,
    '',
    `${'sentences'.padEnd(16)}  ${'start'.padStart(8)}  ${'index'.padStart(8)}  ${'plain add'.padStart(8)}  ${'ratio'.padStart(6)}  ${'snapshot'.padStart(8)}  ${'heap/sent'.padStart(9)}  ${'answer() p50/p95/p99'.padStart(21)}  ${'plain MiniSearch p50/p95/p99'.padStart(21)}  ${'ratio p50/p95'.padStart(14)}`,
    ...rows,
    '',
    'start: read the files, analyse and index (no snapshot); index: analyse and index the sentences already read (ours),',
    'beside plain add: MiniSearch addAll over the same sentence texts; ratio = index / plain add;',
    'snapshot: start from the index snapshot to the first answer (what a restart costs when nothing changed).',
];
process.stdout.write(`${table.join('\n')}\n`);

if (reloads) {
  const lines = [
    '',
    `An editor adds one article (${ADDED}) in the middle, then removes another, at ${reloads.sentences} sentences: incremental beside full rebuild`,
    '',
    `${'change'.padEnd(8)}  ${'what'.padEnd(7)}  ${'full'.padStart(8)}  ${'incremental'.padStart(11)}  ${'ratio'.padStart(7)}  ${'analysed / kept'.padStart(17)}  same index`,
    ...reloads.rows.map((r) =>
      [
        r.change.padEnd(8),
        r.what.padEnd(7),
        `${(r.fullMs / 1000).toFixed(2).padStart(6)} s`,
        `${(r.incrementalMs / 1000).toFixed(2).padStart(9)} s`,
        ratio(r.fullMs, r.incrementalMs),
        `${r.analysed} / ${r.kept}`.padStart(17),
        r.identical ? 'identical' : 'DIFFERENT',
      ].join('  '),
    ),
    '',
    'index: analyse and assemble the articles already read; reload: loadLibrary, files read and parsed, then indexed',
    '(from the library serving, as the watcher does, or afresh); analysed / kept: sentences analysed, and copied unchanged.',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

/** Ack latency as Slack would see it, from the load harness (bench/load.ts) run at each concurrency. */
function ackRow(size: number | 'bundled', concurrency: number): string {
  // Enough requests to fill the concurrency a few times, bounded for the slow sizes.
  const mentions = concurrency === 1 ? 50 : Math.max(200, concurrency * 2);
  const sizeArgs = size === 'bundled' ? [] : ['--sentences', String(size)];
  const run = spawnSync(process.execPath, ['--v8-pool-size=0', '--import', 'tsx', path.join(root, 'bench/load.ts'), '--concurrency', String(concurrency), '--mentions', String(mentions), ...sizeArgs], { cwd: root, encoding: 'utf8', timeout: 20 * 60_000 });
  const out = run.stdout ?? '';
  const acks = /ack p50 (\d+) ms, p99 (\d+) ms, max (\d+) ms; over 3 s: (\d+)/u.exec(out);
  const lost = /lost: (\d+); answered twice or more: (\d+)/u.exec(out);
  const label = `${size === 'bundled' ? 'bundled' : size}`.padEnd(10);
  if (!acks || !lost) return `${label}  ${String(concurrency).padStart(8)}  the harness did not finish (${(run.stderr ?? '').trim().split('\n').at(-1) ?? run.status})`;
  return `${label}  ${String(concurrency).padStart(8)}  ${`${acks[1]} / ${acks[2]} / ${acks[3]} ms`.padStart(22)}  ${(acks[4] as string).padStart(8)}  ${`${lost[1]} / ${lost[2]}`.padStart(12)}`;
}

if (args.includes('--acks')) {
  const lines = [`${'dossier'.padEnd(10)}  ${'in flight'.padStart(8)}  ${'ack p50 / p99 / max'.padStart(22)}  ${'over 3 s'.padStart(8)}  ${'lost / twice'.padStart(12)}`];
  for (const size of sizes) {
    for (const concurrency of [1, 50, 200]) {
      lines.push(ackRow(size as number | 'bundled', concurrency));
      process.stderr.write(`acks measured: ${lines.at(-1)?.trim().split(/\s{2,}/u).slice(0, 2).join(' at ')}\n`);
    }
  }
  process.stdout.write(`\nAck latency through the HTTP receiver (npm run load: mentions with retries, and as many slash commands)\n\n${lines.join('\n')}\n`);
}
