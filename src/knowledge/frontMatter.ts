/**
 * `---`-delimited YAML front matter at the top of a Markdown file. Parse errors carry the file
 * line number, so an editor can go straight to the mistake.
 */
import { LineCounter, parseDocument, type Document } from 'yaml';
import { refuseBeforeParsing } from './yamlLines.js';
import { lineOfKey } from './yamlLines.js';

export interface FrontMatter {
  /** The parsed YAML document (for values and the line of each key). */
  document: Document;
  lineCounter: LineCounter;
  /** File line number of the first YAML line (the line after the opening `---`). */
  firstLine: number;
  body: string;
  /** File line number of the first body line. */
  bodyLine: number;
}

export type FrontMatterResult = { ok: true; value: FrontMatter } | { ok: false; line: number; message: string };

export function splitFrontMatter(text: string): FrontMatterResult {
  const lines = text.split(/\r?\n/u);
  if ((lines[0] ?? '').trim() !== '---') {
    return { ok: false, line: 1, message: "no front matter: the file must start with a '---' line, then title/source/date, then '---'" };
  }
  const close = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
  if (close < 0) return { ok: false, line: 1, message: "front matter is not closed: no second '---' line" };

  const lineCounter = new LineCounter();
  const yaml = lines.slice(1, close).join('\n');
  const refused = refuseBeforeParsing(yaml);
  if (refused) return { ok: false, line: 2, message: `front matter: ${refused}` };
  const document = parseDocument(yaml, { lineCounter, prettyErrors: false });
  const error = document.errors[0];
  if (error) {
    const yamlLine = lineCounter.linePos(error.pos[0]).line;
    const reason = error.message.split('\n')[0] ?? error.message;
    return { ok: false, line: yamlLine + 1, message: `front matter is not valid YAML: ${reason}` };
  }
  return {
    ok: true,
    value: { document, lineCounter, firstLine: 2, body: lines.slice(close + 1).join('\n'), bodyLine: close + 2 },
  };
}

/** File line number where `key` is written in the front matter, if present. */
export function lineOfFrontMatterKey(frontMatter: FrontMatter, key: string): number | undefined {
  const line = lineOfKey(frontMatter.document, frontMatter.lineCounter, key);
  return line === undefined ? undefined : line + frontMatter.firstLine - 1;
}
