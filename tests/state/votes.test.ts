/** 👍/👎: only for an answer the log holds, once per person, the person kept as a keyed hash. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { QueryLog } from '../../src/state/queryLog.js';
import { FileStore } from '../../src/state/store/fileStore.js';
import type { StateStore } from '../../src/state/store/stateStore.js';
import { voteKey, Votes } from '../../src/state/votes.js';
import { tempDirs } from '../helpers/tempDirs.js';

const temp = tempDirs('votes-');

function allText(dir: string): string {
  return readdirSync(dir).map((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? allText(file) : readFileSync(file, 'utf8');
  }).join('\n');
}

function setUp() {
  const stateDir = temp();
  const store = new FileStore({ stateDir });
  const queryLog = new QueryLog();
  const votes = new Votes(store, queryLog, voteKey({ signingSecret: 'test-secret' }));
  const logId = queryLog.asked('kazakhstan', 'hoeveel doden', 3);
  return { stateDir, store, queryLog, votes, logId };
}

const feedbackOf = (log: QueryLog) => log.entries().filter((e) => e.type === 'feedback');

describe('voteKey', () => {
  it('is a fixed-length hash of the signing secret, never the secret itself', () => {
    const key = voteKey({ signingSecret: 'test-secret' });
    expect(key).toMatch(/^[0-9a-f]{64}$/u);
    expect(key).not.toContain('test-secret');
    expect(voteKey({ signingSecret: 'test-secret' })).toBe(key);
  });

  it('differs per installation: signing secret, else bot token, else a local default', () => {
    const keys = [voteKey({ signingSecret: 'a' }), voteKey({ signingSecret: 'b' }), voteKey({ botToken: 'xoxb-1' }), voteKey({})];
    expect(new Set(keys).size).toBe(4);
    expect(voteKey({ signingSecret: 'a', botToken: 'xoxb-1' })).toBe(voteKey({ signingSecret: 'a' }));
    expect(voteKey({})).toBe(voteKey({}));
  });
});

describe('Votes', () => {
  it('counts a first vote and records it as feedback on the question', async () => {
    const { votes, queryLog, logId } = setUp();
    expect(await votes.cast({ logId, dossierId: 'kazakhstan', query: 'hoeveel doden', userId: 'U0VOTER', helpful: false })).toBe('counted');
    expect(feedbackOf(queryLog)).toEqual([expect.objectContaining({ type: 'feedback', id: logId, dossierId: 'kazakhstan', query: 'hoeveel doden', helpful: false })]);
  });

  it('counts one vote per person per answer', async () => {
    const { votes, queryLog, logId } = setUp();
    const vote = { logId, dossierId: 'kazakhstan', query: 'hoeveel doden', userId: 'U0VOTER', helpful: true };
    expect(await votes.cast(vote)).toBe('counted');
    expect(await votes.cast(vote)).toBe('again');
    expect(await votes.cast({ ...vote, helpful: false })).toBe('again');
    expect(feedbackOf(queryLog)).toHaveLength(1);
  });

  it('counts another person’s vote, and the same person’s on another answer', async () => {
    const { votes, queryLog, logId } = setUp();
    const other = queryLog.asked('kazakhstan', 'troepen', 2);
    expect(await votes.cast({ logId, dossierId: 'kazakhstan', query: 'hoeveel doden', userId: 'U0VOTER', helpful: true })).toBe('counted');
    expect(await votes.cast({ logId, dossierId: 'kazakhstan', query: 'hoeveel doden', userId: 'U0OTHER', helpful: true })).toBe('counted');
    expect(await votes.cast({ logId: other, dossierId: 'kazakhstan', query: 'troepen', userId: 'U0VOTER', helpful: true })).toBe('counted');
    expect(feedbackOf(queryLog)).toHaveLength(3);
  });

  it('refuses a vote on an answer the log does not hold, or that does not match it', async () => {
    const { votes, queryLog, logId } = setUp();
    const base = { dossierId: 'kazakhstan', query: 'hoeveel doden', userId: 'U0VOTER', helpful: true };
    expect(await votes.cast({ ...base, logId: undefined })).toBe('unknown-answer');
    expect(await votes.cast({ ...base, logId: 'made-up' })).toBe('unknown-answer');
    expect(await votes.cast({ ...base, logId, dossierId: 'other' })).toBe('unknown-answer');
    expect(await votes.cast({ ...base, logId, query: 'iets anders' })).toBe('unknown-answer');
    expect(feedbackOf(queryLog)).toEqual([]);
  });

  it('counts a vote on an answer another replica logged, through the shared log', async () => {
    const shared = new FileStore({ stateDir: temp() });
    const replicaA = new QueryLog({ shared });
    const replicaB = new QueryLog({ shared });
    const logId = replicaA.asked('kazakhstan', 'troepen', 2);
    await expect.poll(async () => (await shared.list('query-log')).length).toBe(1);
    const votes = new Votes(shared, replicaB, 'key');
    expect(await votes.cast({ logId, dossierId: 'kazakhstan', query: 'troepen', userId: 'U0VOTER', helpful: true })).toBe('counted');
    expect(feedbackOf(replicaB)).toHaveLength(1);
  });

  it('never stores the voter’s id', async () => {
    const { votes, stateDir, logId, queryLog } = setUp();
    await votes.cast({ logId, dossierId: 'kazakhstan', query: 'hoeveel doden', userId: 'U0VOTER', helpful: true });
    const stored = allText(stateDir);
    expect(stored).toContain('vote:');
    expect(stored).not.toContain('U0VOTER');
    expect(JSON.stringify(queryLog.entries())).not.toContain('U0VOTER');
  });

  it('keeps people apart by a hash that depends on the installation’s key', async () => {
    const claimed: string[] = [];
    const claim = vi.fn(async (key: string) => {
      claimed.push(key);
      return 'claimed' as const;
    });
    const store = { claim, complete: vi.fn(async () => undefined) } as unknown as StateStore;
    const queryLog = new QueryLog();
    const logId = queryLog.asked('k', 'q', 1);
    await new Votes(store, queryLog, 'key-1').cast({ logId, dossierId: 'k', query: 'q', userId: 'U0VOTER', helpful: true });
    await new Votes(store, queryLog, 'key-2').cast({ logId, dossierId: 'k', query: 'q', userId: 'U0VOTER', helpful: true });
    expect(claimed).toHaveLength(2);
    expect(claimed[0]).toMatch(new RegExp(`^vote:${logId}:[0-9a-f]{32}$`, 'u'));
    expect(claimed[0]).not.toBe(claimed[1]);
  });

  it('still counts the vote when the store is down, rather than lose it', async () => {
    const store = { claim: vi.fn(async () => Promise.reject(new Error('redis down'))), complete: vi.fn(async () => Promise.reject(new Error('redis down'))) } as unknown as StateStore;
    const queryLog = new QueryLog();
    const logId = queryLog.asked('k', 'q', 1);
    expect(await new Votes(store, queryLog, 'key').cast({ logId, dossierId: 'k', query: 'q', userId: 'U1', helpful: false })).toBe('counted');
    expect(feedbackOf(queryLog)).toHaveLength(1);
  });
});
