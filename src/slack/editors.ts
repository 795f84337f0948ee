/**
 * Who may change a dossier from Slack: the users and user groups in EDITORS. A group's members are
 * asked of Slack (usergroups.users.list) and remembered for a minute, so a click costs no call and
 * a change of the group counts soon. With no editors configured, nobody may.
 */
import type { webApi } from '@slack/bolt';
import type { Editors } from '../config/readConfig.js';
import { mapped } from '../lists/loops.js';

const GROUP_MS = 60_000;

export interface EditorCheck {
  isEditor(userId: string, client: webApi.WebClient): Promise<boolean>;
  /** Whom a refused user should ask, as Slack mentions (people and groups). */
  whomToAsk(): string;
}

/** `log`: told (once per group and minute) when Slack will not say who is in a group. */
export function editorCheck(editors: Editors, log: (message: string) => void = () => undefined, now: () => number = Date.now): EditorCheck {
  const groups = new Map<string, { members: Set<string>; until: number }>();
  const membersOf = async (group: string, client: webApi.WebClient): Promise<Set<string>> => {
    const known = groups.get(group);
    if (known && known.until > now()) return known.members;
    let members: Set<string>;
    try {
      members = new Set((await client.usergroups.users.list({ usergroup: group })).users ?? []);
    } catch (error) {
      // A missing usergroups:read scope or a wrong id: nobody counts through this group, politely.
      log(`EDITORS group ${group}: Slack would not list its members (${(error as { data?: { error?: string } }).data?.error ?? (error as Error).message}); its members are not counted as editors`);
      members = new Set();
    }
    groups.set(group, { members, until: now() + GROUP_MS });
    return members;
  };
  return {
    async isEditor(userId, client) {
      if (editors.users.includes(userId)) return true;
      for (const group of editors.groups) if ((await membersOf(group, client)).has(userId)) return true;
      return false;
    },
    whomToAsk() {
      const who = [...mapped(editors.users, (u) => `<@${u}>`), ...mapped(editors.groups, (g) => `<!subteam^${g}>`)];
      return who.length > 0 ? who.join(', ') : 'whoever runs this bot (no editors are set in EDITORS)';
    },
  };
}
