/** `/kazakhstan …` called directly with a fake ack, client and logger: what the ack carries. */
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { loadLibrary } from '../../../../src/library/loadLibrary.js';
import { ACTION, decodeRef } from '../../../../src/slack/blocks/actionIds.js';
import { ACK_DEADLINE_MS, dossierCommand } from '../../../../src/slack/listeners/commands/dossierCommand.js';
import { kazakhstan, ROOT } from '../../../helpers/seeds.js';
import { asWebClient, fakeClient, fakeDeps, fakeLogger, libraryOf, REFERENCE, removeTempDirs, shown, type FakeClient, type FakeLogger, type Fixture } from '../fakes.js';

type CommandArgs = AllMiddlewareArgs & SlackCommandMiddlewareArgs;

interface Acked {
  response_type?: string;
  text?: string;
  blocks?: Array<{ type: string; text?: { text: string }; elements?: Array<{ action_id?: string; value?: string }> }>;
}

let fixture: Fixture;
let ack: Mock;
let client: FakeClient;
let logger: FakeLogger;

beforeEach(async () => {
  fixture = await fakeDeps();
  ack = vi.fn(async () => undefined);
  client = fakeClient();
  logger = fakeLogger();
});
afterAll(removeTempDirs);

function args(command: string, text: string): CommandArgs {
  return {
    command: { command, text, user_id: 'U2147483697', user_name: 'reporter', channel_id: 'C123ABC456', channel_name: 'newsroom', team_id: 'T0001', team_domain: 'krant', response_url: 'https://hooks.slack.test/commands/1', trigger_id: '1.2.3', api_app_id: 'A1', token: 'x' },
    body: {},
    ack,
    respond: vi.fn(),
    say: vi.fn(),
    client: asWebClient(client),
    logger,
    context: { botUserId: 'UBOT' },
    next: vi.fn(),
    payload: {},
  } as unknown as CommandArgs;
}

async function run(command: string, text: string, deps = fixture.deps): Promise<Acked> {
  await dossierCommand(deps)(args(command, text));
  expect(ack).toHaveBeenCalledTimes(1);
  return ack.mock.calls[0]![0] as Acked;
}

const actionIds = (message: Acked): string[] => (message.blocks ?? []).flatMap((b) => (b.elements ?? []).map((e) => e.action_id ?? '')).filter(Boolean);

describe('a question', () => {
  it('acks once, ephemeral, with cited sentences and the Share button', async () => {
    const message = await run('/kazakhstan', 'troops');
    expect(message.response_type).toBe('ephemeral');
    expect(message.text).toMatch(/troepen|militairen|troepenmacht/u);
    const blocks = JSON.stringify(message.blocks);
    expect(blocks).toContain('You asked */kazakhstan* troops');
    expect(blocks).toMatch(/\*1\.\* .*\*(?:troepen|troepenmacht|militairen)\*/u);
    // Every sentence is followed by its citation, with the paragraph it came from.
    const contexts = (message.blocks ?? []).filter((b) => b.type === 'context');
    expect(contexts.length).toBeGreaterThan(0);
    expect(JSON.stringify(contexts)).toMatch(/¶\d+/u);
    expect(actionIds(message)).toEqual(expect.arrayContaining([ACTION.share, ACTION.helpful, ACTION.unhelpful]));
  });

  it('finds the dossier by its command in any case', async () => {
    const message = await run('/Kazakhstan', 'troops');
    expect(JSON.stringify(message.blocks)).toContain('You asked */kazakhstan* troops');
  });

  it('logs the question once and its buttons carry the log entry', async () => {
    const message = await run('/kazakhstan', 'hoeveel gearresteerd');
    const asked = fixture.queryLog.entries();
    expect(asked).toEqual([expect.objectContaining({ type: 'asked', dossierId: 'kazakhstan', query: 'hoeveel gearresteerd' })]);
    const share = (message.blocks ?? []).flatMap((b) => b.elements ?? []).find((e) => e.action_id === ACTION.share);
    expect(decodeRef(share?.value)).toEqual({ dossierId: 'kazakhstan', query: 'hoeveel gearresteerd', offset: 0, logId: asked[0]!.id });
  });

  it('says there is nothing when the dossier cannot answer, and points at help', async () => {
    const message = await run('/kazakhstan', 'vaccine');
    expect(message.response_type).toBe('ephemeral');
    expect(message.text).toContain('No sentence in Onrust in Kazachstan, januari 2022 answers “vaccine”');
    expect(JSON.stringify(message.blocks)).toContain('/kazakhstan help');
  });

  it('never opens a direct message for a question', async () => {
    await run('/kazakhstan', 'troops');
    expect(client.conversations.open).not.toHaveBeenCalled();
    expect(client.filesUploadV2).not.toHaveBeenCalled();
  });

  it('acks an apology with a reference when answering fails, never an error or silence', async () => {
    const kz = await kazakhstan();
    // Found by its command, but everything else about it throws.
    const exploding = new Proxy(kz, {
      get(target, property) {
        if (property === 'dossier') return target.dossier;
        throw new Error('index exploded');
      },
    });
    const { deps } = await fakeDeps(libraryOf(exploding));
    const message = await run('/kazakhstan', 'troops', deps);
    expect(message.response_type).toBe('ephemeral');
    expect(message.text).toBe(`Sorry, something went wrong answering that (reference ${REFERENCE}).`);
    expect(JSON.stringify(message)).not.toContain('index exploded');
    expect(String(logger.error.mock.calls[0]?.[0])).toMatch(new RegExp(`^\\[${REFERENCE}\\] answering in /kazakhstan failed: Error: index exploded`, 'u'));
  });
});

describe('help', () => {
  it.each([['help'], ['hulp'], [''], ['   ']])('acks %j with the help, listing every subcommand', async (text) => {
    const message = await run('/kazakhstan', text);
    expect(message.response_type).toBe('ephemeral');
    expect(message.text).toContain('/kazakhstan');
    const blocks = JSON.stringify(message.blocks);
    for (const usage of ['/kazakhstan &lt;question&gt;', '/kazakhstan figures [topic]', '/kazakhstan sources', '/kazakhstan digest', '/kazakhstan help']) expect(blocks).toContain(`\`${usage}\``);
    expect(blocks).toContain('`/kazakhstan wie is Nazarbajev?`');
    expect(actionIds(message)).toEqual([]);
  });
});

describe('a command with no dossier', () => {
  it('acks "There is no dossier called /syrie", listing the dossiers', async () => {
    const message = await run('/syrie', 'troops');
    expect(message).toEqual({ response_type: 'ephemeral', text: 'There is no dossier called /syrie. Dossiers: /kazakhstan.' });
    expect(fixture.queryLog.entries()).toEqual([]);
  });

  it('says so when no dossier is loaded at all', async () => {
    const { deps } = await fakeDeps(libraryOf());
    const message = await run('/kazakhstan', 'troops', deps);
    expect(message).toEqual({ response_type: 'ephemeral', text: 'No dossiers are loaded yet: an editor adds a folder of articles to the knowledge folder.' });
  });

  it('escapes the command name it echoes', async () => {
    const message = await run('/a&b<c>', 'troops');
    expect(message.text).toBe('There is no dossier called /a&amp;b&lt;c&gt;. Dossiers: /kazakhstan.');
  });
});

describe('escaping what is echoed', () => {
  // As typed (the console) and as Slack sends a typed `<`, `>`, `&` (already escaped once).
  it.each([
    ['troops <b> & x > y', 'troops &lt;b&gt; &amp; x &gt; y'],
    ['troops &lt;b&gt; &amp; x &gt; y', 'troops &lt;b&gt; &amp; x &gt; y'],
  ])('%j is shown as %j, in blocks and fallback text', async (text, echoed) => {
    const message = await run('/kazakhstan', text);
    expect(message.blocks?.[0]?.text?.text).toBe(`You asked */kazakhstan* ${echoed}`);
    expect(message.text).toContain(echoed);
    const all = shown(message);
    expect(all).not.toMatch(/<b>|&amp;(?:amp|lt|gt);/u);
    expect(all).not.toMatch(/ > y| & x/u);
  });

  it('drops Slack mentions from the echo, so nobody is notified', async () => {
    const message = await run('/kazakhstan', 'troops <!channel> <@U999> &amp; more');
    const all = shown(message);
    expect(all).not.toMatch(/<!channel>|<@U999>|U999/u);
    expect(message.blocks?.[0]?.text?.text).toBe('You asked */kazakhstan* troops &amp; more');
  });
});

describe('the fallback text', () => {
  it.each([
    ['troops', 'troops'],
    ['help', 'help'],
    ['nothing', ''],
    ['sources', 'sources'],
    ['figures deaths', 'figures deaths'],
    ['digest (no digest source)', 'digest'],
    ['no answer', 'vaccine'],
    ['a 3,520-character question', 'troepen '.repeat(440)],
  ])('is always there for %s', async (_label, text) => {
    const message = await run('/kazakhstan', text);
    expect(typeof message.text).toBe('string');
    expect(message.text!.trim().length).toBeGreaterThan(0);
  });

  it('is there for an unknown command too', async () => {
    expect((await run('/syrie', 'help')).text).toMatch(/\S/u);
  });
});

describe('figures with a measure that moved', () => {
  const followup = path.join(ROOT, 'tests/fixtures/knowledge-followup');

  it('acks the table first, then sends the chart to the asker’s direct message', async () => {
    const { deps } = await fakeDeps(await loadLibrary(followup));
    const message = await run('/kazakhstan', 'figures arrests', deps);
    expect(JSON.stringify(message.blocks)).toContain('How Arrestaties moved');
    expect(client.conversations.open).toHaveBeenCalledExactlyOnceWith({ users: 'U2147483697' });
    expect(client.filesUploadV2).toHaveBeenCalledTimes(1);
    expect(client.filesUploadV2.mock.calls[0]![0]).toMatchObject({ channel_id: 'D0ASKER', filename: 'arrestaties.png' });
    expect(ack.mock.invocationCallOrder[0]!).toBeLessThan(client.conversations.open.mock.invocationCallOrder[0]!);
  });

  it('only warns when the direct message cannot be opened: the answer was already acked', async () => {
    client.conversations.open.mockRejectedValueOnce(Object.assign(new Error('An API error occurred: missing_scope'), { data: { ok: false, error: 'missing_scope' } }));
    const { deps } = await fakeDeps(await loadLibrary(followup));
    await expect(run('/kazakhstan', 'figures arrests', deps)).resolves.toMatchObject({ response_type: 'ephemeral' });
    expect(client.filesUploadV2).not.toHaveBeenCalled();
    expect(logger.warn).toHaveBeenCalledWith('figures chart not sent: missing_scope');
  });

  it('sends no chart for figures that did not move', async () => {
    await run('/kazakhstan', 'figures troops');
    expect(client.conversations.open).not.toHaveBeenCalled();
  });
});

describe('an answer that would outlast the ack', () => {
  const busy = (expectedMs: number) => ({ run: <T>(job: () => T) => Promise.resolve(job()), waiting: 40, expectedMs: () => expectedMs });

  it('acks "Searching…" at once and replaces it with the answer through response_url', async () => {
    const commandArgs = args('/kazakhstan', 'troops <b>');
    await dossierCommand({ ...fixture.deps, turns: busy(5000) })(commandArgs);
    expect(ack).toHaveBeenCalledTimes(1);
    const acked = ack.mock.calls[0]![0] as Acked;
    expect(acked.text).toMatch(/^Searching .* for “troops &lt;b&gt;”…$/u);
    expect(acked.response_type).toBe('ephemeral');
    const respond = commandArgs.respond as unknown as Mock;
    expect(respond).toHaveBeenCalledTimes(1);
    const answered = respond.mock.calls[0]![0] as Acked & { replace_original?: boolean };
    expect(answered).toMatchObject({ response_type: 'ephemeral', replace_original: true });
    expect(answered.text).toMatch(/troepen|militairen|troepenmacht/u);
  });

  it('carries the answer in the ack when it is expected within the budget', async () => {
    const commandArgs = args('/kazakhstan', 'troops');
    await dossierCommand({ ...fixture.deps, turns: busy(200) })(commandArgs);
    expect((ack.mock.calls[0]![0] as Acked).text).toMatch(/troepen|militairen|troepenmacht/u);
    expect(commandArgs.respond as unknown as Mock).not.toHaveBeenCalled();
  });
});

describe('an answer that is late after all', () => {
  it('acks "Searching…" when the deadline passes first, then sends the answer through response_url', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      let release: () => void = () => undefined;
      const gate = new Promise<void>((resolve) => {
        release = resolve;
      });
      const late = { run: async <T>(job: () => T) => gate.then(job), waiting: 0, expectedMs: () => 0 };
      const commandArgs = args('/kazakhstan', 'troops');
      const running = dossierCommand({ ...fixture.deps, turns: late })(commandArgs);
      await vi.advanceTimersByTimeAsync(ACK_DEADLINE_MS);
      expect(ack).toHaveBeenCalledTimes(1);
      expect((ack.mock.calls[0]![0] as Acked).text).toMatch(/^Searching /u);
      release();
      await running;
      const respond = commandArgs.respond as unknown as Mock;
      expect(respond).toHaveBeenCalledTimes(1);
      expect((respond.mock.calls[0]![0] as Acked).text).toMatch(/troepen|militairen|troepenmacht/u);
    } finally {
      vi.useRealTimers();
    }
  });
});
