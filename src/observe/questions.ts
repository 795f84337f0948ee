/**
 * A question's outcome, as every surface counts it: read from the reply the shared reply layer
 * gave (src/reply), so Slack and the console count the same way. Subcommands (help, sources,
 * figures, digest, add, remove) are not questions and are not counted.
 */
import type { Reply } from '../reply/replyTo.js';
import type { Metrics, Outcome, Surface } from './metrics.js';

/** `undefined` reply: answering failed (the asker got the apology). */
export function outcomeOf(reply: Reply | undefined): Outcome | undefined {
  if (reply === undefined) return 'failed';
  switch (reply.kind) {
    case 'answer':
      return reply.answer.results.some((r) => r.match === 'full') ? 'full' : reply.answer.results.length > 0 ? 'partial' : 'none';
    case 'too_long':
      return 'refused';
    case 'help':
      // Words but nothing to search for ("?", "wat is"): refused, with how to ask.
      return reply.reason === 'no-question' ? 'refused' : undefined;
    default:
      return undefined;
  }
}

/** Counts the question (if it was one) with how long its answer took; returns its outcome. */
export function recordQuestion(metrics: Metrics | undefined, surface: Surface, reply: Reply | undefined, seconds: number): Outcome | undefined {
  const outcome = outcomeOf(reply);
  if (!outcome || !metrics) return outcome;
  metrics.questions.inc({ surface, outcome });
  metrics.answerSeconds.observe({ surface }, seconds);
  return outcome;
}
