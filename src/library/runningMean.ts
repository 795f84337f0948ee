/** A running mean of durations that follows recent values (exponential smoothing): what a queue expects its next job to take. */

/** Weight of the newest value. */
const SMOOTHING = 0.2;

export interface RunningMean {
  add(value: number): void;
  /** 0 until the first value. */
  readonly value: number;
}

export function runningMean(): RunningMean {
  let mean = 0;
  let seen = false;
  return {
    add(value) {
      mean = seen ? mean + SMOOTHING * (value - mean) : value;
      seen = true;
    },
    get value() {
      return mean;
    },
  };
}
