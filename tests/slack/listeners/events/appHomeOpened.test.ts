/** Opening the Home tab, called directly with a fake client: the view published for that user. */
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { appHomeOpened } from '../../../../src/slack/listeners/events/appHomeOpened.js';
import { kazakhstan } from '../../../helpers/seeds.js';
import { tinyIndex } from '../../../helpers/tinyDossier.js';
import { asWebClient, fakeClient, fakeDeps, fakeLogger, libraryOf, removeTempDirs, type FakeClient, type Fixture } from '../fakes.js';

type HomeArgs = AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_home_opened'>;

let fixture: Fixture;
let client: FakeClient;

beforeEach(async () => {
  fixture = await fakeDeps();
  client = fakeClient();
});
afterAll(removeTempDirs);

function args(event: Record<string, unknown> = {}): HomeArgs {
  const full = { type: 'app_home_opened', user: 'U2147483697', channel: 'D024BE91L', tab: 'home', event_ts: '1707806500.000100', ...event };
  return {
    event: full,
    payload: full,
    body: { type: 'event_callback', team_id: 'T0001', api_app_id: 'A1', event_id: 'Ev0HOME1', event_time: 1707806500, event: full },
    say: vi.fn(),
    ack: vi.fn(),
    client: asWebClient(client),
    logger: fakeLogger(),
    context: { botUserId: 'UBOT' },
    next: vi.fn(),
  } as unknown as HomeArgs;
}

interface Published {
  user_id: string;
  view: { type: string; blocks: Array<{ type: string }> };
}

const published = (): Published => client.views.publish.mock.calls[0]![0] as Published;

describe('the Home tab', () => {
  it('is published once, for the user who opened it, as a home view', async () => {
    await appHomeOpened(fixture.deps)(args());
    expect(client.views.publish).toHaveBeenCalledTimes(1);
    expect(published().user_id).toBe('U2147483697');
    expect(published().view.type).toBe('home');
    expect(published().view.blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: 'Dossier bot' } });
  });

  it('lists the dossier with its command, articles and examples', async () => {
    await appHomeOpened(fixture.deps)(args());
    const view = JSON.stringify(published().view);
    expect(view).toContain('*Onrust in Kazachstan, januari 2022* — `/kazakhstan`');
    expect(view).toMatch(/2 articles, \d+ sentences/u);
    expect(view).toContain('`/kazakhstan wie is Nazarbajev?`');
  });

  it('lists every subcommand: a question, figures, sources, digest, help', async () => {
    await appHomeOpened(fixture.deps)(args());
    const view = JSON.stringify(published().view);
    for (const usage of ['/&lt;dossier&gt; &lt;question&gt;', '/&lt;dossier&gt; figures [topic]', '/&lt;dossier&gt; sources', '/&lt;dossier&gt; digest', '/&lt;dossier&gt; help']) expect(view).toContain(`\`${usage}\``);
  });

  it('lists every dossier loaded, in order', async () => {
    const { deps } = await fakeDeps(libraryOf(await kazakhstan(), tinyIndex({ protest: ['In Almaty vielen doden.'] })));
    await appHomeOpened(deps)(args());
    const view = JSON.stringify(published().view);
    expect(view.indexOf('`/kazakhstan`')).toBeGreaterThan(-1);
    expect(view.indexOf('`/tiny`')).toBeGreaterThan(view.indexOf('`/kazakhstan`'));
  });

  it('shows the library as it is now, after a reload', async () => {
    fixture.library.replace(libraryOf());
    await appHomeOpened(fixture.deps)(args());
    const view = JSON.stringify(published().view);
    expect(view).toContain('_No dossiers are loaded yet._');
    expect(view).not.toContain('/kazakhstan');
  });

  it('publishes nothing when the Messages tab was opened', async () => {
    await appHomeOpened(fixture.deps)(args({ tab: 'messages' }));
    expect(client.views.publish).not.toHaveBeenCalled();
  });
});
