/**
 * An editor adds a news article from Slack and reporters get answers from it, end to end: the real
 * app over HTTP with signed requests, a newsroom page served on a local port (allowed through
 * INGEST_ALLOW_HOSTS), the Web API and `response_url` mocked by nock, knowledge in a temp copy.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import nock from 'nock';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ACTION } from '../../../../src/slack/blocks/actionIds.js';
import { AuditLog } from '../../../../src/state/auditLog.js';
import { FileStore } from '../../../../src/state/store/fileStore.js';
import { API_HOST, startSlackApp, type RunningApp } from '../../../helpers/slackApp.js';
import { buttonClick, postToSlackEndpoint, SIGNING_SECRET, slashCommand } from '../../../helpers/slackRequests.js';
import { leaks } from '../../../helpers/logScan.js';
import { KNOWLEDGE, ROOT } from '../../../helpers/seeds.js';

const EDITOR = 'U0EDITOR1';
const PAGE = readFileSync(path.join(ROOT, 'tests/fixtures/html/artikel-jsonld.html'), 'utf8');
const OTHER_EDITOR = 'U0EDITOR2';
const REPORTER = 'U0REPORT1';
/** A second article: another headline and other sentences, same page structure. */
const SPEECH = PAGE.replace(/Kazachse president dankt Rusland voor troepen/gu, 'Tokajev spreekt het volk toe').replace(/<p>(?!Wij|Waarom|Deel|Vijf|©)/gu, '<p>In een toespraak op dinsdag zei de president: ');
const HOOKS = 'https://hooks.slack.test';

let running: RunningApp;
let page: Server;
let pageUrl: string;
let knowledge: string;

interface Message {
  text?: string;
  response_type?: string;
  replace_original?: boolean;
  blocks?: Array<{ type: string; elements?: Array<{ action_id?: string; value?: string }> }>;
}

/** The next message posted to a response_url path. */
function nextResponse(pathname: string): Promise<Message> {
  return new Promise((resolve) => {
    nock(HOOKS)
      .post(pathname)
      .reply(200, (_uri, body) => {
        resolve(body as Message);
        return { ok: true };
      });
  });
}

const buttonValue = (message: Message, actionId: string): string => {
  const value = (message.blocks ?? []).flatMap((b) => b.elements ?? []).find((e) => e.action_id === actionId)?.value;
  if (value === undefined) throw new Error(`no ${actionId} button in ${JSON.stringify(message)}`);
  return value;
};

/** A slash command as `user`; its ack, and what follows through response_url. */
async function command(text: string, user: string): Promise<{ ack: Message; followUp: Promise<Message> }> {
  const followUp = nextResponse('/commands/T0001/1/abc');
  const response = await postToSlackEndpoint(running.port, slashCommand('/kazakhstan', text, { user_id: user }));
  expect(response.status).toBe(200);
  return { ack: JSON.parse(response.text) as Message, followUp };
}

async function click(actionId: string, value: string, user: string): Promise<Message> {
  const outcome = nextResponse('/actions/T0001/2/def');
  const response = await postToSlackEndpoint(running.port, buttonClick(actionId, value, { user }));
  expect(response.status).toBe(200);
  return outcome;
}

async function ask(question: string): Promise<string> {
  const response = await postToSlackEndpoint(running.port, slashCommand('/kazakhstan', question, { user_id: REPORTER }));
  return response.text;
}

const articleFiles = (): string[] => readdirSync(path.join(knowledge, 'kazakhstan')).filter((f) => f.endsWith('.md'));

beforeAll(async () => {
  nock.disableNetConnect();
  nock.enableNetConnect(/127\.0\.0\.1/u);
  knowledge = mkdtempSync(path.join(tmpdir(), 'editorial-knowledge-'));
  cpSync(KNOWLEDGE, knowledge, { recursive: true });
  page = createServer((req, res) => {
    const route = req.url?.split('?')[0];
    const body = route === '/buitenland/kazachstan-dankt-rusland' ? PAGE : route === '/binnenland/toespraak' ? SPEECH : undefined;
    if (body) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(body);
    } else {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('<html><body>Niet gevonden</body></html>');
    }
  });
  await new Promise<void>((resolve) => page.listen(0, '127.0.0.1', resolve));
  pageUrl = `http://127.0.0.1:${(page.address() as AddressInfo).port}/buitenland/kazachstan-dankt-rusland`;
  running = await startSlackApp(undefined, knowledge, { editors: `${EDITOR},${OTHER_EDITOR}`, allowHosts: '127.0.0.1' });
});
afterAll(async () => {
  await running.stop();
  // Editors and reporters by id in every request above: none of them, nor a secret, in the log.
  expect(leaks(running.log.lines, ['xoxb-test-test', SIGNING_SECRET, EDITOR, OTHER_EDITOR, REPORTER, 'U2147483697'])).toEqual([]);
  await new Promise((resolve) => page.close(resolve));
  rmSync(knowledge, { recursive: true, force: true });
  nock.cleanAll();
  nock.enableNetConnect();
});
beforeEach(() => {
  nock.cleanAll();
  nock(API_HOST).persist().post(/\/api\/.*/u).reply(200, { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T0001' });
});

describe('an editor adds an article by its link', () => {
  it('previews it, adds it on the click, and reporters get answers citing its title, outlet, date and link', async () => {
    expect(await ask('wanneer begint de vredesmacht met vertrekken')).not.toContain('binnen twee dagen');
    const before = articleFiles().length;

    const { ack, followUp } = await command(`add <${pageUrl}>`, EDITOR);
    expect(ack.response_type).toBe('ephemeral');
    expect(ack.text).toContain('Reading');
    const preview = await followUp;
    expect(preview.replace_original).toBe(true);
    const shown = JSON.stringify(preview.blocks);
    expect(shown).toContain('Kazachse president dankt Rusland voor troepen');
    expect(shown).toContain('Testkrant, 2022-01-10');
    expect(shown).toContain('https://www.testkrant.example/buitenland/kazachstan-dankt-rusland');
    expect(shown).toMatch(/4 paragraphs, \d+ sentences/u);
    expect(shown).toContain('De Kazachse president Kassym-Jomart Tokajev heeft Rusland maandag bedankt');
    // Nothing is written before the click.
    expect(articleFiles()).toHaveLength(before);

    const added = await click(ACTION.addArticle, buttonValue(preview, ACTION.addArticle), EDITOR);
    expect(added.replace_original).toBe(true);
    expect(JSON.stringify(added.blocks)).toContain(`by <@${EDITOR}>`);
    expect(added.text).toContain('Added “Kazachse president dankt Rusland voor troepen” — Testkrant, 2022-01-10 to /kazakhstan');
    expect(articleFiles()).toHaveLength(before + 1);

    const answer = await ask('wanneer begint de vredesmacht met vertrekken');
    expect(answer).toContain('binnen twee dagen');
    expect(answer).toContain('Kazachse president dankt Rusland voor troepen');
    expect(answer).toContain('Testkrant');
    expect(answer).toContain('https://www.testkrant.example/buitenland/kazachstan-dankt-rusland');

    const audit = await new AuditLog(new FileStore({ stateDir: running.stateDir })).entries();
    expect(audit).toEqual([expect.objectContaining({ action: 'add', dossierId: 'kazakhstan', file: 'kazachse-president-dankt-rusland-voor-troepen.md', editor: EDITOR, from: pageUrl })]);
  });

  it('refuses the same article again, naming the one it duplicates', async () => {
    const before = articleFiles().length;
    const { followUp } = await command(`add ${pageUrl.replace('kazachstan-dankt-rusland', 'kazachstan-dankt-rusland?twee')}`, EDITOR);
    const preview = await followUp;
    // Already in the dossier after the first test: refused, naming the article it duplicates.
    expect(preview.text).toMatch(/was not added: this text is already in the dossier as kazachse-president-dankt-rusland-voor-troepen\.md \(“Kazachse president dankt Rusland voor troepen”/u);
    expect(articleFiles()).toHaveLength(before);
  });

  it('refuses a reporter politely, saying whom to ask, and fetches nothing', async () => {
    const { followUp } = await command(`add ${pageUrl}`, REPORTER);
    const refusal = await followUp;
    expect(refusal.text).toContain("Only the dossier's editors can change /kazakhstan");
    expect(JSON.stringify(refusal.blocks)).toContain(`<@${EDITOR}>`);
  });

  it('says why a link cannot be added: a missing page, a private host', async () => {
    const missing = await (await command(`add ${pageUrl.replace('kazachstan-dankt-rusland', 'weg')}`, EDITOR)).followUp;
    expect(missing.text).toMatch(/was not added: the page answered 404/u);
    const internal = await (await command('add http://10.0.0.1/intranet', EDITOR)).followUp;
    expect(internal.text).toMatch(/private network; an operator can allow it in INGEST_ALLOW_HOSTS/u);
  });

  it('takes the Add click only from the editor who asked for the preview, and Cancel adds nothing', async () => {
    const before = articleFiles().length;
    const preview = await (await command(`add ${pageUrl.replace('buitenland/kazachstan-dankt-rusland', 'binnenland/toespraak')}`, EDITOR)).followUp;
    expect(preview.text).toContain('Add “Tokajev spreekt het volk toe”');
    const pending = buttonValue(preview, ACTION.addArticle);
    expect((await click(ACTION.addArticle, pending, OTHER_EDITOR)).text).toBe('Only the editor who asked for this preview can confirm it.');
    expect((await click(ACTION.cancelArticle, pending, EDITOR)).text).toBe('Cancelled: nothing was added.');
    expect((await click(ACTION.addArticle, pending, EDITOR)).text).toBe('That was already done.');
    expect(articleFiles()).toHaveLength(before);
  });

  it('says so when the page cannot be reached', async () => {
    const { followUp } = await command('add http://127.0.0.1:1/onbereikbaar', EDITOR);
    expect((await followUp).text).toMatch(/was not added: the page could not be fetched/u);
  });
});

describe('an editor removes an article', () => {
  it('asks to confirm, sets the file aside on the click, and reporters no longer get answers from it', async () => {
    const { followUp } = await command('remove kazachse president dankt rusland', EDITOR);
    const confirm = await followUp;
    expect(confirm.text).toContain('Remove “Kazachse president dankt Rusland voor troepen”');
    const value = buttonValue(confirm, ACTION.removeArticle);

    const before = articleFiles().length;
    const refused = await click(ACTION.removeArticle, value, REPORTER);
    expect(refused.text).toContain("Only the dossier's editors can change /kazakhstan");
    expect(articleFiles()).toHaveLength(before);

    const removed = await click(ACTION.removeArticle, value, EDITOR);
    expect(removed.text).toContain('Removed “Kazachse president dankt Rusland voor troepen” from /kazakhstan');
    expect(articleFiles()).toHaveLength(before - 1);
    const aside = readdirSync(path.join(knowledge, 'kazakhstan', '.removed'));
    expect(aside).toEqual([expect.stringMatching(/-kazachse-president-dankt-rusland-voor-troepen\.md$/u)]);
    expect(existsSync(path.join(knowledge, 'kazakhstan', '.removed', aside[0] ?? ''))).toBe(true);
    expect(await ask('wanneer begint de vredesmacht met vertrekken')).not.toContain('binnen twee dagen');

    const again = await click(ACTION.removeArticle, value, EDITOR);
    expect(again.text).toBe('That was already done.');
  });

  it('lists the candidates when the words match more than one article, and names none it cannot find', async () => {
    const none = await (await command('remove brandstofprijzen in Frankrijk', EDITOR)).followUp;
    expect(none.text).toContain('No article in /kazakhstan matches “brandstofprijzen in Frankrijk”');
    const several = await (await command('remove kazach', EDITOR)).followUp;
    expect(several.text).toContain('“kazach” matches 2 articles; name one by its file.');
    expect(JSON.stringify(several.blocks)).toContain('`rusland-stuurt-troepen.md`');
    expect(several.blocks?.some((b) => b.type === 'actions')).toBe(false);
  });
});
