/** Log lines written to memory instead of stdout: what a test reads back, parses and scans. */
import { Writable } from 'node:stream';

export interface CapturedLog {
  /** A real stream, so pino-pretty can pipe into it too. */
  stream: Writable;
  /** Every line as written. */
  lines: string[];
  /** Every line parsed (JSON lines). */
  entries(): Array<Record<string, unknown>>;
}

export function captureLog(): CapturedLog {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      lines.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  return { stream, lines, entries: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}
