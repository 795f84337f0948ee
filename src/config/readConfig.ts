/**
 * Settings from the environment, validated once at start. A bad value yields a message that
 * names the variable and never echoes a secret. Pure: takes the environment as an argument.
 */

import { isTimeZone, parseClockTime } from '../time/localTime.js';
import { mapped } from '../lists/loops.js';

export type Mode = 'http' | 'socket' | 'console';
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
/** `auto`: pretty when stdout is a terminal, JSON lines otherwise (decided where stdout is known). */
export type LogFormat = 'json' | 'pretty' | 'auto';

export interface Config {
  mode: Mode;
  port: number;
  botToken?: string;
  signingSecret?: string;
  appToken?: string;
  /** Base URL of the Slack Web API, ending in `/` (for local stand-ins). */
  slackApiUrl?: string;
  knowledgeDir: string;
  stateDir: string;
  /** Shared state for several replicas; files under `stateDir` when absent. */
  redisUrl?: string;
  logLevel: LogLevel;
  logFormat: LogFormat;
  /** Prometheus metrics on a port of their own (never the public Slack port); off when absent. */
  metrics?: { port: number; host: string };
  digest: DigestSettings;
  /** NO_COLOR (https://no-color.org): plain terminal output. */
  noColor: boolean;
  /** Hosts and CIDR ranges that URL ingest may fetch although they are private or loopback. */
  ingestAllowHosts: string[];
  /** Worker threads that answer questions; `auto`: none for small dossiers, the spare cores for large ones. */
  answerWorkers: number | 'auto';
  /** Who may add and remove articles from Slack: user ids and user group ids (EDITORS). */
  editors: Editors;
}

export interface Editors {
  users: string[];
  groups: string[];
}

export interface DigestSettings {
  /** Channel ids or names to post the daily digest to; none means no scheduled digest. */
  channels: string[];
  /** Local time of day, `HH:MM`. */
  time: string;
  timeZone: string;
  weekdaysOnly: boolean;
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; errors: string[] };

type Env = Record<string, string | undefined>;

const LOG_LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error'];
const LOG_FORMATS: readonly LogFormat[] = ['json', 'pretty', 'auto'];

export interface ReadOptions {
  /** False for tools that only call the Web API (the digest CLI): no signing secret needed. */
  receivesRequests?: boolean;
}

/** What logs must never show: the tokens and the signing secret as configured. */
export function secretsOf(config: Pick<Config, 'botToken' | 'signingSecret' | 'appToken'>): string[] {
  return [config.botToken, config.signingSecret, config.appToken].filter((s): s is string => s !== undefined);
}

export function readConfig(env: Env, options: ReadOptions = {}): ConfigResult {
  const receives = options.receivesRequests ?? true;
  const errors: string[] = [];
  const value = (name: string): string | undefined => {
    const raw = env[name]?.trim();
    return raw === '' ? undefined : raw;
  };

  const botToken = value('SLACK_BOT_TOKEN');
  const signingSecret = value('SLACK_SIGNING_SECRET');
  const appToken = value('SLACK_APP_TOKEN');
  if (botToken !== undefined && !/^xoxb-[\w-]+$/u.test(botToken)) errors.push('SLACK_BOT_TOKEN must be a bot token starting with xoxb- (Slack app → OAuth & Permissions)');
  if (appToken !== undefined && !/^xapp-[\w-]+$/u.test(appToken)) errors.push('SLACK_APP_TOKEN must be an app-level token starting with xapp- (Slack app → Basic Information → App-Level Tokens, scope connections:write)');
  if (signingSecret !== undefined && /\s/u.test(signingSecret)) errors.push('SLACK_SIGNING_SECRET must not contain spaces (Slack app → Basic Information → Signing Secret)');
  if (receives && botToken && !signingSecret && !appToken) errors.push('SLACK_SIGNING_SECRET is missing: SLACK_BOT_TOKEN is set, and Slack requests over HTTP are verified with the signing secret (or set SLACK_APP_TOKEN for Socket Mode)');
  if (signingSecret && !botToken) errors.push('SLACK_BOT_TOKEN is missing: SLACK_SIGNING_SECRET is set, but the app needs its bot token to reply');
  if (appToken && !botToken) errors.push('SLACK_BOT_TOKEN is missing: SLACK_APP_TOKEN (Socket Mode) is set, but the app needs its bot token to reply');

  const portText = value('PORT') ?? '3000';
  const port = Number(portText);
  if (!/^\d+$/u.test(portText) || port > 65535) errors.push(`PORT must be a port number from 0 to 65535, got '${portText}'`);

  let slackApiUrl = value('SLACK_API_URL');
  if (slackApiUrl !== undefined) {
    if (!/^https?:\/\/[^\s/]+/u.test(slackApiUrl)) errors.push(`SLACK_API_URL must be an http(s) URL such as https://slack.com/api/, got '${slackApiUrl}'`);
    else if (!slackApiUrl.endsWith('/')) slackApiUrl += '/';
  }

  const redisUrl = value('REDIS_URL');
  // Never echo it: a Redis URL may carry a password.
  if (redisUrl !== undefined && !/^rediss?:\/\/[^\s]+$/u.test(redisUrl)) errors.push('REDIS_URL must be a redis:// or rediss:// URL (e.g. redis://redis:6379/0); unset it to keep state in files under STATE_DIR');
  const ingestAllowHosts = mapped((value('INGEST_ALLOW_HOSTS') ?? '').split(','), (h) => h.trim()).filter(Boolean);
  for (const host of ingestAllowHosts) {
    if (!/^(?:[a-z0-9.-]+|[0-9a-f:.]+(?:\/\d{1,3})?)$/iu.test(host)) errors.push(`INGEST_ALLOW_HOSTS takes host names and CIDR ranges separated by commas (e.g. cms.intranet,10.0.0.0/8), got '${host}'`);
  }
  const editors: Editors = { users: [], groups: [] };
  (value('EDITORS') ?? '').split(/[\s,]+/u).filter(Boolean).forEach((entry, i) => {
    // Never echoed: an entry is somebody's id.
    if (/^[UW][A-Z0-9]{2,}$/u.test(entry)) editors.users.push(entry);
    else if (/^S[A-Z0-9]{2,}$/u.test(entry)) editors.groups.push(entry);
    else errors.push(`EDITORS entry ${i + 1} is neither a Slack user id (U… or W…, from a profile's ⋮ → Copy member ID) nor a user group id (S…)`);
  });
  const workersText = (value('ANSWER_WORKERS') ?? 'auto').toLowerCase();
  if (workersText !== 'auto' && !/^(?:[0-9]|1[0-6])$/u.test(workersText)) errors.push(`ANSWER_WORKERS must be auto or a number from 0 to 16, got '${workersText}'`);
  const logLevel = (value('LOG_LEVEL') ?? 'info').toLowerCase();
  if (!LOG_LEVELS.includes(logLevel as LogLevel)) errors.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got '${logLevel}'`);
  const logFormat = (value('LOG_FORMAT') ?? 'auto').toLowerCase();
  if (!LOG_FORMATS.includes(logFormat as LogFormat)) errors.push(`LOG_FORMAT must be json or pretty (unset: pretty on a terminal, json otherwise), got '${logFormat}'`);
  const metricsText = value('METRICS_PORT');
  const metricsPort = Number(metricsText);
  if (metricsText !== undefined && (!/^\d+$/u.test(metricsText) || metricsPort > 65535)) errors.push(`METRICS_PORT must be a port number from 0 to 65535, got '${metricsText}'`);
  // Metrics are for the operators' network only: never on the port Slack reaches.
  else if (metricsText !== undefined && metricsPort !== 0 && metricsPort === port) errors.push(`METRICS_PORT must differ from PORT (${port}): metrics are never served on the public Slack port`);
  const metricsHost = value('METRICS_HOST') ?? '0.0.0.0';
  if (!/^(?:[a-z0-9.-]+|[0-9a-f:.]+)$/iu.test(metricsHost)) errors.push(`METRICS_HOST must be a host name or IP address to listen on (e.g. 127.0.0.1), got '${metricsHost}'`);

  const channels = (value('DIGEST_CHANNEL') ?? '').split(/[\s,]+/u).filter(Boolean);
  for (const channel of channels) if (!/^#?[\w.-]{1,80}$/u.test(channel)) errors.push(`DIGEST_CHANNEL must be channel ids or names separated by commas (e.g. C0123ABCD,#desk), got '${channel}'`);
  const time = value('DIGEST_TIME') ?? '08:00';
  if (parseClockTime(time) === undefined) errors.push(`DIGEST_TIME must be a time of day as HH:MM (e.g. 07:30), got '${time}'`);
  const timeZone = value('DIGEST_TZ') ?? 'Europe/Amsterdam';
  if (!isTimeZone(timeZone)) errors.push(`DIGEST_TZ must be a time zone such as Europe/Amsterdam, got '${timeZone}'`);
  const weekdays = (value('DIGEST_WEEKDAYS_ONLY') ?? 'false').toLowerCase();
  if (!['true', 'false', '1', '0', 'yes', 'no'].includes(weekdays)) errors.push(`DIGEST_WEEKDAYS_ONLY must be true or false, got '${weekdays}'`);

  if (errors.length > 0) return { ok: false, errors };
  const mode: Mode = botToken && appToken ? 'socket' : botToken && signingSecret ? 'http' : 'console';
  return {
    ok: true,
    config: {
      mode,
      port,
      ...(botToken ? { botToken } : {}),
      ...(signingSecret ? { signingSecret } : {}),
      ...(appToken ? { appToken } : {}),
      ...(slackApiUrl ? { slackApiUrl } : {}),
      knowledgeDir: value('KNOWLEDGE_DIR') ?? './knowledge',
      stateDir: value('STATE_DIR') ?? './data',
      ...(redisUrl ? { redisUrl } : {}),
      logLevel: logLevel as LogLevel,
      logFormat: logFormat as LogFormat,
      ...(metricsText !== undefined ? { metrics: { port: metricsPort, host: metricsHost } } : {}),
      digest: { channels: mapped(channels, (c) => c.replace(/^#/u, '')), time, timeZone, weekdaysOnly: ['true', '1', 'yes'].includes(weekdays) },
      noColor: value('NO_COLOR') !== undefined,
      answerWorkers: workersText === 'auto' ? 'auto' : Number(workersText),
      ingestAllowHosts,
      editors,
    },
  };
}
