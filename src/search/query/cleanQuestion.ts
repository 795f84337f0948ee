/**
 * A question as typed in Slack → the plain words to search for.
 * Slack markup (mentions, links, emoji codes, formatting marks) is not query words, and the query
 * log must never hold user ids or the names behind them, so mentions go entirely.
 * Markup: https://api.slack.com/reference/surfaces/formatting. Input may be anything and long, so
 * every pattern runs in linear time (no nested quantifiers).
 */
import { table } from '../../lists/table.js';

// Slack escapes a typed `<`, so `<...>` is markup: a mention (`@`), channel (`#`), special
// mention (`!`) or a link (scheme). Anything else in brackets stays as typed (console text).
// A `,` `:` `;` right after goes with it, so `<@U1>: wie is…` leaves no stray colon.
const SLACK_MARKUP = /<([@#!]|[a-z][a-z0-9+.-]*:)([^<>]*)>([,:;](?=\s|$))?/giu;
// An unclosed mention (`<@U123|jan` without `>`) still carries an id.
const UNCLOSED_MENTION = /<[@#!][^\s<>]*/gu;
// Not preceded by a letter or digit (a `_` or `*` of formatting may be, so no `\b`).
const BARE_URL = /(?<![\p{L}\p{N}])(?:https?:\/\/|www\.)\S*/giu;
const URL_TRAILING = '.,;:!?)]\'"’”';
// A handle typed as text ("@dossier wie is …", "@jan"): whom the message is for, never what it asks;
// not an address's `@` (a letter or digit before it).
const TYPED_HANDLE = /(?<![\p{L}\p{N}._%+-])@[\p{L}\p{N}._-]+/gu;
const BACKTICKS = /`+/gu;
const QUOTE_MARKER = /^[ \t]*(?:&gt;){1,3}(?=[ \t]|$)/gmu;
// Emoji names are lowercase letters, digits, `_`, `-`, `+`. A name without letters (`:100:`,
// `:+1:`) only counts when no digit precedes it, so `10:30:45` stays a time.
const EMOJI = /(?<!\d):[a-z0-9_+-]+:|:(?=[a-z0-9_+-]*[a-z])[a-z0-9_+-]+:/gu;
// `*bold*`, `_italic_`, `~strike~`: marks at a word's edge; inside words (`snake_case`, `5*3`) they stay.
const FORMAT_MARKS = /(?<![\p{L}\p{M}\p{N}])[*_~]+|[*_~]+(?![\p{L}\p{M}\p{N}])/gu;
const ENTITY = /&(amp|lt|gt);/gu;
const DECODED: Readonly<Record<string, string>> = table({ amp: '&', lt: '<', gt: '>' });

/** Every pattern above needs one of these: most questions have none, and only their spaces are tidied. */
const ANY_MARKUP = /[`*_~<@&:]|www\./iu;

export function cleanQuestion(text: string): string {
  if (!ANY_MARKUP.test(text)) return text.replace(/\s+/gu, ' ').trim();
  // Marks first: removing them later could join what is left into markup, a URL or an emoji
  // code (`<`!here`, `:*smile*:`) that a second cleaning would remove (cleaning is idempotent).
  // Three backticks fence a block (often on its own line); one wraps inline code.
  const unmarked = text.replace(BACKTICKS, (ticks) => (ticks.length >= 3 ? ' ' : '')).replace(FORMAT_MARKS, '');
  return (
    withoutMarkup(unmarked)
      .replace(UNCLOSED_MENTION, ' ')
      .replace(BARE_URL, dropUrl)
      .replace(TYPED_HANDLE, ' ')
      .replace(QUOTE_MARKER, ' ')
      .replace(EMOJI, ' ')
      // Last, and in one pass: a decoded `<` or `&lt;` is text the user typed, never markup.
      .replace(ENTITY, (_entity, name: string) => DECODED[name] ?? '')
      .replace(/\s+/gu, ' ')
      .trim()
  );
}

/**
 * Markup around markup, levels replaced at most. Slack sends none (it escapes a typed `<`); only
 * pasted or broken markup nests, and beyond this depth a second cleaning may remove more.
 */
const MAX_NESTING = 16;

/**
 * Slack markup replaced, from the inside out: replacing inner markup can complete an outer one
 * (`<wie: <https://…|Rusland> >` leaves `<wie: Rusland >`), which a second cleaning would then
 * remove. Each pass is linear; a pass that changes nothing ends it.
 */
function withoutMarkup(text: string): string {
  let out = text;
  for (let level = 0; level < MAX_NESTING; level++) {
    const next = out.replace(SLACK_MARKUP, replaceMarkup);
    if (next === out) return out;
    out = next;
  }
  return out;
}

function replaceMarkup(_markup: string, kind: string, body: string, after: string | undefined): string {
  const bar = body.indexOf('|');
  const label = bar === -1 ? '' : body.slice(bar + 1);
  // Mentions and channels go with their names; special mentions too, but a date's label is
  // part of the question.
  if (kind === '@' || kind === '#') return ' ';
  if (kind === '!') return body.startsWith('date^') && label.trim() ? `${label}${after ?? ''}` : ' ';
  // Mail and phone links are contact details, never question words, whatever their label.
  if (/^(?:mailto|tel):$/iu.test(kind)) return ' ';
  return isAddress(label) ? ' ' : `${label}${after ?? ''}`;
}

/** A link label that is itself an address (`example.com`, `a@b.nl`, a URL) holds no words to search. */
function isAddress(label: string): boolean {
  const text = label.trim();
  if (text === '') return true;
  if (/\s/u.test(text)) return false;
  if (text.includes('@') || /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.)/iu.test(text)) return true;
  const parts = (text.split(/[/?#:]/u)[0] ?? '').split('.');
  return (
    parts.length > 1 &&
    parts.every((part) => /^[a-z0-9-]+$/iu.test(part)) &&
    /^[a-z]{2,}$/iu.test(parts[parts.length - 1] ?? '')
  );
}

/** Drops a typed URL but keeps the punctuation that ends the sentence: `zie https://x.nl?` keeps `?`. */
function dropUrl(url: string): string {
  let end = url.length;
  while (end > 0 && URL_TRAILING.includes(url.charAt(end - 1))) end--;
  return ` ${url.slice(end)}`;
}
