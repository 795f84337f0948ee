/**
 * Stepwise work: a generator that pauses (yields) every few milliseconds, so that building a large
 * index never holds up the event loop of a running app, run to its end at once or in steps.
 */

/** Runs a stepwise build to its end at once. */
export function finish<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs a stepwise build, giving the event loop back between steps. */
export async function finishInSteps<T>(steps: Generator<void, T>): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}
