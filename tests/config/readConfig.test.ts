import { describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config/readConfig.js';

const BOT = 'xoxb-fake-abcdefSECRET';
const APP = 'xapp-1-A111-222-SECRETAPP';

describe('readConfig', () => {
  it.each([
    [{}, 'console'],
    [{ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: 'abc123' }, 'http'],
    [{ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: 'abc123', SLACK_APP_TOKEN: APP }, 'socket'],
    [{ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP }, 'socket'],
  ])('%j → %s mode', (env, mode) => {
    const result = readConfig(env);
    expect(result.ok && result.config.mode).toBe(mode);
  });

  it('applies defaults', () => {
    const result = readConfig({});
    expect(result.ok && result.config).toMatchObject({ port: 3000, knowledgeDir: './knowledge', stateDir: './data', logLevel: 'info' });
  });

  it('normalises SLACK_API_URL to end with a slash', () => {
    const result = readConfig({ SLACK_API_URL: 'http://localhost:4000/api' });
    expect(result.ok && result.config.slackApiUrl).toBe('http://localhost:4000/api/');
  });

  it.each([
    [{ SLACK_BOT_TOKEN: 'xoxp-user-token-SECRET', SLACK_SIGNING_SECRET: 's' }, 'SLACK_BOT_TOKEN'],
    [{ SLACK_BOT_TOKEN: BOT }, 'SLACK_SIGNING_SECRET'],
    [{ SLACK_SIGNING_SECRET: 's' }, 'SLACK_BOT_TOKEN'],
    [{ SLACK_APP_TOKEN: APP }, 'SLACK_BOT_TOKEN'],
    [{ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: 'xoxb-wrong-kind-SECRET' }, 'SLACK_APP_TOKEN'],
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ SLACK_API_URL: 'localhost:4000' }, 'SLACK_API_URL'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ LOG_FORMAT: 'xml' }, 'LOG_FORMAT'],
    [{ METRICS_PORT: 'ninety' }, 'METRICS_PORT'],
    [{ METRICS_PORT: '99999' }, 'METRICS_PORT'],
    [{ METRICS_PORT: '3000' }, 'METRICS_PORT'],
    [{ PORT: '8080', METRICS_PORT: '8080' }, 'METRICS_PORT'],
    [{ METRICS_PORT: '9100', METRICS_HOST: 'not a host' }, 'METRICS_HOST'],
  ])('%j fails naming %s, without echoing a secret', (env, variable) => {
    const result = readConfig(env);
    expect(result.ok).toBe(false);
    const errors = result.ok ? '' : result.errors.join('\n');
    expect(errors).toContain(variable);
    for (const name of ['SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', 'SLACK_SIGNING_SECRET'] as const) {
      const secret = (env as Record<string, string>)[name];
      if (secret && secret.length > 2) expect(errors).not.toContain(secret);
    }
  });
});

describe('ANSWER_WORKERS', () => {
  it('is auto unless set to a number from 0 to 16', () => {
    const read = (value?: string) => readConfig(value === undefined ? {} : { ANSWER_WORKERS: value });
    expect(read()).toMatchObject({ ok: true, config: { answerWorkers: 'auto' } });
    expect(read('AUTO')).toMatchObject({ ok: true, config: { answerWorkers: 'auto' } });
    expect(read('0')).toMatchObject({ ok: true, config: { answerWorkers: 0 } });
    expect(read('16')).toMatchObject({ ok: true, config: { answerWorkers: 16 } });
    for (const bad of ['17', '-1', 'two', '1.5']) expect(read(bad)).toMatchObject({ ok: false, errors: [expect.stringContaining('ANSWER_WORKERS must be auto or a number from 0 to 16')] });
  });
});

describe('REDIS_URL', () => {
  it('takes a redis:// URL and refuses anything else without echoing it', () => {
    const ok = readConfig({ REDIS_URL: 'redis://:secret@redis:6379/0' });
    expect(ok.ok && ok.config.redisUrl).toBe('redis://:secret@redis:6379/0');
    const bad = readConfig({ REDIS_URL: 'http://:secret@redis:6379' });
    expect(bad.ok).toBe(false);
    expect(JSON.stringify(bad)).not.toContain('secret');
  });
});

describe('LOG_FORMAT and METRICS_PORT', () => {
  it('logs as the terminal suits unless told, and serves metrics only when METRICS_PORT is set', () => {
    expect(readConfig({})).toMatchObject({ ok: true, config: { logFormat: 'auto' } });
    expect(readConfig({ LOG_FORMAT: 'JSON' })).toMatchObject({ ok: true, config: { logFormat: 'json' } });
    expect(readConfig({ LOG_FORMAT: 'pretty' })).toMatchObject({ ok: true, config: { logFormat: 'pretty' } });
    const off = readConfig({});
    expect(off.ok && off.config.metrics).toBeUndefined();
    expect(readConfig({ METRICS_PORT: '9100' })).toMatchObject({ ok: true, config: { metrics: { port: 9100, host: '0.0.0.0' } } });
    expect(readConfig({ METRICS_PORT: '9100', METRICS_HOST: '127.0.0.1' })).toMatchObject({ ok: true, config: { metrics: { port: 9100, host: '127.0.0.1' } } });
  });
});
