/** The Block Kit pieces every message here is made of: a mrkdwn section, a context line, a button. */
import type { Button, KnownBlock } from './blockTypes.js';

export const section = (text: string): KnownBlock => ({ type: 'section', text: { type: 'mrkdwn', text } });
export const context = (text: string): KnownBlock => ({ type: 'context', elements: [{ type: 'mrkdwn', text }] });
export const button = (text: string, action_id: string, value: string, style?: 'primary' | 'danger'): Button => ({
  type: 'button',
  text: { type: 'plain_text', text, emoji: true },
  action_id,
  value,
  ...(style ? { style } : {}),
});
