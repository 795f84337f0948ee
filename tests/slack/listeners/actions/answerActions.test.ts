/** The buttons under an answer, called directly with fake ack and respond: More, Share, 👍/👎. */
import { afterAll, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { ACTION, decodeRef, encodeRef, type AnswerRef } from '../../../../src/slack/blocks/actionIds.js';
import { moreResults, recordFeedback, shareAnswer } from '../../../../src/slack/listeners/actions/answerActions.js';
import { fakeClient, asWebClient, fakeDeps, fakeLogger, libraryOf, removeTempDirs, type Fixture } from '../fakes.js';

type ButtonArgs = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction<ButtonAction>>;

let fixture: Fixture;
let ack: Mock;
let respond: Mock;

beforeEach(async () => {
  fixture = await fakeDeps();
  ack = vi.fn(async () => undefined);
  respond = vi.fn(async () => undefined);
});
afterAll(removeTempDirs);

const ASKER = 'U2147483697';

function args(actionId: string, value: string, options: { user?: string; ephemeral?: boolean } = {}): ButtonArgs {
  const action = { type: 'button', action_id: actionId, block_id: 'answer_actions', value, text: { type: 'plain_text', text: 'x' }, action_ts: '1707806600.000100' };
  return {
    action,
    payload: action,
    body: {
      type: 'block_actions',
      user: { id: options.user ?? ASKER, name: 'reporter', team_id: 'T0001' },
      team: { id: 'T0001', domain: 'krant' },
      api_app_id: 'A1',
      token: 'x',
      trigger_id: '1.2.3',
      response_url: 'https://hooks.slack.test/actions/T0001/2/def',
      container: { type: 'message', message_ts: '1707806599.000100', channel_id: 'C123ABC456', is_ephemeral: options.ephemeral ?? true },
      actions: [action],
    },
    ack,
    respond,
    say: vi.fn(),
    client: asWebClient(fakeClient()),
    logger: fakeLogger(),
    context: { botUserId: 'UBOT' },
    next: vi.fn(),
  } as unknown as ButtonArgs;
}

const ref = (extra: Partial<AnswerRef> = {}): string => encodeRef({ dossierId: 'kazakhstan', query: 'troops', offset: 0, ...extra });

interface Responded {
  response_type?: string;
  replace_original?: boolean;
  delete_original?: boolean;
  text?: string;
  blocks?: Array<{ type: string; elements?: Array<{ action_id?: string; value?: string }> }>;
}

const responses = (): Responded[] => respond.mock.calls.map((call) => call[0] as Responded);
const buttons = (message: Responded): Array<{ action_id?: string; value?: string }> => (message.blocks ?? []).flatMap((b) => b.elements ?? []).filter((e) => e.action_id !== undefined);
const GONE = { response_type: 'ephemeral', replace_original: false, text: 'That dossier is no longer available.' };

/** Ack came first, once: Slack waits for it, not for the answer. */
function expectAckedFirst(): void {
  expect(ack).toHaveBeenCalledTimes(1);
  if (respond.mock.calls.length > 0) expect(ack.mock.invocationCallOrder[0]!).toBeLessThan(respond.mock.invocationCallOrder[0]!);
}

describe('More', () => {
  it('replaces the original with the next page', async () => {
    await moreResults(fixture.deps)(args(ACTION.more, ref({ offset: 3 })));
    expectAckedFirst();
    expect(respond).toHaveBeenCalledTimes(1);
    const [page] = responses();
    expect(page!.replace_original).toBe(true);
    const blocks = JSON.stringify(page!.blocks);
    expect(blocks).toContain('*4.*');
    expect(blocks).not.toContain('*1.*');
    expect(page!.text).toMatch(/^\/kazakhstan troops\n4\. /u);
  });

  it('pages on: its own More button starts after the sentences it shows', async () => {
    await moreResults(fixture.deps)(args(ACTION.more, ref({ offset: 3 })));
    const more = buttons(responses()[0]!).find((b) => b.action_id === ACTION.more);
    expect(decodeRef(more?.value)).toMatchObject({ offset: 6 });
  });

  it('keeps Share on a private answer, and leaves it off one already in the channel', async () => {
    await moreResults(fixture.deps)(args(ACTION.more, ref({ offset: 3 }), { ephemeral: true }));
    await moreResults(fixture.deps)(args(ACTION.more, ref({ offset: 3 }), { ephemeral: false }));
    const [privately, publicly] = responses();
    expect(buttons(privately!).map((b) => b.action_id)).toContain(ACTION.share);
    expect(buttons(publicly!).map((b) => b.action_id)).not.toContain(ACTION.share);
  });

  it('keeps the question’s log entry on the buttons, and does not log the question again', async () => {
    const logId = fixture.queryLog.asked('kazakhstan', 'troops', 19);
    await moreResults(fixture.deps)(args(ACTION.more, ref({ offset: 3, logId })));
    expect(decodeRef(buttons(responses()[0]!).find((b) => b.action_id === ACTION.helpful)?.value)).toEqual({ dossierId: 'kazakhstan', query: 'troops', offset: 3, logId });
    expect(fixture.queryLog.entries()).toHaveLength(1);
  });
});

describe('Share in channel', () => {
  it('posts the answer in the channel, attributed to the asker, then deletes the private original', async () => {
    await shareAnswer(fixture.deps)(args(ACTION.share, ref()));
    expectAckedFirst();
    expect(respond).toHaveBeenCalledTimes(2);
    const [shared, removed] = responses();
    expect(shared).toMatchObject({ response_type: 'in_channel', replace_original: false });
    expect(shared!.text).toMatch(/troepen|militairen/u);
    expect(JSON.stringify(shared!.blocks)).toContain(`<@${ASKER}> asked */kazakhstan* troops`);
    expect(buttons(shared!).map((b) => b.action_id)).not.toContain(ACTION.share);
    expect(removed).toEqual({ delete_original: true });
  });

  it('shares the page that was shown', async () => {
    await shareAnswer(fixture.deps)(args(ACTION.share, ref({ offset: 3 })));
    expect(JSON.stringify(responses()[0]!.blocks)).toContain('*4.*');
  });

  it('does not log the question a second time', async () => {
    await shareAnswer(fixture.deps)(args(ACTION.share, ref()));
    expect(fixture.queryLog.entries()).toEqual([]);
  });
});

describe('a button for a dossier that is no longer there', () => {
  it.each([
    ['More', moreResults, ACTION.more],
    ['Share', shareAnswer, ACTION.share],
  ])('%s responds "no longer available" and nothing else', async (_label, listener, actionId) => {
    fixture.library.replace(libraryOf());
    await listener(fixture.deps)(args(actionId, ref()));
    expectAckedFirst();
    expect(responses()).toEqual([GONE]);
  });

  it('a dossier id the library never had is treated the same', async () => {
    await moreResults(fixture.deps)(args(ACTION.more, ref({ dossierId: 'syrie' })));
    expect(responses()).toEqual([GONE]);
  });

  it.each([['not json'], [JSON.stringify({ d: 'kazakhstan', q: 'troops', o: -5 })], [JSON.stringify({ d: 'kazakhstan', q: 'troops', o: 3, l: '../../etc' })]])('a value this app never made (%s) gets the same answer', async (value) => {
    await shareAnswer(fixture.deps)(args(ACTION.share, value));
    expect(responses()).toEqual([GONE]);
  });
});

describe('👍 / 👎', () => {
  const feedback = () => fixture.queryLog.entries().filter((e) => e.type === 'feedback');

  it('counts a vote once per person per answer; the second click is "already rated"', async () => {
    const logId = fixture.queryLog.asked('kazakhstan', 'troops', 19);
    const value = ref({ logId });
    await recordFeedback(fixture.deps, true)(args(ACTION.helpful, value));
    await recordFeedback(fixture.deps, true)(args(ACTION.helpful, value));
    // Changing one's mind is a second vote on the same answer too.
    await recordFeedback(fixture.deps, false)(args(ACTION.unhelpful, value));
    expect(ack).toHaveBeenCalledTimes(3);
    expect(responses().map((r) => r.text)).toEqual(['Thanks — glad it helped.', 'You already rated this answer — thanks.', 'You already rated this answer — thanks.']);
    for (const r of responses()) expect(r).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(feedback()).toEqual([expect.objectContaining({ id: logId, dossierId: 'kazakhstan', query: 'troops', helpful: true })]);
  });

  it('counts another person’s vote on the same answer', async () => {
    const logId = fixture.queryLog.asked('kazakhstan', 'troops', 19);
    await recordFeedback(fixture.deps, true)(args(ACTION.helpful, ref({ logId }), { user: 'U1' }));
    await recordFeedback(fixture.deps, false)(args(ACTION.unhelpful, ref({ logId }), { user: 'U2' }));
    expect(responses().map((r) => r.text)).toEqual(['Thanks — glad it helped.', 'Thanks — noted for the editors, so the dossier can get better.']);
    expect(feedback().map((e) => e.type === 'feedback' && e.helpful)).toEqual([true, false]);
    expect(JSON.stringify(fixture.queryLog.entries())).not.toMatch(/U1|U2/u);
  });

  it.each([
    ['no log entry', {}],
    ['a log id the log never had', { logId: 'made-up-id' }],
  ])('an answer with %s is "too old to rate" and not counted', async (_label, extra) => {
    await recordFeedback(fixture.deps, true)(args(ACTION.helpful, ref(extra)));
    expect(responses().map((r) => r.text)).toEqual(['That answer is too old to rate; ask again and rate the new one.']);
    expect(feedback()).toEqual([]);
  });

  it('another question under a real log id is not counted', async () => {
    const logId = fixture.queryLog.asked('kazakhstan', 'troops', 19);
    await recordFeedback(fixture.deps, false)(args(ACTION.unhelpful, ref({ logId, query: 'other question' })));
    expect(responses()[0]!.text).toBe('That answer is too old to rate; ask again and rate the new one.');
    expect(feedback()).toEqual([]);
  });

  it('acks a value this app never made, and records nothing', async () => {
    await recordFeedback(fixture.deps, true)(args(ACTION.helpful, 'not json'));
    expect(ack).toHaveBeenCalledTimes(1);
    expect(feedback()).toEqual([]);
  });
});
