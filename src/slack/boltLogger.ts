/**
 * Bolt's `Logger` (also handed to the Web API client) written through the app's pino logger, so
 * Bolt's own lines are JSON with the request's ids too. Arguments as Bolt passes them: strings make
 * the message, an Error becomes `err` (with its stack), a plain object adds fields.
 */
import type { Logger, LogLevel } from '@slack/bolt';
import type { Log } from '../observe/logger.js';

type Level = 'info' | 'warn' | 'error';

/** The message and fields of a Bolt-style call (`logger.error('Slack API error: x', error)`). Pure. */
export function logArgs(args: readonly unknown[]): { msg: string; fields: Record<string, unknown> } {
  const words: string[] = [];
  const fields: Record<string, unknown> = {};
  for (const arg of args) {
    if (arg instanceof Error) fields.err ??= arg;
    else if (arg !== null && typeof arg === 'object') Object.assign(fields, arg);
    else words.push(String(arg));
  }
  const err = fields.err instanceof Error ? fields.err : undefined;
  return { msg: words.join(' ') || (err ? String(err) : ''), fields };
}

export class PinoBoltLogger implements Logger {
  private log: Log;

  constructor(log: Log) {
    this.log = log.child({ name: 'slack' });
  }

  /**
   * Never written: Bolt's and the Web API client's debug lines are whole payloads (every event with
   * its message text and user ids, ack bodies, request and response bodies).
   */
  debug(..._msg: unknown[]): void {}
  info(...msg: unknown[]): void {
    this.write('info', msg);
  }
  warn(...msg: unknown[]): void {
    this.write('warn', msg);
  }
  error(...msg: unknown[]): void {
    this.write('error', msg);
  }
  setLevel(level: LogLevel): void {
    this.log.level = level;
  }
  getLevel(): LogLevel {
    return this.log.level as LogLevel;
  }
  setName(name: string): void {
    this.log.setBindings({ name });
  }

  private write(level: Level, args: readonly unknown[]): void {
    const { msg, fields } = logArgs(args);
    this.log[level](fields, msg);
  }
}
