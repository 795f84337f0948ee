import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createMetrics } from '../../src/observe/metrics.js';
import { requestKind, timeAcks } from '../../src/slack/ackTiming.js';
import { buttonClick, eventCallback, slashCommand } from '../helpers/slackRequests.js';

describe('requestKind', () => {
  it.each([
    ['a slash command', slashCommand('/kazakhstan', 'troops'), 'command'],
    ['an event', eventCallback({ type: 'app_mention' }, 'Ev1'), 'event'],
    ['a button click', buttonClick('answer_more', '{}'), 'action'],
  ])('%s', (_what, request, kind) => {
    expect(requestKind(request.contentType, Buffer.from(request.body))).toBe(kind);
  });

  it('is other for anything else, or a body never read', () => {
    expect(requestKind('application/x-www-form-urlencoded', Buffer.from('ssl_check=1'))).toBe('other');
    expect(requestKind('application/json', undefined)).toBe('other');
  });
});

describe('timeAcks', () => {
  it('times acknowledged POSTs by kind, and neither refused ones nor GETs', async () => {
    const metrics = createMetrics();
    const server = createServer(
      timeAcks((req, res) => {
        const chunks: Buffer[] = [];
        req.on('data', (chunk: Buffer) => chunks.push(chunk));
        req.on('end', () => {
          // As Bolt does: the body kept on the request.
          Object.assign(req, { rawBody: Buffer.concat(chunks) });
          res.writeHead(req.headers['x-refuse'] ? 401 : 200);
          res.end();
        });
      }, metrics.ackSeconds),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
    try {
      const command = slashCommand('/kazakhstan', 'troops');
      await fetch(url, { method: 'POST', headers: { 'content-type': command.contentType }, body: command.body });
      await fetch(url, { method: 'POST', headers: { 'content-type': command.contentType, 'x-refuse': '1' }, body: command.body });
      await fetch(url);
      const text = await metrics.registry.getSingleMetricAsString('dossier_ack_seconds');
      expect(text).toContain('dossier_ack_seconds_count{kind="command"} 1');
      expect(text).not.toMatch(/kind="(?:event|action|other)"/u);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
