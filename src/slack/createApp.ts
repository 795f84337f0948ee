/**
 * The Bolt app: HTTP mode (POST /slack/events for commands, events and interactivity, GET /healthz)
 * or Socket Mode, the Web API at SLACK_API_URL when set. Thin: listeners live in ./listeners.
 * Observed: its lines (and Bolt's, and the Web API client's) go through the app's pino logger with
 * the request's ids; Slack calls and acks are counted when the deps carry metrics.
 */
import { type App, HTTPReceiver, type Logger, type Receiver } from '@slack/bolt';
import { secretsOf, type Config } from '../config/readConfig.js';
import { createLogger, type Log } from '../observe/logger.js';
import { timeAcks } from './ackTiming.js';
import { botAuthorize } from './authorize.js';
import { PinoBoltLogger } from './boltLogger.js';
import type { SlackDeps } from './deps.js';
import { refuseFutureRequests } from './freshRequests.js';
import { health } from './health.js';
import { registerListeners } from './listeners/index.js';
import { ObservedApp } from './observedApp.js';
import { onUnhandledError } from './onUnhandledError.js';
import { randomReference } from './safely.js';
import { appFetch } from './webApiMetrics.js';

export interface CreateAppOptions {
  /** A receiver of the test's own (Bolt's processEvent path); otherwise HTTP or Socket Mode per config. */
  receiver?: Receiver;
  /** Where the app logs; pino on stdout per LOG_LEVEL and LOG_FORMAT when absent. */
  log?: Log;
}

/** POST /slack/events, GET /healthz and /readyz; signed requests from more than five minutes ahead are refused too. */
function httpReceiver(config: Config, deps: SlackDeps, logger: Logger): HTTPReceiver {
  const receiver = new HTTPReceiver({
    signingSecret: config.signingSecret ?? '',
    logger,
    customRoutes: [
      {
        // Liveness: the process serves; the state store's condition is reported, not fatal.
        path: '/healthz',
        method: ['GET'],
        handler: (_req, res) => {
          void deps.eventClaims.healthy().then((state) => {
            res.writeHead(200, { 'content-type': 'application/json' });
            res.end(JSON.stringify({ ...health(deps.library.current()), state: state ? 'ok' : 'unreachable' }));
          });
        },
      },
      {
        // Readiness: send traffic here only when the dossiers are loaded and the state store answers.
        path: '/readyz',
        method: ['GET'],
        handler: (_req, res) => {
          void deps.eventClaims.healthy().then((state) => {
            const ready = state && deps.library.current().dossiers.length > 0;
            res.writeHead(ready ? 200 : 503, { 'content-type': 'application/json' });
            res.end(JSON.stringify({ ready, state: state ? 'ok' : 'unreachable' }));
          });
        },
      },
    ],
  });
  const listener = refuseFutureRequests(receiver.requestListener);
  receiver.requestListener = deps.metrics ? timeAcks(listener, deps.metrics.ackSeconds) : listener;
  return receiver;
}

export function createSlackApp(config: Config, deps: SlackDeps, options: CreateAppOptions = {}): App {
  const botToken = config.botToken ?? '';
  const log = options.log ?? createLogger({ level: config.logLevel, format: config.logFormat, secrets: secretsOf(config) });
  const logger = new PinoBoltLogger(log);
  const clientOptions = {
    ...(config.slackApiUrl ? { slackApiUrl: config.slackApiUrl } : {}),
    // Posts are retried by postOnce.ts, which first checks whether an ambiguous post landed: a
    // blind retry inside the client would post twice.
    retryConfig: { retries: 0 },
    timeout: 10_000,
    logger,
    // Every client Bolt makes (one per token) and respond() use it: each call to Slack is counted.
    fetch: appFetch(config.slackApiUrl, logger, deps.metrics),
  };
  // The authorizer runs on the first event, after `app` exists, and logs through the app's logger.
  const warn = (message: string): void => app.logger.warn(message);
  const app: App = new ObservedApp(
    {
      authorize: botAuthorize(botToken, clientOptions, warn),
      logger,
      clientOptions,
      // Bolt's in-memory conversation store is unused here, per-replica, and builds an Error per request.
      convoStore: false,
      // The error handler gets the request too: it can apologise to whoever asked.
      extendedErrorHandler: true,
      ...(options.receiver
        ? { receiver: options.receiver }
        : config.mode === 'socket'
          ? { socketMode: true, appToken: config.appToken ?? '' }
          : { receiver: httpReceiver(config, deps, logger) }),
    },
    deps.reference ?? randomReference,
  );
  registerListeners(app, deps);
  app.error(onUnhandledError(app, deps.reference));
  return app;
}
