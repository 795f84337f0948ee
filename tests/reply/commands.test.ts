/** The one table of subcommands that parsing and every help text read. */
import { describe, expect, it } from 'vitest';
import { SUBCOMMANDS, usageLines } from '../../src/reply/commands.js';
import { parseRequest } from '../../src/reply/parseRequest.js';

const named = SUBCOMMANDS.filter((s) => s.words.length > 0);

describe('SUBCOMMANDS', () => {
  it('has each kind once, a question first', () => {
    const kinds = SUBCOMMANDS.map((s) => s.kind);
    expect(new Set(kinds).size).toBe(kinds.length);
    expect(kinds[0]).toBe('ask');
    expect([...kinds].sort()).toEqual(['add', 'ask', 'digest', 'figures', 'help', 'remove', 'sources']);
  });

  it('calls a question by no word, and every other subcommand by at least one', () => {
    expect(SUBCOMMANDS.find((s) => s.kind === 'ask')?.words).toEqual([]);
    expect(named).toHaveLength(SUBCOMMANDS.length - 1);
  });

  it('uses each word for one subcommand only, in lower case', () => {
    const words = named.flatMap((s) => s.words);
    expect(words.length).toBeGreaterThan(named.length);
    expect(new Set(words).size).toBe(words.length);
    for (const word of words) expect(word).toBe(word.toLowerCase());
  });

  it('names each subcommand in its usage by its first word', () => {
    expect(named.length).toBeGreaterThan(0);
    for (const s of named) expect(s.usage.split(' ')[0]).toBe(s.words[0]);
  });

  it('does what it says: each word parses to its subcommand', () => {
    const cases = named.flatMap((s) => s.words.map((word) => [word, s.kind] as const));
    expect(cases.length).toBeGreaterThan(0);
    for (const [word, kind] of cases) expect(parseRequest(word).kind, word).toBe(kind);
  });

  it('takes a topic only where it says so', () => {
    expect(named.filter((s) => s.takesTopic).map((s) => s.kind)).toEqual(['figures', 'add', 'remove']);
    expect(parseRequest('figures arrestaties')).toEqual({ kind: 'figures', topic: 'arrestaties' });
    expect(parseRequest('sources arrestaties').kind).toBe('ask');
  });
});

describe('usageLines', () => {
  it('gives each subcommand with the dossier’s command, in table order', () => {
    const lines = usageLines('/kazakhstan');
    expect(lines.map((l) => l.kind)).toEqual(SUBCOMMANDS.map((s) => s.kind));
    expect(lines[0]).toEqual({ kind: 'ask', usage: '/kazakhstan <question>', description: 'the best matching sentences, verbatim, each with its citation' });
    expect(lines.find((l) => l.kind === 'figures')?.usage).toBe('/kazakhstan figures [topic]');
  });

  it('describes every line', () => {
    const lines = usageLines('/x');
    expect(lines).toHaveLength(SUBCOMMANDS.length);
    for (const line of lines) {
      expect(line.usage.startsWith('/x ')).toBe(true);
      expect(line.description.length).toBeGreaterThan(5);
    }
  });
});
