/** Requests shaped and signed the way Slack sends them. */
import { createHmac } from 'node:crypto';

export const SIGNING_SECRET = 'test-signing-secret-0123456789ab';

export function sign(body: string, timestamp: number, secret = SIGNING_SECRET): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SignedPost {
  body: string;
  contentType: 'application/x-www-form-urlencoded' | 'application/json';
  timestamp?: number;
  signature?: string;
  headers?: Record<string, string>;
}

export async function postToSlackEndpoint(port: number, request: SignedPost): Promise<{ status: number; text: string; ms: number }> {
  const timestamp = request.timestamp ?? Math.floor(Date.now() / 1000);
  const started = performance.now();
  const response = await fetch(`http://127.0.0.1:${port}/slack/events`, {
    method: 'POST',
    headers: {
      'content-type': request.contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': request.signature ?? sign(request.body, timestamp),
      ...request.headers,
    },
    body: request.body,
  });
  const text = await response.text();
  return { status: response.status, text, ms: performance.now() - started };
}

/** A slash command payload as Slack posts it (form-encoded, real field set). */
export function slashCommand(command: string, text: string, extra: Record<string, string> = {}): SignedPost {
  const fields = {
    token: 'legacy-verification-token',
    team_id: 'T0001',
    team_domain: 'newsroom',
    channel_id: 'C2147483705',
    channel_name: 'desk',
    user_id: 'U2147483697',
    user_name: 'reporter',
    command,
    text,
    api_app_id: 'A123456',
    is_enterprise_install: 'false',
    response_url: 'https://hooks.slack.test/commands/T0001/1/abc',
    trigger_id: '13345224609.738474920.8088930838d88f008e0',
    ...extra,
  };
  return { body: new URLSearchParams(fields).toString(), contentType: 'application/x-www-form-urlencoded' };
}

/** An Events API envelope around `event`. */
export function eventCallback(event: Record<string, unknown>, eventId: string): SignedPost {
  return {
    contentType: 'application/json',
    body: JSON.stringify({
      token: 'legacy-verification-token',
      team_id: 'T0001',
      api_app_id: 'A123456',
      event,
      type: 'event_callback',
      authorizations: [{ team_id: 'T0001', user_id: 'UBOT', is_bot: true, is_enterprise_install: false }],
      event_id: eventId,
      event_time: 1707806347,
    }),
  };
}

/** An interactivity payload (button click) as Slack posts it: form field `payload` holding JSON. */
export function buttonClick(actionId: string, value: string, options: { ephemeral?: boolean; responseUrl?: string; user?: string } = {}): SignedPost {
  const payload = {
    type: 'block_actions',
    team: { id: 'T0001', domain: 'newsroom' },
    user: { id: options.user ?? 'U2147483697', username: 'reporter', team_id: 'T0001' },
    api_app_id: 'A123456',
    token: 'legacy-verification-token',
    container: { type: 'message', message_ts: '1707806400.000100', channel_id: 'C2147483705', is_ephemeral: options.ephemeral ?? true },
    trigger_id: '13345224609.738474920.8088930838d88f008e0',
    channel: { id: 'C2147483705', name: 'desk' },
    response_url: options.responseUrl ?? 'https://hooks.slack.test/actions/T0001/2/def',
    actions: [{ action_id: actionId, block_id: 'answer_actions', text: { type: 'plain_text', text: 'x' }, value, type: 'button', action_ts: '1707806401.000200' }],
  };
  return { body: new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), contentType: 'application/x-www-form-urlencoded' };
}
