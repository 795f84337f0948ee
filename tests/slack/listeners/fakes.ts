/**
 * Fakes for calling Slack listeners directly, as slack-samples/bolt-ts-starter-template does: the
 * listener function itself with plain-object arguments and vi.fn() spies — no HTTP, no Bolt App.
 * The dependencies are the real pieces (library, query log, claims, votes) over a temp folder.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { vi, type Mock } from 'vitest';
import type { Logger, webApi } from '@slack/bolt';
import { holdLibrary } from '../../../src/library/holdLibrary.js';
import type { Library } from '../../../src/library/loadLibrary.js';
import type { DossierIndex } from '../../../src/search/sentenceIndex.js';
import type { SlackDeps } from '../../../src/slack/deps.js';
import { EventClaims } from '../../../src/state/eventClaims.js';
import { QueryLog } from '../../../src/state/queryLog.js';
import { FileStore } from '../../../src/state/store/fileStore.js';
import { Votes } from '../../../src/state/votes.js';
import { bundledLibrary } from '../../helpers/seeds.js';

/** The reference id every apology carries in these tests. */
export const REFERENCE = 'REF123';
/** The bot's own user id, as Bolt puts it in `context.botUserId`. */
export const BOT_USER = 'UBOT';

export type FakeLogger = Logger & { debug: Mock; info: Mock; warn: Mock; error: Mock };

export function fakeLogger(): FakeLogger {
  return { debug: vi.fn(), info: vi.fn(), warn: vi.fn(), error: vi.fn(), setLevel: vi.fn(), getLevel: vi.fn(), setName: vi.fn() } as unknown as FakeLogger;
}

/** The Web API methods the listeners call, each a spy answering like Slack does. */
export interface FakeClient {
  chat: { postMessage: Mock; postEphemeral: Mock };
  conversations: { open: Mock; replies: Mock; history: Mock };
  views: { publish: Mock };
  filesUploadV2: Mock;
}

export function fakeClient(): FakeClient {
  return {
    chat: {
      postMessage: vi.fn(async (args: { channel: string }) => ({ ok: true, channel: args.channel, ts: '1707806999.000100' })),
      postEphemeral: vi.fn(async () => ({ ok: true, message_ts: '1707806999.000200' })),
    },
    conversations: {
      open: vi.fn(async () => ({ ok: true, channel: { id: 'D0ASKER' } })),
      replies: vi.fn(async () => ({ ok: true, messages: [] })),
      history: vi.fn(async () => ({ ok: true, messages: [] })),
    },
    views: { publish: vi.fn(async () => ({ ok: true })) },
    filesUploadV2: vi.fn(async () => ({ ok: true, files: [] })),
  };
}

/** A message a listener posted, as chat.postMessage received it. */
export interface PostedMessage {
  channel: string;
  thread_ts?: string;
  text: string;
  blocks?: unknown[];
  metadata?: { event_type: string; event_payload: { tag: string } };
}

/** The first message posted through the fake client. */
export const firstPost = (client: FakeClient): PostedMessage => client.chat.postMessage.mock.calls[0]?.[0] as PostedMessage;

/** The fake typed as the WebClient a listener receives. */
export const asWebClient = (client: FakeClient): webApi.WebClient => client as unknown as webApi.WebClient;

/** What @slack/web-api throws when Slack answers `ok: false` (a permanent refusal). */
export function platformError(error: string): Error & { code: string; data: { ok: false; error: string } } {
  return Object.assign(new Error(`An API error occurred: ${error}`), { code: 'slack_webapi_platform_error', data: { ok: false as const, error } });
}

/** A library over the given indexes, looked up the way loadLibrary's is. */
export function libraryOf(...indexes: DossierIndex[]): Library {
  return {
    dossiers: indexes,
    problems: [],
    byId: (id) => indexes.find((i) => i.dossier.id === id),
    byCommand: (command) => indexes.find((i) => i.dossier.command === `/${command.replace(/^\//u, '').toLowerCase()}`),
  };
}

const tempDirs: string[] = [];

/** Removes the state folders made by `fakeDeps` (call from afterAll). */
export function removeTempDirs(): void {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export interface Fixture {
  deps: SlackDeps;
  library: ReturnType<typeof holdLibrary>;
  queryLog: QueryLog;
  store: FileStore;
}

/** Real dependencies: the bundled test library (or `library`), an in-memory query log, files state. */
export async function fakeDeps(library?: Library): Promise<Fixture> {
  const stateDir = mkdtempSync(path.join(tmpdir(), 'listeners-'));
  tempDirs.push(stateDir);
  const store = new FileStore({ stateDir });
  const queryLog = new QueryLog({});
  const holder = holdLibrary(library ?? (await bundledLibrary()));
  const deps: SlackDeps = { library: holder, eventClaims: new EventClaims(store), votes: new Votes(store, queryLog, 'test-vote-key'), queryLog, reference: () => REFERENCE };
  return { deps, library: holder, queryLog, store };
}

/** Everything a message shows (button values are state handed back to the app, never displayed). */
export function shown(message: unknown): string {
  return JSON.stringify(message).replace(/"value":"(?:[^"\\]|\\.)*"/gu, '');
}
