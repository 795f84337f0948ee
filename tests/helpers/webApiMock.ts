/** Slack's Web API at API_HOST, mocked with nock: records every call and answers like Slack does. */
import nock from 'nock';
import { API_HOST } from './slackApp.js';

export interface WebApiCall {
  method: string;
  body: Record<string, unknown>;
}

export interface WebApiMockOptions {
  /** What a method answers instead of Slack's ok (a refused post, say). */
  answer?: Record<string, Record<string, unknown>>;
  /** HTTP statuses a method answers its next calls with, in turn (e.g. [500] fails the first call). */
  fail?: Record<string, number[]>;
}

export function mockWebApi(options: WebApiMockOptions = {}): { calls: WebApiCall[] } {
  const calls: WebApiCall[] = [];
  const failures = Object.fromEntries(Object.entries(options.fail ?? {}).map(([method, statuses]) => [method, [...statuses]]));
  nock(API_HOST)
    .persist()
    .post(/\/api\/.*/u)
    .reply((uri, body) => {
      const method = uri.replace('/api/', '');
      const parsed = typeof body === 'string' ? Object.fromEntries(new URLSearchParams(body)) : (body as Record<string, unknown>);
      if (method === 'auth.test') return [200, { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T0001' }];
      calls.push({ method, body: parsed });
      const status = failures[method]?.shift();
      if (status !== undefined) return [status, { ok: false, error: status === 429 ? 'ratelimited' : 'internal_error' }, status === 429 ? { 'retry-after': '1' } : {}];
      return [200, options.answer?.[method] ?? { ok: true, channel: parsed.channel, ts: '1707806999.000100' }];
    });
  return { calls };
}
