import { describe, expect, it } from 'vitest';
import { fromTheFuture, MAX_SKEW_SECONDS } from '../../src/slack/freshRequests.js';

describe('a request timestamp from the future', () => {
  const now = 1_700_000_000_000;
  it.each([
    [now / 1000 + MAX_SKEW_SECONDS + 1, true],
    [now / 1000 + MAX_SKEW_SECONDS, false],
    [now / 1000, false],
    [now / 1000 - 3600, false],
  ])('%d → %s', (timestamp, refused) => expect(fromTheFuture(String(timestamp), now)).toBe(refused));
  it('leaves requests without a timestamp to the signature check', () => {
    expect(fromTheFuture(undefined, now)).toBe(false);
    expect(fromTheFuture('soon', now)).toBe(false);
  });
});
