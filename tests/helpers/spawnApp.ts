/** `npm start`'s entry point as a child process, in HTTP mode against a Web API stand-in. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { vi } from 'vitest';
import { ROOT } from './seeds.js';
import { SIGNING_SECRET } from './slackRequests.js';
import { freePort } from './slackStandIn.js';

export interface SpawnedApp {
  child: ChildProcess;
  port: number;
  /** stdout and stderr as they came. */
  output(): string;
  /** stdout alone (the log lines). */
  stdout(): string;
}

export async function spawnApp(env: { SLACK_API_URL: string; KNOWLEDGE_DIR: string; STATE_DIR: string } & Record<string, string>): Promise<SpawnedApp> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/main.ts')], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, SLACK_BOT_TOKEN: 'xoxb-test-e2e', SLACK_SIGNING_SECRET: SIGNING_SECRET, PORT: String(port), LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let stdout = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    stdout += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  try {
    await vi.waitFor(
      async () => {
        if (child.exitCode !== null) throw new Error(`the app exited with ${child.exitCode}`);
        const response = await fetch(`http://127.0.0.1:${port}/healthz`);
        if (response.status !== 200) throw new Error(`healthz ${response.status}`);
      },
      { timeout: 45_000, interval: 200 },
    );
  } catch (error) {
    // A child that never became healthy must not outlive the test; its output says why.
    child.kill('SIGKILL');
    throw new Error(`the app did not become healthy: ${(error as Error).message}\n${output.slice(-2_000)}`);
  }
  return { child, port, output: () => output, stdout: () => stdout };
}

/** Runs one of the project's CLIs (`src/cli/<name>.ts`) to completion. */
export function runCli(name: string, args: string[], env: Record<string, string>): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/cli', `${name}.ts`), ...args], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH, ...env } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
