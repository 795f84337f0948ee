import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { bundledLibrary, ROOT } from '../helpers/seeds.js';

interface Manifest {
  _metadata: { major_version: number };
  features: { slash_commands: Array<{ command: string; description: string }>; app_home: { home_tab_enabled: boolean; messages_tab_enabled: boolean } };
  oauth_config: { scopes: { bot: string[] } };
  settings: { event_subscriptions: { bot_events: string[] }; interactivity: { is_enabled: boolean }; socket_mode_enabled: boolean };
}

const manifest = parse(readFileSync(path.join(ROOT, 'manifest.yml'), 'utf8')) as Manifest;

describe('manifest.yml', () => {
  it('has one slash command per dossier in knowledge/, and no other', async () => {
    const library = await bundledLibrary();
    const commands = manifest.features.slash_commands.map((c) => c.command).sort();
    expect(commands).toEqual(library.dossiers.map((d) => d.dossier.command).sort());
  });

  it('subscribes to mentions, DMs and App Home, but not to channel messages', () => {
    const events = manifest.settings.event_subscriptions.bot_events;
    expect(events).toEqual(expect.arrayContaining(['app_mention', 'message.im', 'app_home_opened']));
    expect(events).not.toContain('message.channels');
  });

  it('asks for the least scopes that work', () => {
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual(['app_mentions:read', 'channels:history', 'chat:write', 'commands', 'files:read', 'files:write', 'groups:history', 'im:history', 'im:write', 'mpim:history', 'usergroups:read']);
  });

  it('enables interactivity, the Home tab and Socket Mode', () => {
    expect(manifest._metadata.major_version).toBe(1);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
  });
});
