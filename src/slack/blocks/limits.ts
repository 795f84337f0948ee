/**
 * Block Kit limits, enforced on every outgoing message: at most 50 blocks, 3,000 characters per
 * section text, 150 per header/button, 2,000 per button value. A message that would exceed them is
 * trimmed with a visible marker rather than rejected by Slack.
 */
import type { KnownBlock } from './blockTypes.js';
import { escapeText } from './mrkdwn.js';
import { mapped } from '../../lists/loops.js';

export const MAX_BLOCKS = 50;
export const MAX_SECTION_TEXT = 3000;
export const MAX_CONTEXT_TEXT = 2000;
export const MAX_FALLBACK_TEXT = 3000;

export function truncate(text: string, max: number, marker = '… (shortened)'): string {
  if (text.length <= max) return text;
  // Never cut an escape sequence like `&amp;` in half.
  let cut = text.slice(0, max - marker.length);
  cut = cut.replace(/&[a-z]{0,4}$/u, '');
  // Nor an emoji (a surrogate pair) in half: Slack would get invalid text.
  if (/[\uD800-\uDBFF]$/u.test(cut)) cut = cut.slice(0, -1);
  return cut + marker;
}

export interface SlackMessage {
  /** Fallback text for notifications and clients that cannot show blocks. */
  text: string;
  blocks: KnownBlock[];
}

/**
 * Finishes a message built by the renderers: the fallback `text` (raw words: the question, titles,
 * sentences) is escaped like everything else echoed, and the Block Kit limits are enforced.
 */
export function finishMessage(message: SlackMessage): SlackMessage {
  return withinLimits({ ...message, text: escapeText(message.text) });
}

/** One block's texts held to their limits (section, context, header); messages and views alike. */
export function fitBlock(block: KnownBlock): KnownBlock {
  if (block.type === 'section' && block.text) return { ...block, text: { ...block.text, text: truncate(block.text.text, MAX_SECTION_TEXT) } };
  if (block.type === 'context') {
    return { ...block, elements: mapped(block.elements, (e) => ('text' in e && typeof e.text === 'string' ? { ...e, text: truncate(e.text, MAX_CONTEXT_TEXT) } : e)) as typeof block.elements };
  }
  if (block.type === 'header') return { ...block, text: { ...block.text, text: truncate(block.text.text, 150, '…') } };
  return block;
}

/** Enforces the limits on a message whose text is already escaped. */
export function withinLimits(message: SlackMessage): SlackMessage {
  const blocks = mapped(message.blocks, fitBlock);
  const fitted = blocks.length <= MAX_BLOCKS ? blocks : [...blocks.slice(0, MAX_BLOCKS - 1), { type: 'context', elements: [{ type: 'mrkdwn', text: `… ${blocks.length - MAX_BLOCKS + 1} more blocks left out (Slack shows at most ${MAX_BLOCKS}).` }] } as KnownBlock];
  return { text: truncate(message.text, MAX_FALLBACK_TEXT), blocks: fitted };
}

/** Lines joined into as few mrkdwn sections as fit under a section's text limit. */
export function groupLines(lines: readonly string[], max = MAX_SECTION_TEXT - 200): string[] {
  const groups: string[] = [];
  let current = '';
  for (const line of lines) {
    if (current && current.length + line.length + 1 > max) {
      groups.push(current);
      current = '';
    }
    current = current ? `${current}\n${line}` : line;
  }
  if (current) groups.push(current);
  return groups;
}
