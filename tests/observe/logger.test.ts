import { describe, expect, it, vi } from 'vitest';
import { createLogger, resolveFormat } from '../../src/observe/logger.js';
import { withRequest } from '../../src/observe/requestContext.js';
import { captureLog } from '../helpers/capturedLog.js';

const SECRET = 'signing-secret-0123456789abcdef';
const TOKEN = 'xoxb-111-222-tokenSECRET';

describe('createLogger', () => {
  it('writes one JSON object a line, at the configured level, with an ISO time', () => {
    const log = captureLog();
    const logger = createLogger({ level: 'info', format: 'json', destination: log.stream });
    logger.debug('not written');
    logger.info('dossiers loaded');
    logger.warn({ dossier: 'kazakhstan' }, 'knowledge problem');
    const entries = log.entries();
    expect(entries.map((e) => e.msg)).toEqual(['dossiers loaded', 'knowledge problem']);
    expect(entries[1]).toMatchObject({ level: 40, dossier: 'kazakhstan' });
    expect(String(entries[0]?.time)).toMatch(/^\d{4}-\d\d-\d\dT/u);
  });

  it('gives every line logged within a request its ids, after awaits too, and none outside', async () => {
    const log = captureLog();
    const logger = createLogger({ level: 'info', format: 'json', destination: log.stream });
    await withRequest({ kind: 'event', event_id: 'Ev01', reference: 'A1B2C3' }, async () => {
      logger.info('claimed');
      await new Promise((resolve) => setTimeout(resolve, 1));
      logger.error({ err: new Error('boom') }, 'reply not posted');
    });
    logger.info('idle');
    const [claimed, failed, idle] = log.entries();
    expect(claimed).toMatchObject({ event_id: 'Ev01', reference: 'A1B2C3', kind: 'event' });
    expect(failed).toMatchObject({ event_id: 'Ev01', reference: 'A1B2C3', err: { message: 'boom' } });
    expect(idle?.event_id).toBeUndefined();
    expect(idle?.reference).toBeUndefined();
  });

  it('never writes a token, the signing secret, a user id or message text, whether in a field or in the message', () => {
    const log = captureLog();
    const logger = createLogger({ level: 'debug', format: 'json', destination: log.stream, secrets: [SECRET, TOKEN] });
    logger.info({ token: TOKEN, headers: { authorization: `Bearer ${TOKEN}` }, user: 'U2147483697', text: 'a private question' }, 'call');
    logger.warn(`verifying with ${SECRET} for U061F7AUR9 using ${TOKEN} and xapp-1-A111-222-SECRET`);
    logger.error({ err: new Error(`invalid_auth for ${TOKEN}`) }, 'failed');
    const written = log.lines.join('\n');
    for (const secret of [SECRET, TOKEN, 'tokenSECRET', 'U2147483697', 'U061F7AUR9', 'a private question', 'xapp-1-A111']) expect(written).not.toContain(secret);
    // Still JSON, every line.
    expect(log.entries()).toHaveLength(3);
  });

  it('writes readable lines in the pretty format', async () => {
    const log = captureLog();
    const logger = createLogger({ level: 'info', format: 'pretty', destination: log.stream, secrets: [SECRET] });
    logger.info(`ready, secret ${SECRET}`);
    await vi.waitFor(() => expect(log.lines.length).toBeGreaterThan(0));
    const written = log.lines.join('\n');
    expect(written).toContain('INFO');
    expect(written).toContain('ready');
    expect(written).not.toContain(SECRET);
    expect(() => JSON.parse(log.lines[0] ?? '')).toThrow();
  });

  it('is pretty on a terminal and JSON elsewhere unless told', () => {
    expect(resolveFormat('auto', true)).toBe('pretty');
    expect(resolveFormat('auto', false)).toBe('json');
    expect(resolveFormat('json', true)).toBe('json');
    expect(resolveFormat('pretty', false)).toBe('pretty');
  });
});
