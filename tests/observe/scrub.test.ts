import { describe, expect, it } from 'vitest';
import { REDACTED, scrubber } from '../../src/observe/scrub.js';

const scrub = (line: string, secrets: readonly string[] = []): string => scrubber(secrets)(line);

describe('scrub', () => {
  it.each([
    ['bot token', 'auth failed for xoxb-1234-5678-abcdefSECRET', 'xoxb-1234-5678-abcdefSECRET'],
    ['user token', 'token=xoxp-99-88-SECRET', 'xoxp-99-88-SECRET'],
    ['app-level token', 'socket: xapp-1-A111-222-SECRETAPP failed', 'xapp-1-A111-222-SECRETAPP'],
    ['rotating token', 'refresh xoxe.xoxp-1-Mi0yLTEyMzQ', 'xoxe.xoxp-1-Mi0yLTEyMzQ'],
    ['refresh token', 'refresh xoxe-1-My0xLTEyMzQ', 'xoxe-1-My0xLTEyMzQ'],
    ['user id', 'asked by U2147483697 in C2147483705', 'U2147483697'],
    ['grid user id', 'asked by W061F7AU2', 'W061F7AU2'],
  ])('takes out a %s', (_what, line, secret) => {
    const clean = scrub(line);
    expect(clean).not.toContain(secret);
    expect(clean).toContain(REDACTED);
  });

  it('takes out a configured secret, also where JSON escaped it, and keeps the line valid JSON', () => {
    const secret = 'se"cret-0123456789ab';
    const line = JSON.stringify({ msg: `signature computed with ${secret}`, channel: 'C2147483705' });
    const clean = scrub(line, [secret]);
    expect(clean).not.toContain('0123456789ab');
    expect(JSON.parse(clean)).toEqual({ msg: `signature computed with ${REDACTED}`, channel: 'C2147483705' });
  });

  it('leaves channel ids, event ids, references and ordinary words alone', () => {
    const line = JSON.stringify({ msg: 'UNREACHABLE state store; reply to event Ev0MENTION1 in C123ABC456', reference: 'A1B2C3', event_id: 'Ev0MENTION1' });
    expect(scrub(line, ['xx'])).toBe(line);
  });
});
