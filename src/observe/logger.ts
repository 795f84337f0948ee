/**
 * The app's logger: pino, one JSON object a line (or pretty lines for a terminal), every line about
 * a request carrying its ids (requestContext.ts), known secret-bearing fields redacted and every
 * finished line scrubbed of tokens, the configured secrets and user ids (scrub.ts).
 */
import { createRequire } from 'node:module';
import { pino, type DestinationStream, type Logger } from 'pino';
import type PinoPretty from 'pino-pretty';
import type { LogFormat, LogLevel } from '../config/readConfig.js';
import { currentRequest } from './requestContext.js';
import { REDACTED, scrubber } from './scrub.js';
import { flatMap } from '../lists/loops.js';

export type Log = Logger;

export interface LogOptions {
  level: LogLevel;
  format: LogFormat;
  /** Values never to write, wherever they turn up (the tokens and signing secret as configured). */
  secrets?: readonly string[];
  /** Where the lines go: stdout by default; tests hand in their own. */
  destination?: DestinationStream;
  /** Whether stdout is a terminal: `auto` is pretty there, JSON otherwise. */
  terminal?: boolean;
}

/** Fields that hold a secret or a person, wherever a caller or a library put them. */
const REDACT = flatMap(['token', 'botToken', 'appToken', 'signingSecret', 'authorization', 'user', 'user_id', 'text'], (key) => [key, `*.${key}`]);

/** Pretty lines for a terminal; pino-pretty is loaded only when asked for. */
function prettyStream(destination: DestinationStream | number, colorize: boolean): DestinationStream {
  const pretty = createRequire(import.meta.url)('pino-pretty') as typeof PinoPretty;
  return pretty({ destination, colorize, sync: true, ignore: 'pid,hostname', translateTime: 'SYS:HH:MM:ss.l' });
}

export function resolveFormat(format: LogFormat, terminal: boolean): 'json' | 'pretty' {
  return format === 'auto' ? (terminal ? 'pretty' : 'json') : format;
}

export function createLogger(options: LogOptions): Log {
  const terminal = options.terminal ?? Boolean(process.stdout.isTTY);
  const format = resolveFormat(options.format, terminal);
  const clean = scrubber(options.secrets);
  // stdout is opened only for the format that writes to it directly.
  const destination = format === 'pretty' ? prettyStream(options.destination ?? 1, terminal && !options.destination) : (options.destination ?? pino.destination({ dest: 1, sync: true }));
  return pino(
    {
      level: options.level,
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACT, censor: REDACTED },
      // A copy: pino merges the line's own fields into what the mixin returns.
      mixin: () => ({ ...currentRequest() }),
      hooks: { streamWrite: clean },
    },
    destination,
  );
}
