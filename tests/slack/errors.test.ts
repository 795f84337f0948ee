/** The app's coded errors, and finding them inside what Bolt hands its error handler. */
import { describe, expect, it } from 'vitest';
import { ERROR_CODE, errorsWithin, ReplyNotPostedError } from '../../src/slack/errors.js';

/** Bolt wraps a listener's error (`original`) or several listeners' (`originals`). */
const wrapped = (original: Error): Error => Object.assign(new Error('An unhandled error occurred while Bolt processed an event'), { original });
const multiple = (...originals: Error[]): Error => Object.assign(new Error('Multiple errors occurred while handling several listeners'), { originals });

describe('ReplyNotPostedError', () => {
  it('carries its code, reference and cause, and names the reference', () => {
    const cause = new Error('channel_not_found');
    const error = new ReplyNotPostedError('A1B2C3', cause);
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe(ERROR_CODE.replyNotPosted);
    expect(error.code).toBe('dossier_reply_not_posted');
    expect(error.reference).toBe('A1B2C3');
    expect(error.cause).toBe(cause);
    expect(error.message).toBe('reply not posted (reference A1B2C3)');
  });
});

describe('errorsWithin', () => {
  it('is the error itself when nothing is wrapped', () => {
    const error = new Error('x');
    expect(errorsWithin(error)).toEqual([error]);
  });

  it('unwraps what Bolt wrapped, however deep', () => {
    const inner = new ReplyNotPostedError('R', new Error('x'));
    expect(errorsWithin(wrapped(inner))).toEqual([inner]);
    expect(errorsWithin(wrapped(wrapped(inner)))[0]).toBe(inner);
  });

  it('gives every listener’s error, flattened', () => {
    const [a, b, c] = [new Error('a'), new ReplyNotPostedError('R', null), new Error('c')];
    const found = errorsWithin(multiple(a, wrapped(b), multiple(c)));
    expect(found).toHaveLength(3);
    expect(found[0]).toBe(a);
    expect(found[1]).toBe(b);
    expect(found[2]).toBe(c);
  });

  it('keeps an error whose `original` is no error', () => {
    const odd = Object.assign(new Error('odd'), { original: 'text' });
    expect(errorsWithin(odd)).toEqual([odd]);
  });
});
