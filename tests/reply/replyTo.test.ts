import { describe, expect, it } from 'vitest';
import { replyToText } from '../../src/reply/replyTo.js';
import { kazakhstan } from '../helpers/seeds.js';

describe('replyTo', () => {
  it('explains how to ask when there is no question in the text', async () => {
    const index = await kazakhstan();
    for (const text of ['what?', 'wat is het', '!!!', 'who']) expect(replyToText(text, index)).toMatchObject({ kind: 'help', reason: 'no-question' });
  });

  it('pages answers', async () => {
    const index = await kazakhstan();
    const first = replyToText('Poetin', index);
    const second = replyToText('Poetin', index, 3);
    if (first.kind !== 'answer' || second.kind !== 'answer') throw new Error('expected answers');
    expect(first.answer.results).toHaveLength(3);
    expect(second.answer.results[0]?.text).not.toBe(first.answer.results[0]?.text);
  });
});
