import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runConsole } from '../../src/console/runConsole.js';
import { createMetrics, type Metrics } from '../../src/observe/metrics.js';
import { bundledLibrary, KNOWLEDGE, ROOT } from '../helpers/seeds.js';

async function converse(lines: string, blocks = false, metrics?: Metrics): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  const done = runConsole(await bundledLibrary(), { input, output, interactive: false, blocks, ...(metrics ? { metrics } : {}) });
  input.end(lines);
  await done;
  return printed;
}

describe('offline console', () => {
  it('answers what a user would type in Slack', async () => {
    const printed = await converse('/kazakhstan troops\n@bot wie is Nazarbajev?\n/kazakhstan sources\n/kazakhstan help\n/unknown x\n');
    expect(printed).toMatch(/troepen|militairen/u);
    expect(printed).toMatch(/¶\d+/u);
    expect(printed).toContain('Noersoeltan Nazarbajev');
    expect(printed).toContain('30 sentences');
    expect(printed).toContain('/kazakhstan sources');
    expect(printed).toContain('There is no dossier called /unknown. Dossiers: /kazakhstan.');
  });

  it('counts its questions as the console surface (not "more", nor subcommands), and prints nothing of it', async () => {
    const metrics = createMetrics();
    const printed = await converse('/kazakhstan troops\nmore\n/kazakhstan sources\n/kazakhstan wat is?\n', false, metrics);
    const text = await metrics.registry.metrics();
    const counted = [...text.matchAll(/^dossier_questions_total\{surface="console",outcome="(\w+)"\} (\d+)$/gmu)].reduce((sum, m) => sum + Number(m[2]), 0);
    expect(counted).toBe(2);
    expect(text).toContain('dossier_questions_total{surface="console",outcome="refused"} 1');
    expect(text).toContain('dossier_answer_seconds_count{surface="console"} 2');
    expect(printed).not.toContain('dossier_');
  });

  it('"@Dossier bot troops" asks about troops, "more" goes on where the answer stopped, "quit" ends', async () => {
    const printed = await converse('@Dossier bot troops\nmore\nquit\nhoeveel doden\n');
    expect(printed).toMatch(/^troops — 3 sentences/mu);
    expect(printed).not.toContain('“bot”');
    expect(printed).toMatch(/^4\. /mu);
    expect(printed).toMatch(/^6\. /mu);
    // Nothing after "quit" is answered, and "quit" itself is never searched.
    expect(printed).not.toMatch(/hoeveel doden —|quit —|answers “quit”/u);
  });

  it('answers from an article added while it runs (a watched holder, as the app has)', async () => {
    const { cpSync, mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { loadLibrary } = await import('../../src/library/loadLibrary.js');
    const { holdLibrary } = await import('../../src/library/holdLibrary.js');
    const dir = mkdtempSync(path.join(tmpdir(), 'console-'));
    cpSync(KNOWLEDGE, dir, { recursive: true });
    const holder = holdLibrary(await loadLibrary(dir));
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (chunk: Buffer) => (printed += chunk.toString()));
    const done = runConsole(holder, { input, output, interactive: false });
    writeFileSync(path.join(dir, 'kazakhstan', 'sjymkent.md'), '---\ntitle: Sjymkent\nsource: Testkrant\ndate: 2022-01-12\n---\nIn Sjymkent vielen 42 doden.\n');
    holder.replace(await loadLibrary(dir));
    input.end('/kazakhstan Sjymkent\n');
    await done;
    expect(printed).toContain('In Sjymkent vielen 42 doden.');
  });

  it('"more" before any question says so', async () => {
    expect(await converse('more\n')).toContain('Nothing to page yet: ask a question first.');
  });

  it('help lists figures, digest, more and quit', async () => {
    const printed = await converse('/kazakhstan help\n');
    for (const command of ['/kazakhstan figures [topic]', '/kazakhstan digest', 'more', 'quit']) expect(printed).toContain(command);
  });

  it('says when nothing answers', async () => {
    expect(await converse('xyzzy\n')).toMatch(/No sentence in “Onrust in Kazachstan, januari 2022” answers “xyzzy”/u);
  });

  it('prints the Block Kit JSON Slack would get with --blocks', async () => {
    const printed = await converse('/kazakhstan troops\n', true);
    const message = JSON.parse(printed) as { text: string; blocks: Array<{ type: string }> };
    expect(message.blocks.some((b) => b.type === 'actions')).toBe(true);
    expect(message.text).toMatch(/troepen|militairen/u);
  });

  it('`npm start` with no Slack credentials answers /kazakhstan troops from a pipe and exits', () => {
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('SLACK_')));
    const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/main.ts')], {
      cwd: ROOT,
      input: '/kazakhstan troops\n',
      encoding: 'utf8',
      env: { ...env, KNOWLEDGE_DIR: KNOWLEDGE },
      timeout: 20_000,
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/troepen|militairen/u);
    expect(result.stdout).toMatch(/¶\d+/u);
  });
});
