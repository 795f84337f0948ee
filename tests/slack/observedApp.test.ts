import { describe, expect, it } from 'vitest';
import { requestFields } from '../../src/slack/observedApp.js';
import { buttonClick, eventCallback, slashCommand } from '../helpers/slackRequests.js';

const form = (body: string): Record<string, string> => Object.fromEntries(new URLSearchParams(body));

describe('requestFields', () => {
  it('an event: its event id, type and channel, never its user or text', () => {
    const body = JSON.parse(eventCallback({ type: 'message', channel_type: 'im', channel: 'D024BE91L', user: 'U2147483697', text: 'a private question' }, 'Ev1').body) as unknown;
    const fields = requestFields(body, 'A1B2C3');
    expect(fields).toEqual({ kind: 'event', event_id: 'Ev1', event_type: 'message', channel: 'D024BE91L', reference: 'A1B2C3' });
  });

  it('a command: a request id made up for it, the command and channel, never the user or the words', () => {
    const fields = requestFields(form(slashCommand('/kazakhstan', 'troops').body), 'A1B2C3', () => 'r1');
    expect(fields).toEqual({ kind: 'command', request_id: 'r1', command: '/kazakhstan', channel: 'C2147483705', reference: 'A1B2C3' });
    expect(JSON.stringify(fields)).not.toMatch(/U2147483697|troops/u);
  });

  it('a button click: a request id and the channel', () => {
    const payload = JSON.parse(form(buttonClick('answer_more', '{"q":"troops"}').body).payload ?? '{}') as unknown;
    expect(requestFields(payload, 'A1B2C3', () => 'r2')).toEqual({ kind: 'action', request_id: 'r2', channel: 'C2147483705', reference: 'A1B2C3' });
  });

  it('copes with a body of nothing known', () => {
    expect(requestFields(undefined, 'R', () => 'r3')).toEqual({ kind: 'action', request_id: 'r3', reference: 'R' });
  });
});
