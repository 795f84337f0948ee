/**
 * `npm run load -- [options]`: the load and fault harness. Starts replicas of the app (HTTP mode,
 * loopback only) against a local Web API stand-in that injects faults, drives them with signed
 * mentions (each followed by Slack's retry, to the other replica when there are two) and slash
 * commands, optionally kills a replica with SIGKILL mid-run, and prints what was sent, answered,
 * lost and duplicated, with ack latencies. Bounded in count and time.
 *
 *   --replicas N        app processes (default 1)
 *   --mentions N        mentions, each with one retry (default 1000); as many slash commands
 *   --concurrency N     requests in flight (default 100)
 *   --post-failures R   share of chat.postMessage answered 429/500/503 (default 0)
 *   --resets R          share of posts that land but whose connection is reset (default 0)
 *   --redis             share state through a redis-server started on a free port
 *   --kill              SIGKILL one replica a third of the way through
 *   --steady            start with state at steady size: 5,000 answered events, 20,000 log entries
 *   --clicks            also click More and 👍 under every tenth answer (replies go to the stand-in)
 *   --sentences N       a seeded synthetic dossier of N sentences (bench/corpus.ts) instead of the bundled one
 *
 * The harness lowers its own priority once the replicas run (LOAD_HARNESS_NICE=0: not): it plays
 * Slack, which does not share the app's cores in production.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startRedis, type RedisServer } from '../tests/helpers/redisServer.js';
import { buttonClick, eventCallback, postToSlackEndpoint, SIGNING_SECRET, slashCommand } from '../tests/helpers/slackRequests.js';
import { freePort, startStandIn } from '../tests/helpers/slackStandIn.js';
import { writeCorpus } from './corpus.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const at = args.indexOf(`--${name}`);
  const value = at >= 0 ? Number(args[at + 1]) : fallback;
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} needs a number`);
  return value;
};
const replicas = Math.max(1, Math.min(4, option('replicas', 1)));
const mentions = Math.min(10_000, option('mentions', 1000));
const concurrency = Math.max(1, Math.min(500, option('concurrency', 100)));
const useRedis = args.includes('--redis');
const kill = args.includes('--kill');
const DEADLINE_MS = 5 * 60_000;

const standIn = await startStandIn({ postFailureRate: option('post-failures', 0), resetAfterPostRate: option('resets', 0), seed: 7 });
const redis: RedisServer | undefined = useRedis ? await startRedis() : undefined;
const dir = mkdtempSync(path.join(os.tmpdir(), 'load-'));
const sentences = option('sentences', 0);
if (sentences > 0) writeCorpus({ sentences, from: path.join(ROOT, 'tests/fixtures/knowledge/kazakhstan'), to: path.join(dir, 'knowledge') });
else cpSync(path.join(ROOT, 'knowledge'), path.join(dir, 'knowledge'), { recursive: true });

const steady = args.includes('--steady');
if (steady) {
  // What a month of use leaves behind (files; Redis gets the same through the app's own writes).
  const until = Date.now() + 24 * 60 * 60_000;
  const claims = Array.from({ length: 5000 }, (_, i) => JSON.stringify({ k: `event:EvOld${i}`, v: '\u0000done', e: until })).join('\n');
  const log = Array.from({ length: 20_000 }, (_, i) => JSON.stringify({ type: 'asked', id: `old${i}`, time: new Date().toISOString(), dossierId: 'kazakhstan', query: `vraag ${i % 500}`, results: i % 4 })).join('\n');
  for (let r = 0; r < replicas; r++) {
    mkdirSync(path.join(dir, `state-${r}`), { recursive: true });
    writeFileSync(path.join(dir, `state-${r}`, 'claims.jsonl'), `${claims}\n`);
    writeFileSync(path.join(dir, `state-${r}`, 'query-log.jsonl'), `${log}\n`);
  }
}

const ports: number[] = [];
const children: ChildProcess[] = [];
for (let r = 0; r < replicas; r++) {
  const port = await freePort();
  ports.push(port);
  const env = {
    PATH: process.env.PATH,
    SLACK_BOT_TOKEN: 'xoxb-load-test',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    PORT: String(port),
    SLACK_API_URL: standIn.url,
    KNOWLEDGE_DIR: path.join(dir, 'knowledge'),
    STATE_DIR: path.join(dir, `state-${r}`),
    LOG_LEVEL: 'error',
    ...(redis ? { REDIS_URL: redis.url } : {}),
    // APP_NODE_OPTIONS reaches the app only (e.g. --cpu-prof --cpu-prof-dir=/tmp/prof): how it spends a run.
    ...(process.env.APP_NODE_OPTIONS ? { NODE_OPTIONS: process.env.APP_NODE_OPTIONS } : {}),
  };
  children.push(spawn(process.execPath, ['--v8-pool-size=0', '--import', 'tsx', path.join(ROOT, 'src/main.ts')], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'ignore'] }));
}
// The requests and the Web API stand-in play Slack, which runs on other machines: here they share
// the app's two cores, so the harness yields to the app (its children keep their priority).
if (process.env.LOAD_HARNESS_NICE !== '0') os.setPriority(10);
for (const port of ports) {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/readyz`)).ok) break;
    } catch {
      // not up yet
    }
    if (i > 600) throw new Error('a replica did not start');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const questions = ['wie is Nazarbajev?', 'troops', 'how many people died', 'hoeveel gearresteerd', 'when did the riots begin', 'how many journalists were arrested'];
const acks: number[] = [];
/** Ack times by kind of request, to tell where a tail comes from. */
const acksByKind = new Map<string, number[]>();
let failedRequests = 0;
/** Slash commands whose ack said "Searching…": their answer comes through response_url. */
let searchingAcks = 0;
/** Slash commands acked (200) with their answer. */
let answeredInAck = 0;
const alive = new Set(ports.keys());
const send = async (replica: number, request: Parameters<typeof postToSlackEndpoint>[1]): Promise<void> => {
  // A killed replica's requests go to a live one, as a load balancer would send them.
  const target = alive.has(replica) ? replica : ([...alive][0] ?? 0);
  try {
    const response = await postToSlackEndpoint(ports[target] as number, request);
    acks.push(response.ms);
    const kind = request.contentType === 'application/json' ? (request.headers?.['x-slack-retry-num'] ? 'retry' : 'mention') : request.body.includes('payload=') ? 'click' : 'command';
    acksByKind.set(kind, [...(acksByKind.get(kind) ?? []), response.ms]);
    if (response.text.includes('"Searching ')) searchingAcks++;
    else if (response.status === 200 && request.contentType !== 'application/json' && !request.body.includes('payload=')) answeredInAck++;
    if (response.status !== 200) failedRequests++;
  } catch {
    failedRequests++;
  }
};
const jobs: Array<() => Promise<void>> = [];
for (let i = 0; i < mentions; i++) {
  const ts = `1707806400.${String(i).padStart(6, '0')}`;
  const event = { type: 'app_mention', user: 'U2147483697', text: `<@UBOT> ${questions[i % questions.length]}`, ts, channel: 'C2147483705', event_ts: ts };
  jobs.push(async () => {
    await send(i % replicas, eventCallback(event, `Ev${i}`));
    const retry = eventCallback(event, `Ev${i}`);
    retry.headers = { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' };
    await send((i + 1) % replicas, retry);
  });
  jobs.push(() => send(i % replicas, slashCommand('/kazakhstan', questions[(i + 3) % questions.length] as string, { response_url: `${standIn.url}respond/command${i}` })));
  if (args.includes('--clicks') && i % 10 === 0) {
    const ref = JSON.stringify({ d: 'kazakhstan', q: 'troops', o: 3, l: `made-up-${i}` });
    const responseUrl = `${standIn.url}respond/${i}`;
    jobs.push(() => send(i % replicas, buttonClick('answer_more', ref, { responseUrl })));
    jobs.push(() => send((i + 1) % replicas, buttonClick('answer_helpful', ref, { responseUrl, user: `U${i}` })));
  }
}
const started = performance.now();
let next = 0;
await Promise.race([
  Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < jobs.length) {
        const job = jobs[next++] as () => Promise<void>;
        if (kill && replicas > 1 && next === Math.floor(jobs.length / 3)) {
          children[0]?.kill('SIGKILL');
          alive.delete(0);
        }
        await job();
      }
    }),
  ),
  new Promise((resolve) => setTimeout(resolve, DEADLINE_MS)),
]);
// Let in-flight replies (and their retries, back-off up to 8 s) land: until no call for 10 s, at most two minutes.
// After a kill, also until the dead replica's claims ran out and a live one swept them up (60 s + 15 s).
const atLeast = kill ? 90 : 0;
for (let quiet = 0, seen = -1, waited = 0; (quiet < 10 || waited < atLeast) && waited < 180; waited++) {
  await new Promise((resolve) => setTimeout(resolve, 1000));
  quiet = standIn.calls.length === seen ? quiet + 1 : 0;
  seen = standIn.calls.length;
}

const replies = new Map<string, number>();
for (const call of standIn.calls) if (call.method === 'chat.postMessage' && typeof call.body.thread_ts === 'string') replies.set(call.body.thread_ts, (replies.get(call.body.thread_ts) ?? 0) + 1);
acks.sort((a, b) => a - b);
const quantile = (q: number): string => `${(acks[Math.min(acks.length - 1, Math.floor(q * acks.length))] ?? 0).toFixed(0)} ms`;
const lost = mentions - replies.size;
const duplicated = [...replies.values()].filter((n) => n > 1).length;
console.log(
  [
    `replicas ${replicas}${redis ? ' on Redis' : ''}${kill ? ', one killed -9' : ''}${steady ? ', state at steady size' : ''}; faults: ${option('post-failures', 0) * 100} % post failures, ${option('resets', 0) * 100} % resets after the post landed`,
    `sent: ${mentions} mentions + ${mentions} retries, ${mentions} slash commands in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    `answered: ${replies.size}; lost: ${lost}; answered twice or more: ${duplicated}; requests failed: ${failedRequests}`,
    ...(args.includes('--clicks') ? [`clicks: ${2 * Math.ceil(mentions / 10)} sent, ${standIn.calls.filter((c) => c.method.startsWith('respond/')).length} replies through response_url`] : []),
    `slash commands: ${answeredInAck} answered in the ack, ${searchingAcks} acked "Searching…" and ${standIn.calls.filter((c) => c.method.startsWith('respond/command')).length} answered through response_url`,
    `ack p50 ${quantile(0.5)}, p99 ${quantile(0.99)}, max ${quantile(1)}; over 3 s: ${acks.filter((a) => a > 3000).length}`,
    `ack p99 by kind: ${[...acksByKind].map(([kind, times]) => `${kind} ${(times.sort((a, b) => a - b)[Math.floor(0.99 * (times.length - 1))] ?? 0).toFixed(0)} ms`).join(', ')}`,
  ].join('\n'),
);
for (const child of children) child.kill('SIGKILL');
await redis?.stop();
await standIn.close();
process.exit(0);
