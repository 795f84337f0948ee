/**
 * A throwaway redis-server on a free loopback port, for the tests that run against Redis. Redis
 * comes from Debian (`.ci/run` installs `redis-server` when it is missing); without it those tests
 * are skipped with a message, and everything else still runs.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createConnection } from 'node:net';
import { freePort } from './slackStandIn.js';

export const redisAvailable = spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;
if (!redisAvailable) console.warn('redis-server not found: the Redis tests are skipped (apt-get install -y redis-server, as .ci/run does)');

export interface RedisServer {
  url: string;
  port: number;
  stop(): Promise<void>;
  /** Stops the server without waiting (as a crash would); `restart` brings it back on the same port. */
  kill(): void;
  restart(): Promise<void>;
}

function ready(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const attempt = (): void => {
      const socket = createConnection({ port, host: '127.0.0.1' }, () => {
        socket.end();
        resolve();
      });
      socket.on('error', () => {
        socket.destroy();
        if (Date.now() - started > 10_000) reject(new Error('redis-server did not start'));
        else setTimeout(attempt, 50);
      });
    };
    attempt();
  });
}

export async function startRedis(): Promise<RedisServer> {
  const port = await freePort();
  let child: ChildProcess;
  const launch = async (): Promise<void> => {
    child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    await ready(port);
  };
  await launch();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    kill: () => child.kill('SIGKILL'),
    restart: launch,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
