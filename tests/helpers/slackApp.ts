/**
 * The real app on a real port, with the Web API at a nock-able host and state in a temp folder; its
 * metrics in a registry of its own, everything it logs (at debug, as JSON) kept for the test to read.
 */
import { mkdtempSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { App } from '@slack/bolt';
import { loadLibrary } from '../../src/library/loadLibrary.js';
import { holdLibrary } from '../../src/library/holdLibrary.js';
import { readConfig, secretsOf } from '../../src/config/readConfig.js';
import { createLogger } from '../../src/observe/logger.js';
import { createMetrics, type Metrics } from '../../src/observe/metrics.js';
import { captureLog, type CapturedLog } from './capturedLog.js';
import { createSlackApp } from '../../src/slack/createApp.js';
import { createEditorial } from '../../src/slack/editArticles.js';
import { QueryLog } from '../../src/state/queryLog.js';
import { digestSource } from '../../src/digest/digestSource.js';
import { EventClaims } from '../../src/state/eventClaims.js';
import { FileStore } from '../../src/state/store/fileStore.js';
import { Votes } from '../../src/state/votes.js';
import { bundledLibrary, KNOWLEDGE } from './seeds.js';
import { SIGNING_SECRET } from './slackRequests.js';

export const API_HOST = 'http://slack.test';

export interface RunningApp {
  app: App;
  port: number;
  stateDir: string;
  queryLog: QueryLog;
  metrics: Metrics;
  /** Every line the app logged. */
  log: CapturedLog;
  stop(): Promise<void>;
}

export interface AppOptions {
  /** EDITORS: who may add and remove articles. */
  editors?: string;
  /** INGEST_ALLOW_HOSTS: private hosts links may be fetched from (a local test page). */
  allowHosts?: string;
}

export async function startSlackApp(signingSecret = SIGNING_SECRET, knowledgeDir?: string, options: AppOptions = {}): Promise<RunningApp> {
  const stateDir = mkdtempSync(path.join(tmpdir(), 'dossier-state-'));
  const settings = readConfig({
    SLACK_BOT_TOKEN: 'xoxb-test-test',
    SLACK_SIGNING_SECRET: signingSecret,
    SLACK_API_URL: `${API_HOST}/api/`,
    PORT: '0',
    KNOWLEDGE_DIR: knowledgeDir ?? KNOWLEDGE,
    STATE_DIR: stateDir,
    LOG_LEVEL: 'error',
    ...(options.editors ? { EDITORS: options.editors } : {}),
    ...(options.allowHosts ? { INGEST_ALLOW_HOSTS: options.allowHosts } : {}),
  });
  if (!settings.ok) throw new Error(settings.errors.join('; '));
  const queryLog = new QueryLog({ stateDir });
  const store = new FileStore({ stateDir });
  const library = holdLibrary(knowledgeDir ? await loadLibrary(knowledgeDir) : await bundledLibrary());
  const metrics = createMetrics();
  const log = captureLog();
  const app = createSlackApp(
    settings.config,
    {
      library,
      digest: digestSource(library, stateDir, settings.config.digest, () => new Date(), queryLog),
      eventClaims: new EventClaims(store),
      votes: new Votes(store, queryLog, 'test-vote-key'),
      queryLog,
      reference: () => 'REF123',
      // What the watcher does in the running app, at once: the new library, updated from the one serving, replaces it.
      editorial: createEditorial(settings.config, store, async () => library.replace(await loadLibrary(settings.config.knowledgeDir, { previous: library.current() }))),
      metrics,
    },
    { log: createLogger({ level: 'debug', format: 'json', destination: log.stream, secrets: secretsOf(settings.config) }) },
  );
  const server = (await app.start(0)) as Server;
  return { app, port: (server.address() as AddressInfo).port, stateDir, queryLog, metrics, log, stop: () => app.stop() as Promise<void> };
}
