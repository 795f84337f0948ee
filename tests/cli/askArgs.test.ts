import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMIT } from '../../src/answer/answer.js';
import { parseAskArgs } from '../../src/cli/askArgs.js';

describe('parseAskArgs', () => {
  it('reads a question, with the answer function’s default limit', () => {
    expect(parseAskArgs(['hoeveel', 'doden'])).toEqual({ ok: true, args: { json: false, stdin: false, limit: DEFAULT_LIMIT, help: false, query: 'hoeveel doden' } });
  });

  it.each([
    [['--json', '--limit', '3', 'troops'], { json: true, limit: 3, query: 'troops' }],
    [['--limit=10', '--dossier=kazakhstan', 'wie', 'is', 'Tokajev?'], { limit: 10, dossier: 'kazakhstan', query: 'wie is Tokajev?' }],
    [['--', '--json', 'is', 'a', 'word'], { json: false, query: '--json is a word' }],
    [['--stdin', '--json'], { stdin: true, json: true, query: '' }],
    [['--help'], { help: true, query: '' }],
  ])('%j', (argv, expected) => {
    const parsed = parseAskArgs(argv);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.args).toMatchObject(expected);
  });

  it.each([
    [[], /no question given/u],
    [['--limit', '0', 'x'], /--limit needs a whole number from 1 to 50, got '0'/u],
    [['--limit', '51', 'x'], /got '51'/u],
    [['--limit', '2.5', 'x'], /got '2.5'/u],
    [['--limit'], /got ''/u],
    [['--dossier'], /--dossier needs a dossier name/u],
    [['--verbose', 'x'], /unknown option --verbose/u],
    [['--stdin', 'troops'], /do not also give one/u],
  ])('refuses %j', (argv, message) => {
    const parsed = parseAskArgs(argv);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });
});
