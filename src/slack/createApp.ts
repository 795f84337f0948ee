/**
 * The Bolt app: HTTP mode (POST /slack/events for commands, events and interactivity, GET /healthz)
 * or Socket Mode, the Web API at SLACK_API_URL when set. Thin: listeners live in ./listeners.
 */
import { App, HTTPReceiver, LogLevel, type Receiver } from '@slack/bolt';
import type { Config } from '../config/readConfig.js';
import { botAuthorize } from './authorize.js';
import type { SlackDeps } from './deps.js';
import { refuseFutureRequests } from './freshRequests.js';
import { health } from './health.js';
import { registerListeners } from './listeners/index.js';
import { onUnhandledError } from './onUnhandledError.js';

const LOG_LEVELS = { debug: LogLevel.DEBUG, info: LogLevel.INFO, warn: LogLevel.WARN, error: LogLevel.ERROR } as const;

export interface CreateAppOptions {
  /** A receiver of the test's own (Bolt's processEvent path); otherwise HTTP or Socket Mode per config. */
  receiver?: Receiver;
}

/** POST /slack/events, GET /healthz and /readyz; signed requests from more than five minutes ahead are refused too. */
function httpReceiver(config: Config, deps: SlackDeps, logLevel: LogLevel): HTTPReceiver {
  const receiver = new HTTPReceiver({
    signingSecret: config.signingSecret ?? '',
    logLevel,
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
  receiver.requestListener = refuseFutureRequests(receiver.requestListener);
  return receiver;
}

export function createSlackApp(config: Config, deps: SlackDeps, options: CreateAppOptions = {}): App {
  const botToken = config.botToken ?? '';
  const logLevel = LOG_LEVELS[config.logLevel];
  const clientOptions = {
    ...(config.slackApiUrl ? { slackApiUrl: config.slackApiUrl } : {}),
    // Posts are retried by postOnce.ts, which first checks whether an ambiguous post landed: a
    // blind retry inside the client would post twice.
    retryConfig: { retries: 0 },
    timeout: 10_000,
  };
  // The authorizer runs on the first event, after `app` exists, and logs through the app's logger.
  const warn = (message: string): void => app.logger.warn(message);
  const app: App = new App({
    authorize: botAuthorize(botToken, config.slackApiUrl, logLevel, warn),
    logLevel,
    clientOptions,
    // Bolt's in-memory conversation store is unused here, per-replica, and builds an Error per request.
    convoStore: false,
    // The error handler gets the request too: it can apologise to whoever asked.
    extendedErrorHandler: true,
    ...(options.receiver
      ? { receiver: options.receiver }
      : config.mode === 'socket'
        ? { socketMode: true, appToken: config.appToken ?? '' }
        : { receiver: httpReceiver(config, deps, logLevel) }),
  });
  registerListeners(app, deps);
  app.error(onUnhandledError(app, deps.reference));
  return app;
}
