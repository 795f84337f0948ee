/** Reading YAML safely: where a key is written, and a document's values within explicit limits. */
import type { Document, LineCounter } from 'yaml';

/** Aliases a knowledge file may use: a handful is plenty; a "billion laughs" bomb needs thousands. */
export const MAX_ALIASES = 50;

/** Nesting a knowledge file may use: a glossary is two levels deep; thousands overflow the parser. */
export const MAX_DEPTH = 64;

/**
 * Why a YAML text is refused before it is parsed: nested deeper than `MAX_DEPTH` in brackets or
 * indentation (a "[[[[…" file exhausts the parser's stack and memory). Undefined when it may be parsed.
 */
export function refuseBeforeParsing(text: string): string | undefined {
  let depth = 0;
  let deepest = 0;
  let quote: string | undefined;
  for (const char of text) {
    if (quote) {
      if (char === quote || char === '\n') quote = undefined;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '[' || char === '{') deepest = Math.max(deepest, ++depth);
    else if (char === ']' || char === '}') depth = Math.max(0, depth - 1);
  }
  let indent = 0;
  for (const line of text.split('\n')) indent = Math.max(indent, line.length - line.trimStart().length);
  if (deepest > MAX_DEPTH || indent > MAX_DEPTH * 2) return `YAML nested too deeply (at most ${MAX_DEPTH} levels)`;
  return undefined;
}

/**
 * The document's values, or the reason they cannot be read (an alias bomb, nesting too deep):
 * always a problem of that file, never an exception that stops the app.
 */
export function valuesOf(document: Document): { ok: true; data: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, data: document.toJS({ maxAliasCount: MAX_ALIASES }) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, message: /excessive alias/iu.test(reason) ? `too many YAML aliases (at most ${MAX_ALIASES}): ${reason}` : `YAML that cannot be read: ${reason}` };
  }
}

export function lineOfKey(document: Document, lineCounter: LineCounter, key: string): number | undefined {
  const node = document.get(key, true) as { range?: [number, number, number] } | undefined;
  return node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
}
