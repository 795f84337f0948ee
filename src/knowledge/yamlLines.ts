/** Reading YAML safely: where a key is written, and a document's values within explicit limits. */
import type { Document, LineCounter } from 'yaml';

/** Aliases a knowledge file may use: a handful is plenty; a "billion laughs" bomb needs thousands. */
export const MAX_ALIASES = 50;

/**
 * The document's values, or the reason they cannot be read (an alias bomb, nesting too deep):
 * always a problem of that file, never an exception that stops the app.
 */
export function valuesOf(document: Document): { ok: true; data: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, data: document.toJS({ maxAliasCount: MAX_ALIASES }) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, message: /alias/iu.test(reason) ? `too many YAML aliases (at most ${MAX_ALIASES}): ${reason}` : `YAML that cannot be read: ${reason}` };
  }
}

export function lineOfKey(document: Document, lineCounter: LineCounter, key: string): number | undefined {
  const node = document.get(key, true) as { range?: [number, number, number] } | undefined;
  return node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
}
