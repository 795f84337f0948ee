import { describe, expect, it } from 'vitest';
import { createMetrics } from '../../src/observe/metrics.js';
import { ObservedStore } from '../../src/observe/observeStore.js';
import { FileStore } from '../../src/state/store/fileStore.js';
import type { StateStore } from '../../src/state/store/stateStore.js';
import { tempDirs } from '../helpers/tempDirs.js';

const tempDir = tempDirs('observe-store-');

describe('ObservedStore', () => {
  it('does what the store does, timing each operation by name and result, and reports whether the store answers', async () => {
    const metrics = createMetrics();
    const store = new ObservedStore(new FileStore({ stateDir: tempDir() }), metrics);
    expect(store.kind).toBe('files');
    expect(await store.claim('event:Ev1', 'me', 60_000)).toBe('claimed');
    expect(await store.claim('event:Ev1', 'other', 60_000)).toBe('held');
    await store.append('log', 'one', 10);
    expect(await store.list('log')).toEqual(['one']);
    const text = await metrics.registry.metrics();
    expect(text).toContain('dossier_state_store_seconds_count{op="claim",result="ok"} 2');
    expect(text).toContain('dossier_state_store_seconds_count{op="list",result="ok"} 1');
    expect(text).toContain('dossier_state_store_up 1');
    await store.close();
  });

  it('counts a failed operation as an error and passes the failure on', async () => {
    const metrics = createMetrics();
    const failing = { kind: 'redis', claim: async () => Promise.reject(new Error('ECONNREFUSED')), healthy: async () => false } as unknown as StateStore;
    const store = new ObservedStore(failing, metrics);
    await expect(store.claim('k', 'me', 1000)).rejects.toThrow('ECONNREFUSED');
    const text = await metrics.registry.metrics();
    expect(text).toContain('dossier_state_store_seconds_count{op="claim",result="error"} 1');
    expect(text).toContain('dossier_state_store_up 0');
  });
});
