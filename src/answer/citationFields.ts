/**
 * A citation's parts as every surface shows them: label, source, date, ¶n, with what the newsroom
 * did not give said plainly. Surfaces only add their own markup (escaping, links, separators).
 */
import type { Citation } from './types.js';

export const DERIVED_TITLE_NOTE = '(opening words; no headline given)';

/** `[label, source, date, ¶n]`; the label is marked when it is the article's opening words. */
export function citationFields(citation: Citation, options: { markDerived?: boolean } = {}): string[] {
  const title = options.markDerived && citation.titleDerived ? `${citation.title} ${DERIVED_TITLE_NOTE}` : citation.title;
  return [title, citation.source ?? 'source unknown', citation.date ?? 'date unknown', `¶${citation.paragraph}`];
}

/** `label, source, date, ¶n` without markup: fallback texts and terminal digests. */
export function plainCitation(citation: Citation): string {
  return citationFields(citation).join(', ');
}
