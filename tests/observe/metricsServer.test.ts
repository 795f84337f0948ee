import { describe, expect, it } from 'vitest';
import { createMetrics } from '../../src/observe/metrics.js';
import { startMetricsServer } from '../../src/observe/metricsServer.js';

describe('startMetricsServer', () => {
  it('serves GET /metrics in the Prometheus text format and nothing else, until closed', async () => {
    const metrics = createMetrics();
    metrics.eventsDeduplicated.inc();
    const server = await startMetricsServer(metrics.registry, { port: 0, host: '127.0.0.1' });
    try {
      const response = await fetch(`http://127.0.0.1:${server.port}/metrics`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/plain');
      const text = await response.text();
      expect(text).toContain('# TYPE dossier_events_deduplicated_total counter');
      expect(text).toContain('dossier_events_deduplicated_total 1');
      expect((await fetch(`http://127.0.0.1:${server.port}/`)).status).toBe(404);
      expect((await fetch(`http://127.0.0.1:${server.port}/metrics`, { method: 'POST' })).status).toBe(404);
      expect((await fetch(`http://127.0.0.1:${server.port}/slack/events`)).status).toBe(404);
    } finally {
      await server.close();
    }
    await expect(fetch(`http://127.0.0.1:${server.port}/metrics`)).rejects.toThrow();
  });

  it('fails to start on a port in use, saying so', async () => {
    const metrics = createMetrics();
    const first = await startMetricsServer(metrics.registry, { port: 0, host: '127.0.0.1' });
    try {
      await expect(startMetricsServer(metrics.registry, { port: first.port, host: '127.0.0.1' })).rejects.toThrow(/EADDRINUSE/u);
    } finally {
      await first.close();
    }
  });
});
