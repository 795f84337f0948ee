/** Who may change a dossier: listed users, and members of listed user groups (asked of Slack, cached a minute). */
import { describe, expect, it, vi } from 'vitest';
import type { webApi } from '@slack/bolt';
import { editorCheck } from '../../src/slack/editors.js';

function clientWith(members: Record<string, string[]>) {
  const list = vi.fn(async ({ usergroup }: { usergroup: string }) => ({ ok: true, users: members[usergroup] ?? [] }));
  return { list, client: { usergroups: { users: { list } } } as unknown as webApi.WebClient };
}

describe('editorCheck', () => {
  it('takes listed users without asking Slack, and nobody else when no group is listed', async () => {
    const { list, client } = clientWith({});
    const check = editorCheck({ users: ['U0EDITOR1'], groups: [] });
    expect(await check.isEditor('U0EDITOR1', client)).toBe(true);
    expect(await check.isEditor('U0REPORT1', client)).toBe(false);
    expect(list).not.toHaveBeenCalled();
  });

  it('asks Slack for a group’s members once a minute, so a change of the group counts soon', async () => {
    let now = 0;
    const members: Record<string, string[]> = { S0DESK: ['U0DESK01'] };
    const { list, client } = clientWith(members);
    const check = editorCheck({ users: [], groups: ['S0DESK'] }, () => undefined, () => now);
    expect(await check.isEditor('U0DESK01', client)).toBe(true);
    expect(await check.isEditor('U0DESK02', client)).toBe(false);
    expect(list).toHaveBeenCalledTimes(1);
    members.S0DESK = ['U0DESK02'];
    now += 61_000;
    expect(await check.isEditor('U0DESK02', client)).toBe(true);
    expect(await check.isEditor('U0DESK01', client)).toBe(false);
    expect(list).toHaveBeenCalledTimes(2);
  });

  it('counts nobody through a group Slack will not list (a missing scope), tells the operators, and asks again later', async () => {
    const logged: string[] = [];
    const list = vi.fn(async () => {
      throw Object.assign(new Error('An API error occurred: missing_scope'), { data: { ok: false, error: 'missing_scope' } });
    });
    const client = { usergroups: { users: { list } } } as unknown as webApi.WebClient;
    const check = editorCheck({ users: ['U0EDITOR1'], groups: ['S0DESK'] }, (m) => logged.push(m));
    expect(await check.isEditor('U0DESK01', client)).toBe(false);
    expect(await check.isEditor('U0EDITOR1', client)).toBe(true);
    expect(logged).toEqual(['EDITORS group S0DESK: Slack would not list its members (missing_scope); its members are not counted as editors']);
  });

  it('says whom to ask as mentions, or that no editors are set', () => {
    expect(editorCheck({ users: ['U0EDITOR1'], groups: ['S0DESK'] }).whomToAsk()).toBe('<@U0EDITOR1>, <!subteam^S0DESK>');
    expect(editorCheck({ users: [], groups: [] }).whomToAsk()).toMatch(/no editors are set in EDITORS/u);
  });
});
