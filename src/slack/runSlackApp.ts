/**
 * The Slack app as a running service: listeners, the knowledge watcher that swaps in a rebuilt
 * library, the digest schedule, the metrics server (METRICS_PORT), and a clean stop on SIGTERM/SIGINT.
 */
import type { LibraryHolder } from '../library/holdLibrary.js';
import { watchKnowledge } from '../library/watchKnowledge.js';
import { describeBuilds, type Library } from '../library/loadLibrary.js';
import type { Config } from '../config/readConfig.js';
import type { DigestSource } from '../digest/digestSource.js';
import { formatProblem } from '../knowledge/types.js';
import type { QueryLog } from '../state/queryLog.js';
import { EventClaims } from '../state/eventClaims.js';
import { voteKey, Votes } from '../state/votes.js';
import type { StateStore } from '../state/store/stateStore.js';
import { warmUp } from '../library/warmUp.js';
import { turnQueue } from '../library/takeTurns.js';
import { answerWorkerCount, startAnswerPool } from '../library/answerPool.js';
import { createSlackApp } from './createApp.js';
import { sweepEvents } from './recoverEvents.js';
import { scheduleDigest } from './scheduleDigest.js';
import { errorText } from '../digest/deliver.js';
import { createEditorial } from './editArticles.js';
import { snapshotFolder } from '../library/snapshot.js';
import type { Log } from '../observe/logger.js';
import { setKnowledgeProblems, type Metrics } from '../observe/metrics.js';
import type { MetricsServer } from '../observe/metricsServer.js';
import { mapped } from '../lists/loops.js';

export interface Observing {
  log: Log;
  /** Present when METRICS_PORT is set, with the server that serves them there (closed on stop). */
  metrics?: Metrics;
  metricsServer?: MetricsServer;
}

/** How long a stop waits for requests and replies in flight. */
const DRAIN_MS = 10_000;

export async function runSlackApp(config: Config, library: LibraryHolder & { replace(next: Library): void }, queryLog: QueryLog, digest: DigestSource, store: StateStore, { log, metrics, metricsServer }: Observing): Promise<void> {
  digest.noteArticles();
  // Through the app's logger (Bolt's adapter) once the app exists.
  let warn = (message: string): void => log.warn(message);
  const eventClaims = new EventClaims(store, { log: (message) => warn(message) });
  const votes = new Votes(store, queryLog, voteKey(config));
  // Large dossiers are answered by worker threads, so that no answer holds up an ack.
  const workers = answerWorkerCount(config.answerWorkers, library.current());
  const snapshots = snapshotFolder(config.stateDir);
  const answers = workers > 0 ? await startAnswerPool({ knowledgeDir: config.knowledgeDir, snapshots, size: workers }) : undefined;
  // The watcher exists once the app runs; an article added before that reloads at the next poll.
  let refresh = async (): Promise<void> => undefined;
  const editorial = createEditorial(config, store, () => refresh(), (message) => warn(message));
  const turns = turnQueue();
  const app = createSlackApp(config, { library, eventClaims, votes, queryLog, digest, editorial, turns, ...(answers ? { answers } : {}), ...(metrics ? { metrics } : {}) }, { log });
  warn = (message) => app.logger.warn(message);
  if (metrics) metrics.sources.queueLength = () => turns.waiting + (answers?.waiting ?? 0);
  setKnowledgeProblems(metrics, library.current().problems);
  // Before the port opens: no request meets code the JIT has not compiled yet (the workers warm
  // themselves up when there are any; the main thread then only renders).
  if (!answers) warmUp(library.current());
  try {
    await app.start(config.port);
  } catch (error) {
    // Said in one line, naming what to check: never a library's stack trace.
    const why = errorText(error);
    process.stderr.write(
      config.mode === 'socket'
        ? `Cannot connect to Slack in Socket Mode (${why}): check SLACK_APP_TOKEN (an app-level token with connections:write), SLACK_BOT_TOKEN and the network\n`
        : `Cannot serve HTTP on PORT ${config.port} (${why}): choose a free port\n`,
    );
    await store.close();
    process.exit(1);
  }

  const watcher = await watchKnowledge(config.knowledgeDir, {
    load: { snapshots, log: (message) => app.logger.warn(message) },
    current: () => library.current(),
    onReload: (next) => {
      metrics?.libraryReloads.inc({ result: 'ok' });
      setKnowledgeProblems(metrics, next.problems);
      library.replace(next);
      answers?.reload();
      digest.noteArticles();
      for (const problem of next.problems) app.logger.warn(`knowledge: ${formatProblem(problem)}`);
      app.logger.info(`knowledge reloaded: ${mapped(next.dossiers, (d) => `${d.dossier.command} ${d.dossier.articles.length} articles`).join(', ')}${describeBuilds(next)}`);
    },
    onError: (error) => {
      metrics?.libraryReloads.inc({ result: 'failed' });
      app.logger.error(`knowledge reload failed, still serving the previous version: ${error instanceof Error ? error.message : String(error)}`);
    },
  });
  refresh = () => watcher.refresh();
  const sweeper = sweepEvents(app, eventClaims, (message) => app.logger.warn(message));
  const scheduler = scheduleDigest(config, digest, app.logger, store.kind === 'redis' ? store : undefined, metrics);

  const where = config.mode === 'socket' ? 'Socket Mode' : `HTTP mode on port ${config.port} (POST /slack/events, GET /healthz)`;
  const commands = mapped(library.current().dossiers, (d) => d.dossier.command).join(', ');
  app.logger.info(`Dossier bot running in ${where}; ${commands}; ${workers > 0 ? `${workers} answer worker${workers === 1 ? '' : 's'}` : 'answering on the main thread'}; state in ${store.kind === 'redis' ? 'Redis (REDIS_URL)' : `files under ${config.stateDir}`}${config.slackApiUrl ? `; Web API at ${config.slackApiUrl}` : ''}${metricsServer && config.metrics ? `; metrics at http://${config.metrics.host}:${metricsServer.port}/metrics` : ''}`);

  // A clean stop: no new requests, the ones in flight and the replies being posted finish (bounded), state closes.
  const stop = async (signal: string): Promise<void> => {
    app.logger.info(`${signal}: shutting down`);
    scheduler?.stop();
    sweeper.stop();
    watcher.close();
    await Promise.race([app.stop(), new Promise((resolve) => setTimeout(resolve, DRAIN_MS))]);
    await eventClaims.drained(DRAIN_MS);
    await answers?.close();
    await metricsServer?.close();
    await store.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}
