/**
 * CPU work that no ack waits for (the answer to a mention, a DM, a "More" click) takes turns with
 * incoming requests: one job per event-loop turn, queued first in, first out, so a burst of
 * mentions never holds back the next request's ack. Slash commands answer inline — their ack *is*
 * the answer.
 */

export interface TurnQueue {
  /** Runs `job` after the requests already waiting have been read (and acked); resolves with its result. */
  run<T>(job: () => T): Promise<T>;
  /** Jobs waiting for their turn. */
  readonly waiting: number;
}

export function turnQueue(schedule: (next: () => void) => void = setImmediate): TurnQueue {
  const jobs: Array<() => void> = [];
  let scheduled = false;
  const step = (): void => {
    const job = jobs.shift();
    job?.();
    // setImmediate runs after the poll phase: requests that arrived meanwhile are handled first.
    if (jobs.length > 0) schedule(step);
    else scheduled = false;
  };
  return {
    run<T>(job: () => T): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        jobs.push(() => {
          try {
            resolve(job());
          } catch (error) {
            reject(error);
          }
        });
        if (!scheduled) {
          scheduled = true;
          schedule(step);
        }
      });
    },
    get waiting() {
      return jobs.length;
    },
  };
}
