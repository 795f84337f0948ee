import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KNOWLEDGE, ROOT } from '../helpers/seeds.js';

/** Runs the ask CLI the way `npm run --silent ask --` does, as a child process. */
function ask(args: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/cli/ask.ts'), ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    env: { ...process.env, KNOWLEDGE_DIR: KNOWLEDGE, NO_COLOR: '1' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface JsonAnswer {
  query: string;
  results: Array<{ text: string; citation: { title: string; source: string | null; date: string | null; url: string | null; paragraph: number } }>;
}

describe('npm run ask', () => {
  it('prints exactly one JSON object per the contract with --json', () => {
    const { status, stdout } = ask(['--json', 'Tokajev']);
    expect(status).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const parsed = JSON.parse(lines[0] ?? '') as JsonAnswer;
    expect(parsed.query).toBe('Tokajev');
    expect(parsed.results.length).toBeGreaterThan(0);
    for (const r of parsed.results) {
      expect(r.text).toMatch(/Toka[jy]ev/u);
      expect(Object.keys(r.citation)).toEqual(expect.arrayContaining(['title', 'source', 'date', 'url', 'paragraph']));
      expect(Number.isInteger(r.citation.paragraph)).toBe(true);
    }
  });

  it('refuses a question longer than Slack allows (500), on the command line and per --stdin line', () => {
    const long = 'troepen '.repeat(100);
    const refused = ask([long]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('the question is 799 characters long; ask in at most 500');
    const { status, stdout } = ask(['--json', '--stdin'], `${'troepen'.repeat(11_220)}\nTokajev\n`);
    expect(status).toBe(0);
    const [first, second] = stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(first).toEqual({ error: 'too_long', length: 78_540, max: 500 });
    expect(second?.query).toBe('Tokajev');
  });

  it('answers one JSON line per input line with --stdin, and nothing else on stdout', () => {
    const { status, stdout } = ask(['--json', '--stdin', '--limit', '2'], 'Tokajev\nPoetin\nxyzzy plugh\n');
    expect(status).toBe(0);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as JsonAnswer);
    expect(lines.map((l) => l.query)).toEqual(['Tokajev', 'Poetin', 'xyzzy plugh']);
    expect(lines[0]?.results).toHaveLength(2);
    expect(lines[2]?.results).toEqual([]);
  });

  it('prints a readable cited answer without --json', () => {
    const { status, stdout } = ask(['Tokajev']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/Toka[jy]ev/u);
    expect(stdout).toMatch(/¶\d+/u);
    expect(stdout).toContain('source unknown');
  });

  it('exits 0 with an empty result list when nothing matches', () => {
    const { status, stdout } = ask(['--json', 'xyzzy']);
    expect(status).toBe(0);
    expect((JSON.parse(stdout) as JsonAnswer).results).toEqual([]);
  });

  it.each([
    [['--json'], /no question given/u],
    [['--limit', 'abc', 'troops'], /--limit needs a whole number/u],
    [['--frobnicate', 'troops'], /unknown option --frobnicate/u],
    [['--dossier', 'atlantis', 'troops'], /no dossier called atlantis\. Dossiers: \/kazakhstan/u],
  ])('exits 2 on bad usage %j with a message on stderr', (args, message) => {
    const { status, stdout, stderr } = ask(args);
    expect(status).toBe(2);
    expect(stderr).toMatch(message);
    expect(stdout).toBe('');
  });
});
