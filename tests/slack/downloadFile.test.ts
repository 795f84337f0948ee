/** Shared files come from Slack with the bot token, and the token goes nowhere else. */
import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { downloadFile } from '../../src/slack/downloadFile.js';

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());

const TOKEN = 'xoxb-test-download';

describe('downloadFile', () => {
  it('downloads url_private_download with the bot token as Bearer', async () => {
    nock('https://files.slack.com').get('/files-pri/T1-F1/download/a.txt').matchHeader('authorization', `Bearer ${TOKEN}`).reply(200, 'Tekst.');
    const got = await downloadFile({ name: 'a.txt', url_private_download: 'https://files.slack.com/files-pri/T1-F1/download/a.txt' }, TOKEN);
    expect(got.ok && Buffer.from(got.bytes).toString()).toBe('Tekst.');
  });

  it('sends the token to the Web API stand-in’s host when SLACK_API_URL names one, and to no other http host', async () => {
    nock('http://slack.test').get('/files/a.txt').matchHeader('authorization', `Bearer ${TOKEN}`).reply(200, 'Tekst.');
    expect((await downloadFile({ name: 'a.txt', url_private_download: 'http://slack.test/files/a.txt' }, TOKEN, { slackApiUrl: 'http://slack.test/api/' })).ok).toBe(true);
    expect(await downloadFile({ name: 'a.txt', url_private_download: 'http://files.slack.com/a.txt' }, TOKEN)).toEqual({ ok: false, reason: 'a.txt is not stored on Slack' });
    expect(await downloadFile({ name: 'a.txt', url_private_download: 'https://slack.com.evil.example/a.txt' }, TOKEN)).toEqual({ ok: false, reason: 'a.txt is not stored on Slack' });
  });

  it('stops reading a file that grows past the cap, though Slack gave no size', async () => {
    nock('https://files.slack.com').get('/big.txt').reply(200, 'x'.repeat(5000));
    const got = await downloadFile({ name: 'big.txt', url_private_download: 'https://files.slack.com/big.txt' }, TOKEN, { maxBytes: 1000 });
    expect(got).toMatchObject({ ok: false, reason: expect.stringMatching(/^big\.txt is larger than/u) });
  });

  it('says when Slack gave no link, or answered with an error', async () => {
    expect(await downloadFile({ name: 'a.txt' }, TOKEN)).toEqual({ ok: false, reason: 'Slack gave no download link for a.txt' });
    nock('https://files.slack.com').get('/gone.txt').reply(404, 'nope');
    expect(await downloadFile({ name: 'gone.txt', url_private_download: 'https://files.slack.com/gone.txt' }, TOKEN)).toEqual({ ok: false, reason: 'Slack answered 404 for gone.txt' });
  });
});
