/**
 * `npm start`: the main job. With Slack credentials, the Slack app (HTTP mode, or Socket Mode when
 * SLACK_APP_TOKEN is set); without, the offline console on the bundled dossiers.
 */
import 'dotenv/config';
import { snapshotFolder } from './library/snapshot.js';
import { loadLibrary } from './library/loadLibrary.js';
import { holdLibrary } from './library/holdLibrary.js';
import { checkKnowledgeDir, checkStateDir } from './config/checkFolders.js';
import { readConfig, secretsOf } from './config/readConfig.js';
import { runConsole } from './console/runConsole.js';
import { watchKnowledge } from './library/watchKnowledge.js';
import { digestSource } from './digest/digestSource.js';
import { formatProblem } from './knowledge/types.js';
import { runSlackApp } from './slack/runSlackApp.js';
import { QueryLog } from './state/queryLog.js';
import { openStateStore } from './state/store/openStateStore.js';
import { createLogger } from './observe/logger.js';
import { createMetrics, type Metrics } from './observe/metrics.js';
import { startMetricsServer, type MetricsServer } from './observe/metricsServer.js';
import { ObservedStore } from './observe/observeStore.js';
import { mapped } from './lists/loops.js';

const args = process.argv.slice(2);
const USAGE = `Usage: npm start [-- --console] [-- --blocks]

With SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (or SLACK_APP_TOKEN): the Slack app, over HTTP on PORT
(POST /slack/events, GET /healthz, GET /readyz) or in Socket Mode. Without them, or with --console:
the offline console on the dossiers in KNOWLEDGE_DIR (type what you would type in Slack; --blocks
prints the Block Kit JSON). Configuration: .env.example; more in README.md.`;
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const unknown = args.filter((a) => !['--console', '--blocks'].includes(a));
if (unknown.length > 0) {
  process.stderr.write(`start: unknown option ${unknown.join(' ')}\n\n${USAGE}\n`);
  process.exit(2);
}
const settings = readConfig(process.env);
if (!settings.ok) {
  process.stderr.write(`Cannot start — fix the configuration (see .env.example):\n${mapped(settings.errors, (e) => `  • ${e}`).join('\n')}\n`);
  process.exit(1);
}
const config = args.includes('--console') ? { ...settings.config, mode: 'console' as const } : settings.config;
// The folders first: a wrong KNOWLEDGE_DIR or STATE_DIR is said now, naming the variable, before anything is read or written.
const folderProblems = (await Promise.all([checkKnowledgeDir(config.knowledgeDir), checkStateDir(config.stateDir)])).filter((p): p is string => p !== undefined);
if (folderProblems.length > 0) {
  process.stderr.write(`Cannot start — fix the configuration (see .env.example):\n${mapped(folderProblems, (e) => `  • ${e}`).join('\n')}\n`);
  process.exit(1);
}

// The Slack app logs JSON lines (or pretty ones on a terminal) to stdout; the console keeps stdout for
// the conversation and says its few notes on stderr as text.
const log = config.mode === 'console' ? undefined : createLogger({ level: config.logLevel, format: config.logFormat, secrets: secretsOf(config) });
const note = log ? (message: string): void => log.warn(message) : (message: string): void => void process.stderr.write(`${message}\n`);
// Counted only when someone collects them: served on METRICS_PORT from the start, whatever the mode.
const metrics = config.metrics ? createMetrics({ processMetrics: true }) : undefined;
const metricsServer = config.metrics && metrics ? await serveMetrics(metrics, config.metrics) : undefined;

async function serveMetrics(from: Metrics, where: { port: number; host: string }): Promise<MetricsServer> {
  try {
    return await startMetricsServer(from.registry, where);
  } catch (error) {
    process.stderr.write(`Cannot serve metrics on METRICS_PORT ${where.port} (${error instanceof Error ? error.message : String(error)}): choose a free port, or unset METRICS_PORT\n`);
    process.exit(1);
  }
}

// From the index snapshot when nothing changed since it was written (start in about a second at 100,000 sentences).
const load = { snapshots: snapshotFolder(config.stateDir), log: note };
const library = await loadLibrary(config.knowledgeDir, load);
for (const problem of library.problems) note(`knowledge: ${formatProblem(problem)}`);
const holder = holdLibrary(library);

if (config.mode === 'console') {
  const digest = digestSource(holder, config.stateDir, config.digest, () => new Date(), new QueryLog({ stateDir: config.stateDir }));
  const context = { digest: (dossierId: string) => digest.compose({ dossierId }) };
  // Articles added while the console runs (npm run ingest, an editor's save) are answered too.
  const watcher = await watchKnowledge(config.knowledgeDir, {
    load,
    current: () => holder.current(),
    onReload: (next) => holder.replace(next),
    onError: (error) => process.stderr.write(`knowledge reload failed, still answering from the previous version: ${error instanceof Error ? error.message : String(error)}\n`),
  });
  await runConsole(holder, { input: process.stdin, output: process.stdout, interactive: Boolean(process.stdin.isTTY), blocks: args.includes('--blocks'), context, ...(metrics ? { metrics } : {}) });
  watcher.close();
  await metricsServer?.close();
} else if (log) {
  // Files under STATE_DIR, or Redis shared by the replicas: event claims, the query log, the digest lease.
  const opened = await openStateStore(config, note);
  const store = metrics ? new ObservedStore(opened, metrics) : opened;
  const queryLog = new QueryLog({ stateDir: config.stateDir, ...(store.kind === 'redis' ? { shared: store } : {}), log: note });
  const digest = digestSource(holder, config.stateDir, config.digest, () => new Date(), queryLog);
  await runSlackApp(config, holder, queryLog, digest, store, { log, ...(metrics ? { metrics } : {}), ...(metricsServer ? { metricsServer } : {}) });
}
