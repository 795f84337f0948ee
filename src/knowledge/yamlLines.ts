/** Where a key is written in a parsed YAML document, as a 1-based line of that document. */
import type { Document, LineCounter } from 'yaml';

export function lineOfKey(document: Document, lineCounter: LineCounter, key: string): number | undefined {
  const node = document.get(key, true) as { range?: [number, number, number] } | undefined;
  return node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
}
