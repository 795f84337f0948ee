/** A slow auth.test on first use never makes an ack late: the event goes on without the bot's identity. */
import nock from 'nock';
import { afterAll, describe, expect, it } from 'vitest';
import { botAuthorize } from '../../src/slack/authorize.js';

const API = 'http://slack.authorize.test';
afterAll(() => {
  nock.cleanAll();
});

describe('the bot identity', () => {
  it('answers within a moment while auth.test takes seconds, and knows the identity once it arrives', async () => {
    nock(API).post('/api/auth.test').delay(1500).reply(200, { ok: true, user_id: 'UBOT', bot_id: 'BBOT' });
    const authorize = botAuthorize('xoxb-test', { slackApiUrl: `${API}/api/` }, () => undefined);
    const started = Date.now();
    const first = await authorize({ isEnterpriseInstall: false, teamId: 'T1', enterpriseId: undefined });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(first).toEqual({ botToken: 'xoxb-test' });
    await new Promise((resolve) => setTimeout(resolve, 1700));
    expect(await authorize({ isEnterpriseInstall: false, teamId: 'T1', enterpriseId: undefined })).toEqual({ botToken: 'xoxb-test', botUserId: 'UBOT', botId: 'BBOT' });
  });
});
