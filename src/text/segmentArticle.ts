/**
 * Article body → numbered paragraphs of sentences, with headings and captions set apart.
 *
 * Paragraph numbers count body paragraphs only (1-based), the way a reader counts them when
 * checking a citation; headings and photo captions are not paragraphs.
 */
import { classifyLine, headingText, isCaption } from './classifyLine.js';
import { splitMetadataPrefix, type PrefixMetadata } from './metadataPrefix.js';
import { splitSentences } from './splitSentences.js';

export interface Paragraph {
  /** 1-based number among the article's body paragraphs. */
  number: number;
  /** 1-based line in the source file where the paragraph starts. */
  line: number;
  /** The section heading the paragraph falls under, if any. */
  heading?: string;
  text: string;
  sentences: string[];
}

export interface LooseLine {
  text: string;
  line: number;
}

export interface SegmentedArticle {
  paragraphs: Paragraph[];
  headings: LooseLine[];
  captions: LooseLine[];
  /** Metadata found glued to the front of the text (`date 2022-01 …`), not part of any sentence. */
  prefix: PrefixMetadata;
}

/**
 * @param body the article text
 * @param firstLine the file line number of the body's first line (after front matter)
 */
export function segmentArticle(body: string, firstLine = 1): SegmentedArticle {
  const result: SegmentedArticle = { paragraphs: [], headings: [], captions: [], prefix: {} };
  const lines = body.replace(/\r\n?/gu, '\n').split('\n');
  let heading: string | undefined;
  let pending: { text: string; line: number } | undefined;
  let seenText = false;

  const flush = (): void => {
    if (!pending) return;
    const sentences = splitSentences(pending.text);
    if (sentences.length > 0) {
      result.paragraphs.push({
        number: result.paragraphs.length + 1,
        line: pending.line,
        ...(heading === undefined ? {} : { heading }),
        text: pending.text,
        sentences,
      });
    }
    pending = undefined;
  };

  lines.forEach((raw, index) => {
    const line = firstLine + index;
    let text = raw.trim();
    if (text === '') {
      flush();
      return;
    }
    if (!seenText) {
      seenText = true;
      const split = splitMetadataPrefix(text);
      result.prefix = split.metadata;
      text = split.text.trim();
      if (text === '') return;
    }
    const standsAlone = !pending && (lines[index + 1] ?? '').trim() === '';
    const kind = isCaption(text) ? 'caption' : standsAlone || text.startsWith('#') ? classifyLine(text) : 'body';
    if (kind === 'caption') {
      flush();
      result.captions.push({ text, line });
    } else if (kind === 'heading') {
      flush();
      heading = headingText(text);
      result.headings.push({ text: heading, line });
    } else if (pending) {
      pending.text += ` ${text}`;
    } else {
      pending = { text, line };
    }
  });
  flush();
  return result;
}
