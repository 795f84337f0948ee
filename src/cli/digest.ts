/**
 * `npm run digest -- --dry-run` prints today's digest; `--post` posts it to DIGEST_CHANNEL through
 * the Web API, once per channel and day (`--force` to post again). Exit 0 when done, 1 when a post
 * failed, 2 on bad usage or configuration.
 */
import 'dotenv/config';
import { loadLibrary } from '../library/loadLibrary.js';
import { holdLibrary } from '../library/holdLibrary.js';
import { checkKnowledgeDir, checkStateDir } from '../config/checkFolders.js';
import { readConfig } from '../config/readConfig.js';
import { renderDigest } from '../console/renderDigest.js';
import { digestJson } from '../digest/digestJson.js';
import { digestSource } from '../digest/digestSource.js';
import { openStateStore } from '../state/store/openStateStore.js';
import { QueryLog } from '../state/queryLog.js';
import { formatProblem } from '../knowledge/types.js';
import { digestMessage } from '../slack/blocks/digestMessage.js';
import { digestClient, postDigest } from '../slack/postDigest.js';

const USAGE = `Usage: npm run digest -- --dry-run [--blocks | --json] | --post [--force] [--channel C]

  --dry-run    print today's digest (no Slack needed); --blocks prints the Block Kit JSON,
               --json the digest itself (every figure with its provenance)
  --post       post it to DIGEST_CHANNEL (or --channel), once per channel and day
  --force      with --post: post again even if today's digest went out`;

function fail(message: string, code = 2): never {
  process.stderr.write(`digest: ${message}\n\n${USAGE}\n`);
  process.exit(code);
}

const args = process.argv.slice(2);
const known = new Set(['--dry-run', '--post', '--force', '--blocks', '--json', '--channel', '--help', '-h']);
const channelAt = args.indexOf('--channel');
const channelArg = channelAt >= 0 ? args[channelAt + 1] : undefined;
for (const [i, arg] of args.entries()) if (!known.has(arg) && !(channelAt >= 0 && i === channelAt + 1)) fail(`unknown option ${arg}`);
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const dryRun = args.includes('--dry-run');
const post = args.includes('--post');
if (dryRun === post) fail('say either --dry-run or --post');
if (channelAt >= 0 && !channelArg) fail('--channel needs a channel id or name');

const settings = readConfig(process.env, { receivesRequests: false });
if (!settings.ok) fail(settings.errors.join('\n'));
const config = settings.config;
const folderProblem = (await checkKnowledgeDir(config.knowledgeDir)) ?? (await checkStateDir(config.stateDir));
if (folderProblem) fail(folderProblem);
const library = await loadLibrary(config.knowledgeDir);
for (const problem of library.problems) process.stderr.write(`knowledge: ${formatProblem(problem)}\n`);
// With REDIS_URL, the CLI counts every replica's questions and takes the same lease as the running replicas.
const warn = (m: string): void => void process.stderr.write(`${m}\n`);
const store = config.redisUrl ? await openStateStore(config, warn) : undefined;
const queryLog = new QueryLog({ stateDir: config.stateDir, ...(store ? { shared: store } : {}), log: warn });
const source = digestSource(holdLibrary(library), config.stateDir, config.digest, () => new Date(), queryLog);

if (dryRun) {
  const digest = await source.composeShared(channelArg ? { channel: channelArg } : {});
  const printed = args.includes('--blocks') ? JSON.stringify(digestMessage(digest), null, 2) : args.includes('--json') ? JSON.stringify(digestJson(digest), null, 2) : renderDigest(digest);
  process.stdout.write(`${printed}\n`);
  await store?.close();
  process.exit(0);
}

if (!config.botToken) fail('SLACK_BOT_TOKEN is needed to post (see .env.example)');
const channels = channelArg ? [channelArg.replace(/^#/u, '')] : config.digest.channels;
if (channels.length === 0) fail('DIGEST_CHANNEL is not set (or pass --channel)');
const client = digestClient(config);
let failed = false;
for (const channel of channels) {
  const result = await postDigest({ source, client, channel, now: () => new Date(), force: args.includes('--force'), log: (m) => process.stderr.write(`${m}\n`), ...(store ? { store } : {}) });
  if (result.status === 'sent') process.stdout.write(`digest posted to ${channel} (ts ${result.ts}${result.attempts > 1 ? `, after ${result.attempts} attempts` : ''})\n`);
  else if (result.status === 'already-sent') process.stdout.write(`today's digest already went to ${channel}; nothing posted (use --force to post again)\n`);
  else if (result.status === 'elsewhere') process.stdout.write(`today's digest to ${channel} is being posted by a running replica; nothing posted\n`);
  else {
    failed = true;
    process.stderr.write(`digest to ${channel} failed after ${result.attempts} attempt(s): ${result.error}\n`);
  }
}
await store?.close();
process.exit(failed ? 1 : 0);
