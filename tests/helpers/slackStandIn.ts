/** A local stand-in for Slack's Web API: records every call and answers `ok` like Slack does. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface WebApiCall {
  method: string;
  body: Record<string, unknown>;
}

export interface StandIn {
  url: string;
  calls: WebApiCall[];
  /** Answer the next `count` calls of `method` with this status (e.g. 429) before answering normally. */
  failNext(method: string, status: number, count?: number, headers?: Record<string, string>): void;
  close(): Promise<void>;
}

export async function startStandIn(): Promise<StandIn> {
  const calls: WebApiCall[] = [];
  const failures: Array<{ method: string; status: number; headers: Record<string, string> }> = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
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
      if (method !== 'auth.test') calls.push({ method, body });
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
        : { ok: true, channel: typeof body.channel === 'string' && !body.channel.startsWith('#') ? body.channel : 'C0FROMNAME', ts: `${Date.now() / 1000}` };
      res.end(JSON.stringify(reply));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/`,
    calls,
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
