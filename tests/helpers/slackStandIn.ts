/** A local stand-in for Slack's Web API: records every call and answers `ok` like Slack does. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { seededRandom } from './seededRandom.js';

export interface WebApiCall {
  method: string;
  body: Record<string, unknown>;
}

export interface StandIn {
  url: string;
  calls: WebApiCall[];
  /** chat.postMessage calls refused by an injected fault. */
  failed: WebApiCall[];
  /** Answer the next `count` calls of `method` with this status (e.g. 429) before answering normally. */
  failNext(method: string, status: number, count?: number, headers?: Record<string, string>): void;
  close(): Promise<void>;
}

/** Faults the stand-in injects into chat.postMessage, like a flaky Slack and network. */
export interface Faults {
  /** Share of posts answered 429 (Retry-After: 1), 500 or 503 without posting. */
  postFailureRate?: number;
  /** Share of posts that land but whose connection is then reset before the answer. */
  resetAfterPostRate?: number;
  /** Seed for the fault dice, so a run can be repeated. */
  seed?: number;
  /** Every post is answered this much later (a slow Slack). */
  slowPostMs?: number;
}

const metadataOf = (body: Record<string, unknown>): unknown => {
  if (typeof body.metadata !== 'string') return body.metadata;
  try {
    return JSON.parse(body.metadata) as unknown;
  } catch {
    return undefined;
  }
};

export async function startStandIn(faults: Faults = {}): Promise<StandIn> {
  const roll = seededRandom(faults.seed ?? 1);
  const calls: WebApiCall[] = [];
  /** Posts the stand-in refused (injected faults): for working out what happened to a lost reply. */
  const failed: WebApiCall[] = [];
  const failures: Array<{ method: string; status: number; headers: Record<string, string> }> = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => void answer());
    const answer = async (): Promise<void> => {
      if (faults.slowPostMs && req.url?.includes('chat.postMessage')) await new Promise((resolve) => setTimeout(resolve, faults.slowPostMs));
      const bytes = Buffer.concat(chunks);
      const raw = bytes.toString();
      const method = (req.url ?? '').replace(/^\/api\//u, '').split('?')[0] ?? '';
      const type = req.headers['content-type'] ?? '';
      // A file upload (files.uploadV2 step 2) posts the bytes to the URL step 1 gave.
      const body: Record<string, unknown> = method.startsWith('upload/')
        ? { bytes: bytes.length, png: bytes.subarray(1, 4).toString() === 'PNG' || raw.includes('PNG') }
        : type.includes('json') ? (JSON.parse(raw || '{}') as Record<string, unknown>) : Object.fromEntries(new URLSearchParams(raw));
      const failure = failures.findIndex((f) => f.method === method);
      if (failure >= 0) {
        const [f] = failures.splice(failure, 1);
        res.writeHead(f?.status ?? 500, { 'content-type': 'application/json', ...f?.headers });
        res.end(JSON.stringify({ ok: false, error: 'ratelimited' }));
        return;
      }
      if (method === 'chat.postMessage' && faults.postFailureRate && roll() < faults.postFailureRate) {
        const status = [429, 500, 503][Math.floor(roll() * 3)] as number;
        failed.push({ method, body: { ...body, status } });
        res.writeHead(status, { 'content-type': 'application/json', ...(status === 429 ? { 'retry-after': '1' } : {}) });
        res.end(JSON.stringify({ ok: false, error: status === 429 ? 'ratelimited' : 'internal_error' }));
        return;
      }
      if (method === 'conversations.replies' || method === 'conversations.history') {
        // What the bot posted there, with its metadata: how a poster checks whether a post landed.
        const messages = calls
          .filter((c) => c.method === 'chat.postMessage' && c.body.channel === body.channel && (method === 'conversations.history' || c.body.thread_ts === body.ts))
          .map((c) => ({ type: 'message', bot_id: 'BBOT', ts: c.body.ts, thread_ts: c.body.thread_ts, text: c.body.text, metadata: metadataOf(c.body) }));
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ ok: true, messages, has_more: false }));
        return;
      }
      if (method === 'chat.postMessage') body.ts = `${Math.floor(Date.now() / 1000)}.${String(calls.length).padStart(6, '0')}`;
      if (method !== 'auth.test') calls.push({ method, body });
      if (method === 'chat.postMessage' && faults.resetAfterPostRate && roll() < faults.resetAfterPostRate) {
        // It landed, but the poster never hears so.
        req.socket.destroy();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      if (method.startsWith('upload/')) {
        res.end('OK - uploaded');
        return;
      }
      const fileId = `F${calls.length}`;
      const reply =
        method === 'auth.test' ? { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T0001' }
        : method === 'files.getUploadURLExternal' ? { ok: true, upload_url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/upload/${fileId}`, file_id: fileId }
        : method === 'files.completeUploadExternal' ? { ok: true, files: [{ id: fileId }] }
        : method === 'conversations.open' ? { ok: true, channel: { id: 'D0DM' } }
        : { ok: true, channel: typeof body.channel === 'string' && !body.channel.startsWith('#') ? body.channel : 'C0FROMNAME', ts: typeof body.ts === 'string' ? body.ts : `${Date.now() / 1000}` };
      res.end(JSON.stringify(reply));
    };
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/`,
    calls,
    failed,
    failNext: (method, status, count = 1, headers = {}) => {
      for (let i = 0; i < count; i++) failures.push({ method, status, headers });
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
