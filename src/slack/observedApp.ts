/**
 * The Bolt app, with every request it processes (from the receiver, or recovered from a replica
 * that died) run in its own log context: its event id or a request id, and the reference an
 * apology would show. Everything logged while serving it, by this app, Bolt or the Web API client,
 * carries them (requestContext.ts).
 */
import { randomBytes } from 'node:crypto';
import { App, type AppOptions, type ReceiverEvent } from '@slack/bolt';
import { withRequest, type RequestFields } from '../observe/requestContext.js';

interface Body {
  event_id?: unknown;
  event?: { type?: unknown; channel?: unknown };
  command?: unknown;
  channel_id?: unknown;
  type?: unknown;
  channel?: { id?: unknown };
  container?: { channel_id?: unknown };
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** The channel a request came from: an event's, a slash command's, or a button's (its container's). One reading for the log and the apology. */
export function channelOf(body: unknown): string | undefined {
  const b = (body ?? {}) as Body;
  return text(b.event?.channel) ?? text(b.channel_id) ?? text(b.channel?.id) ?? text(b.container?.channel_id);
}
const newRequestId = (): string => randomBytes(4).toString('hex');

/** The log fields of a request: ids, what it is, its channel (never a user or any text). Pure but for the ids handed in. */
export function requestFields(body: unknown, reference: string, requestId: () => string = newRequestId): RequestFields {
  const b = (body ?? {}) as Body;
  const eventId = text(b.event_id);
  if (eventId) {
    const type = text(b.event?.type);
    const channel = channelOf(body);
    return { kind: 'event', event_id: eventId, reference, ...(type ? { event_type: type } : {}), ...(channel ? { channel } : {}) };
  }
  const command = text(b.command);
  const channel = channelOf(body);
  return { kind: command ? 'command' : 'action', request_id: requestId(), reference, ...(command ? { command } : {}), ...(channel ? { channel } : {}) };
}

export class ObservedApp extends App {
  private readonly reference: () => string;

  constructor(options: AppOptions, reference: () => string) {
    super(options);
    this.reference = reference;
  }

  override processEvent(event: ReceiverEvent): Promise<void> {
    return withRequest(requestFields(event.body, this.reference()), () => super.processEvent(event));
  }
}
