/** Starting against a Slack that cannot be reached says what to check, in one line, and exits 1: no stack trace. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KNOWLEDGE, ROOT } from '../helpers/seeds.js';
import { freePort } from '../helpers/slackStandIn.js';

const start = (env: Record<string, string>) =>
  spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/main.ts')], { cwd: ROOT, encoding: 'utf8', timeout: 60_000, env: { PATH: process.env.PATH, KNOWLEDGE_DIR: KNOWLEDGE, STATE_DIR: mkdtempSync(path.join(tmpdir(), 'start-')), LOG_LEVEL: 'error', ...env } });

describe('starting against a Slack that is not there', () => {
  it('Socket Mode with Slack unreachable: one line naming SLACK_APP_TOKEN, exit 1', async () => {
    const closed = await freePort();
    const result = start({ SLACK_BOT_TOKEN: 'xoxb-1-test', SLACK_APP_TOKEN: 'xapp-1-A1-1-test', SLACK_API_URL: `http://127.0.0.1:${closed}/api/` });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^Cannot connect to Slack in Socket Mode \(.*\): check SLACK_APP_TOKEN/mu);
    expect(result.stderr).not.toMatch(/\n\s+at /u);
  }, 70_000);

  it('HTTP mode on a port already taken: one line naming PORT, exit 1', async () => {
    const server = createServer();
    const port = await new Promise<number>((resolve) => server.listen(0, '0.0.0.0', () => resolve((server.address() as { port: number }).port)));
    try {
      const result = start({ SLACK_BOT_TOKEN: 'xoxb-1-test', SLACK_SIGNING_SECRET: 'secret', PORT: String(port) });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`Cannot serve HTTP on PORT ${port}`);
    } finally {
      server.close();
    }
  }, 70_000);

  it('METRICS_PORT already taken: one line naming METRICS_PORT, exit 1', async () => {
    const server = createServer();
    const taken = await new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)));
    try {
      const result = start({ SLACK_BOT_TOKEN: 'xoxb-1-test', SLACK_SIGNING_SECRET: 'secret', PORT: String(await freePort()), METRICS_PORT: String(taken), METRICS_HOST: '127.0.0.1' });
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(new RegExp(`^Cannot serve metrics on METRICS_PORT ${taken} \\(.*EADDRINUSE.*\\): choose a free port, or unset METRICS_PORT$`, 'mu'));
      expect(result.stderr).not.toMatch(/\n\s+at /u);
    } finally {
      server.close();
    }
  }, 70_000);
});
