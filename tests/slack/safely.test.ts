/** A message, or on failure an apology with a reference that is also in the log. */
import { describe, expect, it, vi } from 'vitest';
import type { Logger } from '@slack/bolt';
import { errorMessage } from '../../src/slack/blocks/replyMessage.js';
import type { SlackMessage } from '../../src/slack/blocks/limits.js';
import { newReference, safely } from '../../src/slack/safely.js';

const logger = () => ({ debug: vi.fn(), info: vi.fn(), warn: vi.fn(), error: vi.fn(), setLevel: vi.fn(), getLevel: vi.fn(), setName: vi.fn() });
const asLogger = (l: ReturnType<typeof logger>): Logger => l as unknown as Logger;
const MESSAGE: SlackMessage = { text: 'ok', blocks: [] };

describe('safely', () => {
  it('gives the message when building it works, and logs nothing', () => {
    const log = logger();
    const reference = vi.fn(() => 'REF');
    expect(safely(() => MESSAGE, asLogger(log), 'answering', reference)).toBe(MESSAGE);
    expect(log.error).not.toHaveBeenCalled();
    expect(reference).not.toHaveBeenCalled();
  });

  it('apologises with a reference when building fails, and logs the cause under it', () => {
    const log = logger();
    const message = safely(() => { throw new Error('index gone'); }, asLogger(log), 'answering "troepen"', () => 'AB12CD');
    expect(message).toEqual(errorMessage('AB12CD'));
    expect(log.error).toHaveBeenCalledTimes(1);
    expect(log.error.mock.calls[0]?.[0]).toBe('[AB12CD] answering "troepen" failed: Error: index gone');
    // The reference as a field, and the error with its stack.
    const fields = log.error.mock.calls[0]?.[1] as { reference: string; err: Error };
    expect(fields.reference).toBe('AB12CD');
    expect(fields.err.stack).toContain('safely.test.ts');
  });

  it('logs what was thrown when it is no error', () => {
    const log = logger();
    safely(() => { throw 'plain text'; }, asLogger(log), 'x', () => 'R1');
    expect(log.error).toHaveBeenCalledWith('[R1] x failed: plain text', { reference: 'R1' });
  });

  it('never shows the user the cause', () => {
    const message = safely(() => { throw new Error('secret path /srv/state'); }, asLogger(logger()), 'x', () => 'R1');
    expect(JSON.stringify(message)).not.toContain('secret');
  });

  it('makes its own reference when none is injected', () => {
    const log = logger();
    const message = safely(() => { throw new Error('x'); }, asLogger(log), 'x');
    const ref = /\[([0-9A-F]{6})\]/u.exec(String(log.error.mock.calls[0]?.[0]))?.[1];
    expect(ref).toBeDefined();
    expect(message.text).toContain(`reference ${ref}`);
  });
});

describe('newReference', () => {
  it('is six upper-case hex digits, different each time', () => {
    const refs = Array.from({ length: 50 }, newReference);
    for (const ref of refs) expect(ref).toMatch(/^[0-9A-F]{6}$/u);
    expect(new Set(refs).size).toBeGreaterThan(45);
  });
});
