import { describe, expect, it } from 'vitest';
import { LogLevel } from '@slack/bolt';
import { createLogger } from '../../src/observe/logger.js';
import { logArgs, PinoBoltLogger } from '../../src/slack/boltLogger.js';
import { captureLog } from '../helpers/capturedLog.js';

describe('logArgs', () => {
  it.each<[string, unknown[], { msg: string; fields: Record<string, unknown> }]>([
    ['words', ['skipping event', 'Ev1'], { msg: 'skipping event Ev1', fields: {} }],
    ['a message and fields', ['reply not posted', { reference: 'A1B2C3' }], { msg: 'reply not posted', fields: { reference: 'A1B2C3' } }],
    ['numbers', ['retry in', 3, 's'], { msg: 'retry in 3 s', fields: {} }],
  ])('%s', (_what, args, expected) => {
    expect(logArgs(args)).toEqual(expected);
  });

  it('takes an Error as `err`, its text as the message when there is no other', () => {
    const error = new Error('rate limited');
    expect(logArgs(['Slack API error: ratelimited', error])).toEqual({ msg: 'Slack API error: ratelimited', fields: { err: error } });
    expect(logArgs([error])).toEqual({ msg: 'Error: rate limited', fields: { err: error } });
  });
});

describe('PinoBoltLogger', () => {
  it('writes Bolt’s lines as JSON with a name, its errors with their stack, and never its debug payload dumps', () => {
    const log = captureLog();
    const logger = new PinoBoltLogger(createLogger({ level: 'debug', format: 'json', destination: log.stream }));
    logger.debug(JSON.stringify({ event: { user: 'U2147483697', text: 'a private question' } }));
    logger.info('Now connected to Slack');
    logger.error('Slack API error: not_in_channel', new Error('An API error occurred: not_in_channel'));
    const [info, error] = log.entries();
    expect(log.lines).toHaveLength(2);
    expect(info).toMatchObject({ level: 30, name: 'slack', msg: 'Now connected to Slack' });
    expect(error).toMatchObject({ level: 50, msg: 'Slack API error: not_in_channel', err: { message: 'An API error occurred: not_in_channel', stack: expect.stringContaining('boltLogger.test.ts') } });
  });

  it('sets and reports its level and name as Bolt asks', () => {
    const log = captureLog();
    const logger = new PinoBoltLogger(createLogger({ level: 'info', format: 'json', destination: log.stream }));
    logger.setLevel(LogLevel.ERROR);
    expect(logger.getLevel()).toBe(LogLevel.ERROR);
    logger.warn('not written');
    logger.setName('socket-mode');
    logger.error('written');
    expect(log.entries()).toEqual([expect.objectContaining({ name: 'socket-mode', msg: 'written' })]);
  });
});
