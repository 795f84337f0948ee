/**
 * Every call to Slack counted by method and result, and a failed one logged with its method and
 * status (so a reference id leads to the call that failed). Done in the `fetch` that the Web API
 * client and Bolt's `respond()` are given (clientOptions.fetch): every WebClient Bolt makes per
 * request inherits it, each HTTP attempt is seen exactly once, with its real status, whatever
 * error class the client turns it into. Wrapping `apiCall` would miss the clients' method
 * shortcuts, which are bound to the prototype's `apiCall` when a client is made.
 */
import type { Metrics, SlackResult } from '../observe/metrics.js';

/** The Web API methods this app calls: the `method` label takes these, `response_url`, `file_upload` or `other`. */
const METHODS = new Set([
  'auth.test',
  'chat.postMessage',
  'chat.postEphemeral',
  'chat.update',
  'conversations.open',
  'conversations.replies',
  'conversations.history',
  'views.publish',
  'files.getUploadURLExternal',
  'files.completeUploadExternal',
  'usergroups.users.list',
]);

/** The bounded method label of a request URL. Pure. */
export function slackMethod(url: string, apiUrl: string): string {
  if (url.startsWith(apiUrl)) {
    const name = url.slice(apiUrl.length).split(/[?#]/u)[0] ?? '';
    if (METHODS.has(name)) return name;
  }
  const path = URL.canParse(url) ? new URL(url).pathname : '';
  if (/^\/(?:commands|actions)\//u.test(path)) return 'response_url';
  if (/\/upload\//u.test(path)) return 'file_upload';
  return 'other';
}

/** How an answered call ended: Slack's own `ok: false` counts as `error`, as does any other refusal. */
async function resultOf(response: Response): Promise<{ result: SlackResult; error?: string }> {
  if (response.status === 429) return { result: '429' };
  if (response.status >= 500) return { result: '5xx' };
  if (response.status >= 300) return { result: 'error' };
  if (!(response.headers.get('content-type') ?? '').includes('json')) return { result: 'ok' };
  const body = (await response
    .clone()
    .json()
    .catch(() => ({ ok: true }))) as { ok?: boolean; error?: unknown };
  return body.ok === false ? { result: 'error', error: String(body.error) } : { result: 'ok' };
}

export interface ObservedFetchOptions {
  metrics?: Metrics;
  /** Where a failed call is told, with its method, status and result as fields. */
  warn?: (message: string, fields: Record<string, unknown>) => void;
  /** Base URL of the Web API (SLACK_API_URL or Slack's). */
  apiUrl: string;
  /** The fetch to call; the global one (as the client would use) when absent. */
  fetch?: typeof fetch;
}

export function observedFetch(options: ObservedFetchOptions): typeof fetch {
  return async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const method = slackMethod(url, options.apiUrl);
    const started = performance.now();
    const ms = (): number => Math.round(performance.now() - started);
    let response: Response;
    try {
      response = await (options.fetch ?? globalThis.fetch)(input, init);
    } catch (error) {
      options.metrics?.slackCalls.inc({ method, result: 'network' });
      // The reason, not a stack: it would only show the HTTP client's insides.
      const why = error instanceof Error ? [error.message, error.cause instanceof Error ? error.cause.message : undefined].filter(Boolean).join(': ') : String(error);
      options.warn?.(`Slack call ${method} failed: no answer (${why})`, { slack_method: method, result: 'network', ms: ms(), error: why });
      throw error;
    }
    const { result, error } = await resultOf(response);
    options.metrics?.slackCalls.inc({ method, result });
    if (result !== 'ok') options.warn?.(`Slack call ${method} failed: ${response.status}${error ? ` ${error}` : ''}`, { slack_method: method, status: response.status, result, ms: ms(), ...(error ? { slack_error: error } : {}) });
    return response;
  };
}

/** Slack's own Web API, where SLACK_API_URL does not point elsewhere. */
const SLACK_WEB_API = 'https://slack.com/api/';

/** The fetch every Web API client of the app uses: each call counted, and a failed one logged. */
export function appFetch(slackApiUrl: string | undefined, logger: { warn(message: string, fields: Record<string, unknown>): void }, metrics?: Metrics): typeof fetch {
  return observedFetch({ ...(metrics ? { metrics } : {}), warn: (message, fields) => logger.warn(message, fields), apiUrl: slackApiUrl ?? SLACK_WEB_API });
}

/** The bot tries a failed call again (postOnce, the digest): counted apart from the calls and their outcomes. */
export function countRetry(metrics: Metrics | undefined, method: string): void {
  metrics?.slackRetries.inc({ method });
}
