/**
 * CPU work (answering) takes turns with incoming requests: one job per event-loop turn, first in,
 * first out, so a burst of questions never holds back the next request's ack. The queue also knows
 * how long its jobs take, so a slash command can tell whether its answer fits in the ack or must
 * follow through `response_url` (dossierCommand.ts).
 */
import { AsyncResource } from 'node:async_hooks';
import { runningMean } from './runningMean.js';

export interface TurnQueue {
  /** Runs `job` after the requests already waiting have been read (and acked); resolves with its result. */
  run<T>(job: () => T): Promise<T>;
  /** Jobs waiting for their turn. */
  readonly waiting: number;
  /** How long a job queued now would wait and run, in ms, from recent jobs' durations. */
  expectedMs(): number;
}

export interface TurnQueueOptions {
  schedule?: (next: () => void) => void;
  now?: () => number;
}

export function turnQueue({ schedule = setImmediate, now = () => performance.now() }: TurnQueueOptions = {}): TurnQueue {
  const jobs: Array<() => void> = [];
  let scheduled = false;
  const duration = runningMean();
  const step = (): void => {
    const job = jobs.shift();
    if (job) {
      const started = now();
      job();
      duration.add(now() - started);
    }
    // setImmediate runs after the poll phase: requests that arrived meanwhile are handled first.
    if (jobs.length > 0) schedule(step);
    else scheduled = false;
  };
  return {
    run<T>(job: () => T): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        // Bound to the caller's async context: a job runs for its own request (and logs with its
        // ids), not for whichever request happened to start the queue's turn.
        jobs.push(
          AsyncResource.bind(() => {
            try {
              resolve(job());
            } catch (error) {
              reject(error);
            }
          }),
        );
        if (!scheduled) {
          scheduled = true;
          schedule(step);
        }
      });
    },
    get waiting() {
      return jobs.length;
    },
    expectedMs: () => (jobs.length + 1) * duration.value,
  };
}
