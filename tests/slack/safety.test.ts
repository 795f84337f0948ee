import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Logger } from '@slack/bolt';
import { readConfig } from '../../src/config/readConfig.js';
import { createSlackApp } from '../../src/slack/createApp.js';
import { safely } from '../../src/slack/safely.js';
import { holdLibrary } from '../../src/library/holdLibrary.js';
import { QueryLog } from '../../src/state/queryLog.js';
import { EventClaims } from '../../src/state/eventClaims.js';
import { FileStore } from '../../src/state/store/fileStore.js';
import { Votes } from '../../src/state/votes.js';
import { bundledLibrary } from '../helpers/seeds.js';

function logger(): Logger & { error: ReturnType<typeof vi.fn> } {
  return { debug: vi.fn(), info: vi.fn(), warn: vi.fn(), error: vi.fn(), setLevel: vi.fn(), getLevel: vi.fn(), setName: vi.fn() } as never;
}

describe('a failure while answering', () => {
  it('gives the user a short apology with a reference id, and logs the cause under that id', () => {
    const log = logger();
    const message = safely(() => {
      throw new Error('index exploded');
    }, log, 'answering', () => 'AB12CD');
    expect(message.text).toBe('Sorry, something went wrong answering that (reference AB12CD).');
    expect(JSON.stringify(message.blocks)).toContain('AB12CD');
    expect(JSON.stringify(message)).not.toContain('index exploded');
    expect(String(log.error.mock.calls[0]?.[0])).toMatch(/^\[AB12CD\] answering failed: Error: index exploded/u);
  });
});

describe('connection modes', () => {
  it('builds a Socket Mode app when SLACK_APP_TOKEN is set, without connecting', async () => {
    const settings = readConfig({ SLACK_BOT_TOKEN: 'xoxb-0-socket', SLACK_APP_TOKEN: 'xapp-1-A0-0-socket' });
    if (!settings.ok) throw new Error(settings.errors.join());
    expect(settings.config.mode).toBe('socket');
    const store = new FileStore({ stateDir: mkdtempSync(path.join(tmpdir(), 'safety-')) });
    const app = createSlackApp(settings.config, { library: holdLibrary(await bundledLibrary()), eventClaims: new EventClaims(store), votes: new Votes(store, new QueryLog(), 'k'), queryLog: new QueryLog() });
    expect((app as unknown as { receiver: { constructor: { name: string } } }).receiver.constructor.name).toBe('SocketModeReceiver');
  });
});
