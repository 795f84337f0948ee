/**
 * A worker thread that answers questions (answerPool.ts): it loads the library itself, so the
 * main thread's event loop only ever reads requests, acks and renders.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { answer } from '../answer/answer.js';
import { loadLibrary, type Library } from './loadLibrary.js';
import { warmUp } from './warmUp.js';
import type { WorkerReply, WorkerRequest } from './answerPool.js';

const { knowledgeDir, snapshots } = workerData as { knowledgeDir: string; snapshots?: string };
// The main thread has written the snapshot by the time workers start: each reads it, none rebuilds.
const load = snapshots ? { snapshots } : {};
const port = parentPort;
if (!port) throw new Error('answerWorker runs as a worker thread');

let library: Library = await loadLibrary(knowledgeDir, load);
// Ready means warm: the first questions do not pay for the JIT (warmUp.ts).
warmUp(library);
const reply = (message: WorkerReply): void => port.postMessage(message);

port.on('message', (request: WorkerRequest) => {
  if (request.type === 'reload') {
    // Answers keep coming from the previous library until the new one is built (from the snapshot the
    // main thread wrote, else updated from this one).
    void loadLibrary(knowledgeDir, { ...load, previous: library }).then(
      (next) => {
        library = next;
      },
      () => undefined,
    );
    return;
  }
  try {
    const index = library.byId(request.dossierId);
    if (!index) throw new Error(`no dossier ${request.dossierId} in this worker's library`);
    reply({ type: 'answer', id: request.id, answer: answer(request.question, { index, limit: request.limit, offset: request.offset }) });
  } catch (error) {
    reply({ type: 'failed', id: request.id, message: error instanceof Error ? error.message : String(error) });
  }
});
reply({ type: 'ready' });
