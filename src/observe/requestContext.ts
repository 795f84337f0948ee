/**
 * What every log line about one request carries (its event or request id, and the reference an
 * apology shows), kept in AsyncLocalStorage so code deep down (posting, answering, the Web API
 * client, Bolt itself) logs with it without a logger threaded through every call.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

export interface RequestFields {
  /** Slack's `event_id` (Events API): the same across Slack's retries and replicas. */
  event_id?: string;
  /** Made up here for commands and button clicks, which carry no id of their own worth logging. */
  request_id?: string;
  /** What kind of request: `command`, `event` or `action`. */
  kind: string;
  /** The reference an apology to this request shows: quoting it finds every line of the request. */
  reference: string;
  /** Bounded details that help reading a trace: the command or event type, the channel (never a user). */
  command?: string;
  event_type?: string;
  channel?: string;
}

const storage = new AsyncLocalStorage<RequestFields>();

/** Runs `work` as part of the request: everything it logs, now or after an await, carries `fields`. */
export function withRequest<T>(fields: RequestFields, work: () => T): T {
  return storage.run(fields, work);
}

/** The request being served here, if any. */
export function currentRequest(): RequestFields | undefined {
  return storage.getStore();
}
