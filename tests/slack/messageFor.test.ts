/** Text typed to the bot → the message that answers it; answered questions logged without the asker. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Logger } from '@slack/bolt';
import type { Digest } from '../../src/digest/composeDigest.js';
import type { DigestSource } from '../../src/digest/digestSource.js';
import { answer } from '../../src/answer/answer.js';
import { holdLibrary } from '../../src/library/holdLibrary.js';
import { turnQueue } from '../../src/library/takeTurns.js';
import { ACTION, decodeRef } from '../../src/slack/blocks/actionIds.js';
import { digestMessage } from '../../src/slack/blocks/digestMessage.js';
import type { SlackMessage } from '../../src/slack/blocks/limits.js';
import { errorMessage } from '../../src/slack/blocks/replyMessage.js';
import type { SlackDeps } from '../../src/slack/deps.js';
import { answeredFor, messageInTurn } from '../../src/slack/messageFor.js';

import { createMetrics } from '../../src/observe/metrics.js';
import { outcomeOf } from '../../src/observe/questions.js';
import { replyToText } from '../../src/reply/replyTo.js';
import { EventClaims } from '../../src/state/eventClaims.js';
import { QueryLog } from '../../src/state/queryLog.js';
import { FileStore } from '../../src/state/store/fileStore.js';
import { Votes } from '../../src/state/votes.js';
import { tinyIndex } from '../helpers/tinyDossier.js';

/** The message alone, as the surfaces send it. */
const messageFor = (...args: Parameters<typeof answeredFor>) => answeredFor(...args).message;

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const index = tinyIndex({
  troepen: ['Rusland stuurt troepen naar Kazachstan.', 'De CSTO stuurt 2.500 troepen.', 'De troepen vertrekken later.'],
  meer: ['Er komen meer troepen.', 'Ook Wit-Rusland stuurt troepen.'],
});

const logger = () => ({ debug: vi.fn(), info: vi.fn(), warn: vi.fn(), error: vi.fn(), setLevel: vi.fn(), getLevel: vi.fn(), setName: vi.fn() });
const asLogger = (l: ReturnType<typeof logger>): Logger => l as unknown as Logger;

function deps(over: Partial<SlackDeps> = {}): SlackDeps & { queryLog: QueryLog } {
  const dir = mkdtempSync(path.join(tmpdir(), 'message-for-'));
  dirs.push(dir);
  const store = new FileStore({ stateDir: dir });
  const queryLog = new QueryLog();
  const library = holdLibrary({ dossiers: [index], problems: [], byId: () => index, byCommand: () => index });
  return { library, eventClaims: new EventClaims(store), votes: new Votes(store, queryLog, 'k'), queryLog, reference: () => 'REF123', ...over } as SlackDeps & { queryLog: QueryLog };
}

const buttonValues = (message: SlackMessage): Array<{ action: string; value: string | undefined }> =>
  message.blocks.flatMap((b) => (b.type === 'actions' ? b.elements.map((e) => ({ action: 'action_id' in e ? String(e.action_id) : '', value: 'value' in e ? e.value : undefined })) : []));
const asked = (log: QueryLog) => log.entries().filter((e) => e.type === 'asked');

describe('messageFor', () => {
  it('answers a question and logs it, without the asker, the buttons carrying the log entry', () => {
    const d = deps();
    const message = messageFor(d, index, 'troepen', { surface: 'ephemeral', askedBy: 'U0ASKER' }, asLogger(logger()));
    const [entry] = asked(d.queryLog);
    expect(entry).toMatchObject({ type: 'asked', dossierId: 'tiny', query: 'troepen' });
    expect(entry?.type === 'asked' && entry.results).toBeGreaterThanOrEqual(5);
    expect(JSON.stringify(d.queryLog.entries())).not.toContain('U0ASKER');
    const values = buttonValues(message).filter((v) => v.action !== ACTION.more);
    expect(values.map((v) => v.action)).toEqual([ACTION.share, ACTION.helpful, ACTION.unhelpful]);
    for (const { value } of values) expect(decodeRef(value)).toEqual({ dossierId: 'tiny', query: 'troepen', offset: 0, logId: entry?.id });
  });

  it('does not log a page shown again ("More", "Share"), and keeps the log entry it was given', () => {
    const d = deps();
    const message = messageFor(d, index, 'troepen', { surface: 'public', logId: 'earlier-1' }, asLogger(logger()), { offset: 3 });
    expect(asked(d.queryLog)).toEqual([]);
    const helpful = buttonValues(message).find((v) => v.action === ACTION.helpful);
    expect(decodeRef(helpful?.value)).toEqual({ dossierId: 'tiny', query: 'troepen', offset: 3, logId: 'earlier-1' });
  });

  it('logs or not as told, whatever the page', () => {
    const d = deps();
    messageFor(d, index, 'troepen', { surface: 'public' }, asLogger(logger()), { offset: 0, log: false });
    expect(asked(d.queryLog)).toHaveLength(0);
    messageFor(d, index, 'troepen', { surface: 'public' }, asLogger(logger()), { offset: 3, log: true });
    expect(asked(d.queryLog)).toHaveLength(1);
  });

  it('logs no subcommand', () => {
    const d = deps();
    for (const text of ['help', 'sources', 'figures']) messageFor(d, index, text, { surface: 'ephemeral' }, asLogger(logger()));
    expect(d.queryLog.entries()).toEqual([]);
  });

  it('previews the digest of this dossier when the app has one', () => {
    const digest: Digest = { date: '2022-01-15', dossiers: [] };
    const compose = vi.fn(() => digest);
    const d = deps({ digest: { compose } as unknown as DigestSource });
    expect(messageFor(d, index, 'digest', { surface: 'ephemeral' }, asLogger(logger()))).toEqual(digestMessage(digest));
    expect(compose).toHaveBeenCalledWith({ dossierId: 'tiny' });
    expect(messageFor(deps(), index, 'digest', { surface: 'ephemeral' }, asLogger(logger())).text).toBe('The digest preview is not available here.');
  });

  it('apologises with a reference when answering fails, and logs the dossier and the cause, never the question or user ids', () => {
    const log = logger();
    const failing = { asked: () => { throw new Error('disk full'); } } as unknown as QueryLog;
    const message = messageFor(deps({ queryLog: failing }), index, '<@U0SECRET> troepen', { surface: 'public' }, asLogger(log));
    expect(message).toEqual(errorMessage('REF123'));
    expect(log.error).toHaveBeenCalledTimes(1);
    expect(log.error.mock.calls[0]?.[0]).toBe(`[REF123] answering in ${index.dossier.command} failed: Error: disk full`);
    expect(log.error.mock.calls[0]?.[1]).toMatchObject({ reference: 'REF123' });
    // The question may be the text of a direct message.
    expect(JSON.stringify(log.error.mock.calls)).not.toMatch(/U0SECRET|troepen/u);
  });
});

describe('messageInTurn', () => {
  it('counts a newly asked question by surface and outcome with its latency, and logs the outcome, never the words', async () => {
    const metrics = createMetrics();
    const log = logger();
    const d = deps({ metrics });
    await messageInTurn(d, index, 'troepen', { surface: 'public' }, asLogger(log), { asked: 'dm' });
    await messageInTurn(d, index, 'troepen', { surface: 'public' }, asLogger(log), { offset: 3, log: false });
    await messageInTurn(d, index, 'sources', { surface: 'public' }, asLogger(log), { asked: 'dm' });
    const failing = deps({ metrics, queryLog: { asked: () => { throw new Error('disk full'); } } as unknown as QueryLog });
    await messageInTurn(failing, index, 'troepen', { surface: 'ephemeral' }, asLogger(log), { asked: 'slash' });
    const text = await metrics.registry.metrics();
    const outcome = outcomeOf(replyToText('troepen', index));
    // Only the two questions newly asked: "More" and subcommands are no new question.
    expect(text).toContain(`dossier_questions_total{surface="dm",outcome="${outcome}"} 1`);
    expect(text).toContain('dossier_questions_total{surface="slash",outcome="failed"} 1');
    expect(text).toContain('dossier_answer_seconds_count{surface="dm"} 1');
    expect(text).toMatch(/dossier_answer_seconds_bucket\{le="0\.005",surface="dm"\} \d/u);
    expect(log.info).toHaveBeenCalledWith(expect.stringMatching(new RegExp(`^question in ${index.dossier.command} via dm: ${outcome} in \\d+ ms$`, 'u')), expect.objectContaining({ surface: 'dm', outcome, dossier: index.dossier.id }));
    expect(JSON.stringify(log.info.mock.calls)).not.toContain('troepen');
  });

  it('answers in turn with other work when the app has a turn queue', async () => {
    const queue = turnQueue();
    const run = vi.spyOn(queue, 'run');
    const d = deps({ turns: queue });
    const message = await messageInTurn(d, index, 'troepen', { surface: 'public' }, asLogger(logger()));
    expect(run).toHaveBeenCalledTimes(1);
    expect(message.text).toContain('Rusland stuurt troepen');
  });

  it('takes the answer from the worker pool when there is one, and renders it as its own', async () => {
    const worked = answer('troepen', { index, limit: 3, offset: 0 });
    const pool = { answer: vi.fn(async () => worked), expectedMs: () => 0, waiting: 0, reload: vi.fn(), close: vi.fn(async () => undefined) };
    const d = deps({ answers: pool });
    const message = await messageInTurn(d, index, 'troepen', { surface: 'public' }, asLogger(logger()), { log: false });
    expect(pool.answer).toHaveBeenCalledWith('tiny', 'troepen', { limit: 3, offset: 0 });
    expect(message).toEqual(messageFor(deps(), index, 'troepen', { surface: 'public' }, asLogger(logger()), { log: false }));
  });

  it('answers on the main thread when a worker fails, with a warning', async () => {
    const pool = { answer: vi.fn(async () => Promise.reject(new Error('worker gone'))), expectedMs: () => 0, waiting: 0, reload: vi.fn(), close: vi.fn(async () => undefined) };
    const log = logger();
    const message = await messageInTurn(deps({ answers: pool }), index, 'troepen', { surface: 'public' }, asLogger(log), { log: false });
    expect(message.text).toContain('Rusland stuurt troepen');
    expect(String(log.warn.mock.calls[0]?.[0])).toContain('worker gone');
  });

  it('answers the same without one', async () => {
    const a = deps();
    const inTurn = await messageInTurn(a, index, 'troepen', { surface: 'public' }, asLogger(logger()), { log: false });
    expect(inTurn).toEqual(messageFor(a, index, 'troepen', { surface: 'public' }, asLogger(logger()), { log: false }));
  });
});
