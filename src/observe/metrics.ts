/**
 * Every metric the app exposes, defined in one place, in a registry of its own per app instance
 * (tests start many apps; the global default registry would add their counts up). Label values
 * come from the small fixed sets below: never a question, a user or a channel.
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Where a question was asked. */
export const SURFACES = ['slash', 'mention', 'dm', 'console'] as const;
export type Surface = (typeof SURFACES)[number];
/** How it was answered: a full answer, only related sentences, nothing, refused (empty, no question, too long), or failed (the apology). */
export const OUTCOMES = ['full', 'partial', 'none', 'refused', 'failed'] as const;
export type Outcome = (typeof OUTCOMES)[number];
/** How a call to Slack ended. */
export const SLACK_RESULTS = ['ok', 'error', '429', '5xx', 'network'] as const;
export type SlackResult = (typeof SLACK_RESULTS)[number];
/** What Slack sent to the request URL. */
export const ACK_KINDS = ['command', 'event', 'action', 'other'] as const;
export type AckKind = (typeof ACK_KINDS)[number];
export const DIGEST_RESULTS = ['posted', 'skipped', 'failed'] as const;
export type DigestResult = (typeof DIGEST_RESULTS)[number];
export const RELOAD_RESULTS = ['ok', 'failed'] as const;

export interface Metrics {
  readonly registry: Registry;
  readonly questions: Counter<'surface' | 'outcome'>;
  readonly answerSeconds: Histogram<'surface'>;
  readonly ackSeconds: Histogram<'kind'>;
  readonly slackCalls: Counter<'method' | 'result'>;
  /** Calls the bot made again after one failed: a decision, not an outcome, so apart from `slackCalls`. */
  readonly slackRetries: Counter<'method'>;
  readonly eventsDeduplicated: Counter;
  readonly digests: Counter<'result'>;
  readonly libraryReloads: Counter<'result'>;
  readonly knowledgeProblems: Gauge<'severity'>;
  readonly stateStoreUp: Gauge;
  readonly stateStoreSeconds: Histogram<'op' | 'result'>;
  readonly answerQueueLength: Gauge;
  /** What the gauges read when scraped; the app sets them once its parts exist. */
  readonly sources: { queueLength: () => number; storeHealthy: () => Promise<boolean> };
}

export interface MetricsOptions {
  /** Node's process metrics (CPU, memory, event loop lag, GC): on in the app, off in most tests. */
  processMetrics?: boolean;
}

/** The knowledge problems of the library now served, by severity. */
export function setKnowledgeProblems(metrics: Metrics | undefined, problems: ReadonlyArray<{ severity: 'error' | 'warning' }>): void {
  for (const severity of ['error', 'warning'] as const) metrics?.knowledgeProblems.set({ severity }, problems.filter((p) => p.severity === severity).length);
}

export function createMetrics(options: MetricsOptions = {}): Metrics {
  const registry = new Registry();
  const registers = [registry];
  const sources: Metrics['sources'] = { queueLength: () => 0, storeHealthy: async () => true };
  const metrics: Metrics = {
    registry,
    sources,
    questions: new Counter({ name: 'dossier_questions_total', help: 'Questions asked, by surface and outcome (full, partial, none, refused, failed)', labelNames: ['surface', 'outcome'], registers }),
    answerSeconds: new Histogram({ name: 'dossier_answer_seconds', help: 'Time from a question to its answer ready to send, waiting for a turn included', labelNames: ['surface'], buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5], registers }),
    ackSeconds: new Histogram({ name: 'dossier_ack_seconds', help: 'Time from a Slack request reaching the HTTP receiver to its acknowledgement (Slack allows 3 s)', labelNames: ['kind'], buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5], registers }),
    slackCalls: new Counter({ name: 'dossier_slack_api_calls_total', help: 'Calls to Slack (Web API methods, response_url), by method and how they ended', labelNames: ['method', 'result'], registers }),
    slackRetries: new Counter({ name: 'dossier_slack_api_retries_total', help: 'Calls to Slack the bot made again after one failed (postOnce, the digest), by method', labelNames: ['method'], registers }),
    eventsDeduplicated: new Counter({ name: 'dossier_events_deduplicated_total', help: 'Slack events not answered again: a retry, or another replica has them', registers }),
    digests: new Counter({ name: 'dossier_digests_total', help: 'Scheduled digests: posted, skipped (already posted, or by another replica) or failed', labelNames: ['result'], registers }),
    libraryReloads: new Counter({ name: 'dossier_library_reloads_total', help: 'Rebuilds of the library after the knowledge folder changed', labelNames: ['result'], registers }),
    knowledgeProblems: new Gauge({ name: 'dossier_knowledge_problems', help: 'Problems in the knowledge files of the library being served, by severity', labelNames: ['severity'], registers }),
    stateStoreUp: new Gauge({
      name: 'dossier_state_store_up',
      help: '1 when the state store (files or Redis) answers, 0 when not',
      registers,
      async collect() {
        this.set((await sources.storeHealthy()) ? 1 : 0);
      },
    }),
    stateStoreSeconds: new Histogram({ name: 'dossier_state_store_seconds', help: 'Latency of state store operations, by operation and result', labelNames: ['op', 'result'], buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1], registers }),
    answerQueueLength: new Gauge({
      name: 'dossier_answer_queue_length',
      help: 'Questions waiting for their turn or for an answer worker',
      registers,
      collect() {
        this.set(sources.queueLength());
      },
    }),
  };
  // Every series shows from the start at 0, so a rate or an alert has something to read before the first question.
  for (const surface of SURFACES) for (const outcome of OUTCOMES) metrics.questions.inc({ surface, outcome }, 0);
  for (const result of DIGEST_RESULTS) metrics.digests.inc({ result }, 0);
  for (const result of RELOAD_RESULTS) metrics.libraryReloads.inc({ result }, 0);
  setKnowledgeProblems(metrics, []);
  if (options.processMetrics) collectDefaultMetrics({ register: registry });
  return metrics;
}
