/**
 * What a line of newsroom text is: body text, a section heading, or a photo caption/credit.
 * Headings and captions are kept for context and reporting, but are never answers.
 */

export type LineKind = 'body' | 'heading' | 'caption';

/** Words that introduce a photo or video credit in Dutch and English papers. */
const CREDIT_WORD = "(?:Beeld|Foto|Foto's|Fotografie|Illustratie|Video|Bron beeld|Photo|Picture|Image|Credit)";
/** A credit: 1–6 name-like tokens (capitalised words, agency acronyms, `/`, `&`, `-`). */
// A name may end in a comma when the credit lists several (`Beeld Reuters, AFP`).
const CREDIT = String.raw`(?:[\p{Lu}\p{N}][\p{L}\p{N}.'’-]*,?|van|de|der|den|von|/|&|-|,)(?:[\s/]+(?:[\p{Lu}\p{N}][\p{L}\p{N}.'’-]*,?|van|de|der|den|von|&|-|,|/))*`;
const CAPTION_CREDIT = new RegExp(String.raw`(?:^|\s)${CREDIT_WORD}:?\s+${CREDIT}\s*$`, 'u');

/** Closing punctuation of a sentence, possibly followed by closing quotes/brackets. */
const SENTENCE_END = /[.!?:;…]["'”’»)\]]*$/u;

const MAX_HEADING_WORDS = 8;
const MAX_HEADING_CHARS = 70;

export function isCaption(line: string): boolean {
  const credit = CAPTION_CREDIT.exec(line.trim());
  // The credit must be short: a sentence that merely contains "Beeld" is text, not a credit.
  return credit !== null && credit[0].trim().split(/\s+/u).length <= 8;
}

export function isHeading(line: string): boolean {
  const text = line.trim();
  if (text.startsWith('#')) return true; // explicit Markdown heading
  if (text === '' || SENTENCE_END.test(text)) return false;
  const words = text.split(/\s+/u);
  return words.length <= MAX_HEADING_WORDS && text.length <= MAX_HEADING_CHARS;
}

/** Classifies one line that stands alone (a paragraph of its own). */
export function classifyLine(line: string): LineKind {
  if (isCaption(line)) return 'caption';
  if (isHeading(line)) return 'heading';
  return 'body';
}

/** Heading text without Markdown markers. */
export function headingText(line: string): string {
  return line.trim().replace(/^#+\s*/u, '');
}
