/**
 * Raw articles sometimes arrive with metadata glued to the front of the text, e.g.
 * ` date 2022-01 Rusland heeft troepen gestuurd…`. That prefix is metadata, not article text.
 */

import { isValidDate } from '../time/calendarDate.js';

export interface PrefixMetadata {
  date?: string;
}

export interface PrefixSplit {
  metadata: PrefixMetadata;
  /** The text with the prefix removed (unchanged when there is none). */
  text: string;
}

// `date 2022-01`, `Date: 2022-01-06`, `datum 6-1-2022` … at the very start of the text.
const DATE_PREFIX = /^\s*(?:date|datum)\s*:?\s+(\d{4}-\d{2}(?:-\d{2})?|\d{1,2}-\d{1,2}-\d{4})(?=\s|$)[ \t]*/iu;

/** Converts `6-1-2022` to `2022-01-06`; ISO input is returned as is. */
function isoDate(value: string): string {
  const dmy = /^(\d{1,2})-(\d{1,2})-(\d{4})$/u.exec(value);
  if (!dmy) return value;
  const [, d = '', m = '', y = ''] = dmy;
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

export function splitMetadataPrefix(text: string): PrefixSplit {
  const match = DATE_PREFIX.exec(text);
  if (!match?.[1]) return { metadata: {}, text };
  // An impossible date (`2022-13`, `31-2-2022`) is still metadata, never text, but no date either.
  const date = isoDate(match[1]);
  return { metadata: isValidDate(date) ? { date } : {}, text: text.slice(match[0].length) };
}
