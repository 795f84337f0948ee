/** Which digest went to which channel on which day: written only after Slack confirmed, atomically. */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DigestLedger } from '../../src/digest/ledger.js';
import { tempDirs } from '../helpers/tempDirs.js';

const stateDir = tempDirs('ledger-');

const day = (i: number): string => new Date(Date.UTC(2022, 0, 1 + i)).toISOString().slice(0, 10);

describe('DigestLedger', () => {
  it('knows nothing was sent in a fresh state folder', () => {
    const ledger = new DigestLedger(stateDir());
    expect(ledger.sent('C1', '2022-01-12')).toBe(false);
    expect(ledger.lastSent('C1')).toBeUndefined();
  });

  it('records a digest for that channel and day only', () => {
    const ledger = new DigestLedger(stateDir());
    ledger.record('C1', '2022-01-12', '1641974400.000100', new Date('2022-01-12T07:00:05Z'));
    expect(ledger.sent('C1', '2022-01-12')).toBe(true);
    expect(ledger.sent('C1', '2022-01-13')).toBe(false);
    expect(ledger.sent('C2', '2022-01-12')).toBe(false);
    expect(ledger.lastSent('C1')?.toISOString()).toBe('2022-01-12T07:00:05.000Z');
    expect(ledger.lastSent('C2')).toBeUndefined();
  });

  it('gives the latest post as the last one, whatever order the days were recorded in', () => {
    const ledger = new DigestLedger(stateDir());
    ledger.record('C1', '2022-01-12', 'b', new Date('2022-01-12T07:00:00Z'));
    ledger.record('C1', '2022-01-11', 'a', new Date('2022-01-11T07:00:00Z'));
    expect(ledger.lastSent('C1')?.toISOString()).toBe('2022-01-12T07:00:00.000Z');
  });

  it('records a forced repost of the same day with its new time', () => {
    const ledger = new DigestLedger(stateDir());
    ledger.record('C1', '2022-01-12', 'a', new Date('2022-01-12T07:00:00Z'));
    ledger.record('C1', '2022-01-12', 'b', new Date('2022-01-12T09:30:00Z'));
    expect(ledger.lastSent('C1')?.toISOString()).toBe('2022-01-12T09:30:00.000Z');
  });

  it('is read afresh on every call: another process’s post counts at once', () => {
    const dir = stateDir();
    const app = new DigestLedger(dir);
    const cli = new DigestLedger(dir);
    expect(app.sent('C1', '2022-01-12')).toBe(false);
    cli.record('C1', '2022-01-12', 'x', new Date('2022-01-12T07:00:00Z'));
    expect(app.sent('C1', '2022-01-12')).toBe(true);
  });

  it('keeps other channels when recording one', () => {
    const ledger = new DigestLedger(stateDir());
    ledger.record('C1', '2022-01-12', 'a', new Date('2022-01-12T07:00:00Z'));
    ledger.record('C2', '2022-01-12', 'b', new Date('2022-01-12T07:01:00Z'));
    expect(ledger.sent('C1', '2022-01-12')).toBe(true);
    expect(ledger.sent('C2', '2022-01-12')).toBe(true);
  });

  it('keeps the newest 90 days per channel', () => {
    const ledger = new DigestLedger(stateDir());
    for (let i = 0; i < 95; i++) ledger.record('C1', day(i), `ts${i}`, new Date(`${day(i)}T07:00:00Z`));
    ledger.record('C2', day(0), 'other', new Date(`${day(0)}T07:00:00Z`));
    expect([0, 1, 2, 3, 4].map((i) => ledger.sent('C1', day(i)))).toEqual([false, false, false, false, false]);
    expect([5, 50, 94].map((i) => ledger.sent('C1', day(i)))).toEqual([true, true, true]);
    expect(ledger.sent('C2', day(0))).toBe(true);
    expect(ledger.lastSent('C1')?.toISOString()).toBe(`${day(94)}T07:00:00.000Z`);
  });

  it('writes one JSON file and leaves no temporary files behind', () => {
    const dir = stateDir();
    const ledger = new DigestLedger(dir);
    ledger.record('C1', '2022-01-12', '1.2', new Date('2022-01-12T07:00:00Z'));
    expect(readdirSync(dir)).toEqual(['digest-ledger.json']);
    expect(JSON.parse(readFileSync(path.join(dir, 'digest-ledger.json'), 'utf8'))).toEqual({ C1: { '2022-01-12': { ts: '1.2', postedAt: '2022-01-12T07:00:00.000Z' } } });
  });

  it('treats an unreadable ledger as empty, and writes a good one on the next post', () => {
    const dir = stateDir();
    writeFileSync(path.join(dir, 'digest-ledger.json'), '{"C1": {"2022-01-1');
    const ledger = new DigestLedger(dir);
    expect(ledger.sent('C1', '2022-01-12')).toBe(false);
    ledger.record('C1', '2022-01-12', 'x', new Date('2022-01-12T07:00:00Z'));
    expect(ledger.sent('C1', '2022-01-12')).toBe(true);
  });

  it('creates its state folder when it does not exist yet', () => {
    const dir = path.join(stateDir(), 'nested', 'state');
    const ledger = new DigestLedger(dir);
    ledger.record('C1', '2022-01-12', 'x', new Date('2022-01-12T07:00:00Z'));
    expect(new DigestLedger(dir).sent('C1', '2022-01-12')).toBe(true);
  });
});
