/**
 * Files and links shared with the bot in a direct message or a mention become articles after the
 * editor's preview: the listeners called directly with a fake client, the shared file served by
 * nock at Slack's file host (`url_private_download`, bot token as Bearer), knowledge in a temp copy.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { loadLibrary } from '../../../../src/library/loadLibrary.js';
import { ACTION } from '../../../../src/slack/blocks/actionIds.js';
import { createEditorial } from '../../../../src/slack/editArticles.js';
import { addArticle } from '../../../../src/slack/listeners/actions/articleActions.js';
import { appMention } from '../../../../src/slack/listeners/events/appMention.js';
import { directMessage } from '../../../../src/slack/listeners/events/directMessage.js';
import { KNOWLEDGE } from '../../../helpers/seeds.js';
import { asWebClient, BOT_USER, fakeClient, fakeDeps, fakeLogger, removeTempDirs, shown, type FakeClient, type Fixture } from '../fakes.js';

const EDITOR = 'U0EDITOR1';
const REPORTER = 'U0REPORT1';
const TOKEN = 'xoxb-test-files';
const FILES = 'https://files.slack.com';
const TS = '1707806400.000300';
/** An agency text as delivered: a headline line, then paragraphs. */
const AGENCY = [
  'Grens met Kirgizië weer open',
  '',
  'Kazachstan heeft woensdag de grensovergangen met Kirgizië weer geopend, meldt het ministerie van Binnenlandse Zaken.',
  '',
  'Vrachtwagens met graan stonden volgens de douane sinds vorige week in een file van veertig kilometer.',
  '',
  'De regering in Nur-Sultan belooft dat ook het treinverkeer naar Bisjkek vrijdag wordt hervat.',
  '',
].join('\n');

let fixture: Fixture;
let client: FakeClient & { usergroups: { users: { list: ReturnType<typeof vi.fn> } } };
let knowledge: string;

beforeAll(() => {
  nock.disableNetConnect();
});
afterAll(() => {
  removeTempDirs();
  nock.enableNetConnect();
});
beforeEach(async () => {
  knowledge = mkdtempSync(path.join(tmpdir(), 'share-knowledge-'));
  cpSync(KNOWLEDGE, knowledge, { recursive: true });
  fixture = await fakeDeps(await loadLibrary(knowledge));
  const { library, store } = fixture;
  fixture.deps.editorial = createEditorial({ knowledgeDir: knowledge, editors: { users: [EDITOR], groups: ['S0DESK'] }, ingestAllowHosts: [] }, store, async () => library.replace(await loadLibrary(knowledge)));
  client = Object.assign(fakeClient(), { usergroups: { users: { list: vi.fn(async () => ({ ok: true, users: ['U0DESK01'] })) } } });
});
afterEach(() => {
  nock.cleanAll();
  rmSync(knowledge, { recursive: true, force: true });
});

type MessageArgs = AllMiddlewareArgs & SlackEventMiddlewareArgs<'message'>;
type MentionArgs = AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_mention'>;
type ButtonArgs = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction<ButtonAction>>;

function dm(message: Record<string, unknown>): MessageArgs {
  const full = { type: 'message', channel_type: 'im', channel: 'D024BE91L', user: EDITOR, text: '', ts: TS, event_ts: TS, ...message };
  return {
    message: full,
    event: full,
    payload: full,
    body: { type: 'event_callback', team_id: 'T0001', api_app_id: 'A1', event_id: 'Ev0FILE1', event_time: 1707806400, event: full },
    say: vi.fn(),
    ack: vi.fn(),
    client: asWebClient(client),
    logger: fakeLogger(),
    context: { botUserId: BOT_USER, botToken: TOKEN },
    next: vi.fn(),
  } as unknown as MessageArgs;
}

const sharedFile = (name: string, extra: Record<string, unknown> = {}) => ({ id: 'F0001', name, size: AGENCY.length, url_private_download: `${FILES}/files-pri/T0001-F0001/download/${name}`, ...extra });

interface Ephemeral {
  channel: string;
  user: string;
  thread_ts?: string;
  text: string;
  blocks: Array<{ type: string; elements?: Array<{ action_id?: string; value?: string }> }>;
}

const ephemerals = (): Ephemeral[] => client.chat.postEphemeral.mock.calls.map((call) => call[0] as Ephemeral);
const articleFiles = (): string[] => readdirSync(path.join(knowledge, 'kazakhstan')).filter((f) => f.endsWith('.md'));

async function clickAdd(value: string, user = EDITOR): Promise<{ text?: string }> {
  const respond = vi.fn(async (_message: { text?: string }) => undefined);
  const action = { type: 'button', action_id: ACTION.addArticle, block_id: 'article_preview', value, text: { type: 'plain_text', text: 'Add to dossier' }, action_ts: TS };
  await addArticle(fixture.deps)({ action, payload: action, body: { type: 'block_actions', user: { id: user }, actions: [action] }, ack: vi.fn(async () => undefined), respond, client: asWebClient(client), logger: fakeLogger(), context: {}, next: vi.fn() } as unknown as ButtonArgs);
  return respond.mock.calls[0]?.[0] ?? {};
}

describe('a file shared with the bot in a direct message', () => {
  it('is downloaded with the bot token, previewed to the editor only, and added on the click', async () => {
    const download = nock(FILES).get('/files-pri/T0001-F0001/download/grens.txt').matchHeader('authorization', `Bearer ${TOKEN}`).reply(200, AGENCY);
    await directMessage(fixture.deps)(dm({ subtype: 'file_share', files: [sharedFile('grens.txt')] }));
    expect(download.isDone()).toBe(true);
    expect(client.chat.postMessage).not.toHaveBeenCalled();
    const [preview] = ephemerals();
    expect(preview).toMatchObject({ channel: 'D024BE91L', user: EDITOR });
    expect(shown(preview)).toContain('Kazachstan heeft woensdag de grensovergangen met Kirgizië weer geopend');
    expect(preview?.text).toContain('source unknown, date unknown');
    const value = preview?.blocks.flatMap((b) => b.elements ?? []).find((e) => e.action_id === ACTION.addArticle)?.value ?? '';

    const before = articleFiles().length;
    expect((await clickAdd(value))?.text).toMatch(/^Added “Kazachstan heeft woensdag de grensovergangen/u);
    expect(articleFiles()).toHaveLength(before + 1);
    const index = fixture.library.current().byId('kazakhstan');
    expect(index?.dossier.articles.some((a) => a.paragraphs.some((p) => p.sentences.some((s) => s.includes('file van veertig kilometer'))))).toBe(true);
  });

  it('is refused for a reporter, saying whom to ask, without downloading it', async () => {
    const download = nock(FILES).get(/.*/u).reply(200, AGENCY);
    await directMessage(fixture.deps)(dm({ subtype: 'file_share', user: REPORTER, files: [sharedFile('grens.txt')] }));
    expect(download.isDone()).toBe(false);
    expect(ephemerals()[0]?.text).toContain("Only the dossier's editors can change /kazakhstan");
    expect(shown(ephemerals()[0])).toContain(`<@${EDITOR}>, <!subteam^S0DESK>`);
  });

  it('counts a member of the editors’ user group as an editor', async () => {
    nock(FILES).get('/files-pri/T0001-F0001/download/grens.txt').reply(200, AGENCY);
    await directMessage(fixture.deps)(dm({ subtype: 'file_share', user: 'U0DESK01', files: [sharedFile('grens.txt')] }));
    expect(client.usergroups.users.list).toHaveBeenCalledWith({ usergroup: 'S0DESK' });
    expect(ephemerals()[0]?.text).toMatch(/^Add “Kazachstan heeft woensdag/u);
  });

  it.each([
    ['a PDF', sharedFile('rapport.pdf'), /rapport\.pdf was not added: only \.txt, \.md and \.html files can be added/u],
    ['a file over the size limit', sharedFile('groot.txt', { size: 50 * 1024 * 1024 }), /groot\.txt was not added: groot\.txt is larger than/u],
    ['a file not on Slack', sharedFile('elders.txt', { url_private_download: 'https://elders.example/elders.txt' }), /elders\.txt is not stored on Slack/u],
  ])('refuses %s, with the reason, and never sends the token elsewhere', async (_what, file, reason) => {
    nock(FILES).get(/.*/u).reply(200, AGENCY);
    await directMessage(fixture.deps)(dm({ subtype: 'file_share', files: [file] }));
    expect(ephemerals()[0]?.text).toMatch(reason);
    expect(articleFiles()).toHaveLength(2);
  });

  it('says what Slack refused when the app cannot download (a redirect to the login page)', async () => {
    nock(FILES).get(/.*/u).reply(302, '', { location: 'https://newsroom.slack.com/?redir=files' });
    await directMessage(fixture.deps)(dm({ subtype: 'file_share', files: [sharedFile('grens.txt')] }));
    expect(ephemerals()[0]?.text).toMatch(/needs the files:read scope/u);
  });
});

describe('adding exactly once', () => {
  const previewOf = async (user: string): Promise<string> => {
    client.chat.postEphemeral.mockClear();
    nock(FILES).get('/files-pri/T0001-F0001/download/grens.txt').reply(200, AGENCY);
    await directMessage(fixture.deps)(dm({ subtype: 'file_share', user, files: [sharedFile('grens.txt')] }));
    return ephemerals()[0]?.blocks.flatMap((b) => b.elements ?? []).find((e) => e.action_id === ACTION.addArticle)?.value ?? '';
  };

  it('takes one of two editors adding the same article at the same moment, and tells the other which article has it', async () => {
    const first = await previewOf(EDITOR);
    const second = await previewOf('U0DESK01');
    const before = articleFiles().length;
    const outcomes = await Promise.all([clickAdd(first, EDITOR), clickAdd(second, 'U0DESK01')]);
    expect(articleFiles()).toHaveLength(before + 1);
    expect(outcomes.filter((o) => o.text?.startsWith('Added'))).toHaveLength(1);
    expect(outcomes.filter((o) => /was not added: this text is already in the dossier as kazachstan-heeft-woensdag-de-grensovergangen-met-kirgizie\.md/u.test(o.text ?? ''))).toHaveLength(1);
  });

  it('never writes an article twice when the audit log fails after the file is in: the next click finds it done, the operators are told', async () => {
    const logged: string[] = [];
    const failingAudit = Object.assign(Object.create(fixture.store) as typeof fixture.store, {
      append: async () => {
        throw new Error('disk full');
      },
    });
    const { library } = fixture;
    fixture.deps.editorial = createEditorial({ knowledgeDir: knowledge, editors: { users: [EDITOR], groups: [] }, ingestAllowHosts: [] }, failingAudit, async () => library.replace(await loadLibrary(knowledge)), (m) => logged.push(m));
    const value = await previewOf(EDITOR);
    const before = articleFiles().length;
    expect((await clickAdd(value)).text).toMatch(/^Added/u);
    expect((await clickAdd(value)).text).toBe('That was already done.');
    expect(articleFiles()).toHaveLength(before + 1);
    expect(logged).toEqual([expect.stringMatching(/^audit entry not written for the article added as kazakhstan\/kazachstan-heeft-woensdag.*: disk full$/u)]);
  });
});

describe('a file that is no article', () => {
  it('leaves a question with a screenshot in a mention to be answered, publicly, as before', async () => {
    const event = { type: 'app_mention', channel: 'C0DESK', user: REPORTER, text: `<@${BOT_USER}> wie is Nazarbajev?`, ts: TS, event_ts: TS, files: [sharedFile('scherm.png')] };
    await appMention(fixture.deps)({ event, payload: event, body: { type: 'event_callback', event_id: 'Ev0SHOT', event }, say: vi.fn(), client: asWebClient(client), logger: fakeLogger(), context: { botUserId: BOT_USER, botToken: TOKEN }, next: vi.fn() } as unknown as MentionArgs);
    expect(client.chat.postEphemeral).not.toHaveBeenCalled();
    expect(client.chat.postMessage).toHaveBeenCalledTimes(1);
  });

  it('answers a direct message with words and a picture as the question it is', async () => {
    await directMessage(fixture.deps)(dm({ subtype: 'file_share', user: REPORTER, text: 'wie is Nazarbajev?', files: [sharedFile('scherm.png')] }));
    expect(client.chat.postMessage).toHaveBeenCalledTimes(1);
    expect(client.chat.postEphemeral).not.toHaveBeenCalled();
  });
});

describe('a link in a mention', () => {
  it('previews the article in the thread, to the editor only; a question in a mention is still answered publicly', async () => {
    const mention = (text: string): MentionArgs => {
      const event = { type: 'app_mention', channel: 'C0DESK', user: EDITOR, text, ts: TS, event_ts: TS };
      return { event, payload: event, body: { type: 'event_callback', event_id: 'Ev0MENTION', event }, say: vi.fn(), client: asWebClient(client), logger: fakeLogger(), context: { botUserId: BOT_USER, botToken: TOKEN }, next: vi.fn() } as unknown as MentionArgs;
    };
    await appMention(fixture.deps)(mention(`<@${BOT_USER}> add <https://krant.example/a>`));
    const [refused] = ephemerals();
    expect(refused).toMatchObject({ channel: 'C0DESK', user: EDITOR, thread_ts: TS });
    // .example names never resolve (RFC 2606): the lookup is refused before any request, and said.
    expect(refused?.text).toBe('https://krant.example/a was not added: the host krant.example cannot be found. Nothing changed in the dossier.');
    expect(client.chat.postMessage).not.toHaveBeenCalled();

    await appMention(fixture.deps)(mention(`<@${BOT_USER}> wie is Nazarbajev?`));
    expect(client.chat.postMessage).toHaveBeenCalledTimes(1);
  });
});
