/**
 * Answering off the main thread: a few worker threads (answerWorker.ts), each with the library
 * loaded, take questions first come, first served. The main thread's event loop then only reads
 * requests, acks and renders, so no answer, however large the dossier, holds up an ack.
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Answer } from '../answer/types.js';
import type { Library } from './loadLibrary.js';
import { runningMean } from './runningMean.js';
import { mapped } from '../lists/loops.js';

export type WorkerRequest = { type: 'answer'; id: number; dossierId: string; question: string; limit: number; offset: number } | { type: 'reload' };
export type WorkerReply = { type: 'ready' } | { type: 'answer'; id: number; answer: Answer } | { type: 'failed'; id: number; message: string };

export interface AnswerPool {
  answer(dossierId: string, question: string, page: { limit: number; offset: number }): Promise<Answer>;
  /** How long a question asked now would wait and be answered, in ms, from recent answers. */
  expectedMs(): number;
  /** Questions handed to the workers and not answered yet. */
  readonly waiting: number;
  /** The knowledge changed: every worker rebuilds its library. */
  reload(): void;
  close(): Promise<void>;
}

export interface AnswerPoolOptions {
  knowledgeDir: string;
  /** Where the index snapshots are (loadLibrary's `snapshots`). */
  snapshots?: string;
  size: number;
  /** Nothing answered within this long is given up (the caller then answers in-process). */
  timeoutMs?: number;
}

/** From this many sentences in all, `auto` answers in worker threads: below it an answer takes well under a millisecond. */
export const WORKERS_FROM_SENTENCES = 20_000;

/** How many answer workers to start: as configured, or for `auto` the spare cores once the library is large. */
export function answerWorkerCount(setting: number | 'auto', library: Library, cores = availableParallelism()): number {
  if (setting !== 'auto') return setting;
  const sentences = library.dossiers.reduce((sum, d) => sum + d.sentences.length, 0);
  return sentences < WORKERS_FROM_SENTENCES ? 0 : Math.max(1, cores - 1);
}

// A worker starts from this script: it registers tsx when the app runs from its TypeScript source.
const BOOT = `
const { workerData } = require('node:worker_threads');
(async () => {
  if (workerData.tsx) (await import(workerData.tsx)).register();
  await import(workerData.entry);
})();`;

/** Where tsx's ESM API is, as a URL a worker can import (its `import` entry, not the CommonJS one). */
function tsxApi(): string {
  const resolve = (import.meta as { resolve?: (specifier: string) => string }).resolve;
  if (typeof resolve === 'function') return resolve('tsx/esm/api');
  const packageJson = createRequire(import.meta.url).resolve('tsx/package.json');
  return pathToFileURL(packageJson.replace(/package\.json$/u, 'dist/esm/api/index.mjs')).href;
}

interface Slot {
  worker: Worker;
  ready: Promise<void>;
  pending: Map<number, { resolve: (answer: Answer) => void; reject: (error: Error) => void; started: number }>;
}

export async function startAnswerPool({ knowledgeDir, snapshots, size, timeoutMs = 20_000 }: AnswerPoolOptions): Promise<AnswerPool> {
  const fromSource = import.meta.url.endsWith('.ts');
  const entry = new URL(`./answerWorker${fromSource ? '.ts' : '.js'}`, import.meta.url).href;
  const tsx = fromSource ? tsxApi() : undefined;
  let nextId = 0;
  const duration = runningMean();
  let closing = false;

  const spawn = (): Slot => {
    const worker = new Worker(BOOT, { eval: true, workerData: { entry, knowledgeDir, ...(snapshots ? { snapshots } : {}), ...(tsx ? { tsx } : {}) } });
    const pending: Slot['pending'] = new Map();
    let markReady: () => void = () => undefined;
    const ready = new Promise<void>((resolve) => {
      markReady = resolve;
    });
    worker.on('message', (message: WorkerReply) => {
      if (message.type === 'ready') return markReady();
      const waiting = pending.get(message.id);
      if (!waiting) return;
      pending.delete(message.id);
      if (message.type === 'failed') return waiting.reject(new Error(message.message));
      duration.add(performance.now() - waiting.started);
      waiting.resolve(message.answer);
    });
    // A worker that dies fails what it held; a new one takes its place, once ('error' is followed by 'exit').
    let failed = false;
    const fail = (error: Error): void => {
      for (const waiting of pending.values()) waiting.reject(error);
      pending.clear();
      markReady();
      if (failed || closing) return;
      failed = true;
      slots[slots.indexOf(slot)] = spawn();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`answer worker exited with code ${code}`)));
    const slot: Slot = { worker, ready, pending };
    return slot;
  };
  const slots: Slot[] = Array.from({ length: Math.max(1, size) }, spawn);
  await Promise.all(mapped(slots, (s) => s.ready));

  return {
    answer(dossierId, question, { limit, offset }) {
      // The least busy worker; ties to the first.
      const slot = slots.reduce((best, s) => (s.pending.size < best.pending.size ? s : best));
      const id = nextId++;
      return new Promise<Answer>((resolve, reject) => {
        const timer = setTimeout(() => {
          if (slot.pending.delete(id)) reject(new Error(`no answer from a worker within ${timeoutMs} ms`));
        }, timeoutMs);
        timer.unref();
        slot.pending.set(id, {
          resolve: (answer) => {
            clearTimeout(timer);
            resolve(answer);
          },
          reject: (error) => {
            clearTimeout(timer);
            reject(error);
          },
          started: performance.now(),
        });
        const request: WorkerRequest = { type: 'answer', id, dossierId, question, limit, offset };
        slot.worker.postMessage(request);
      });
    },
    expectedMs: () => (Math.min(...mapped(slots, (s) => s.pending.size)) + 1) * duration.value,
    get waiting() {
      return slots.reduce((sum, s) => sum + s.pending.size, 0);
    },
    reload: () => {
      for (const slot of slots) slot.worker.postMessage({ type: 'reload' } satisfies WorkerRequest);
    },
    close: async () => {
      closing = true;
      await Promise.all(mapped(slots, (s) => s.worker.terminate()));
    },
  };
}
