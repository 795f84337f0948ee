/** The baseline: MiniSearch with default options over the same sentences, as a newcomer would set it up. */
import MiniSearch from 'minisearch';
import type { DossierIndex } from '../search/sentenceIndex.js';
import type { Retriever } from './metrics.js';
import { mapped } from '../lists/loops.js';

export function plainMiniSearch(index: DossierIndex): Retriever {
  const search = new MiniSearch<{ id: number; text: string }>({ fields: ['text'], storeFields: ['text'] });
  search.addAll(mapped(index.sentences, ({ id, text }) => ({ id, text })));
  // Plain search has no notion of a partial answer: everything it returns is presented as one.
  return (query) => mapped(search.search(query), (hit) => ({ text: hit.text as string, full: true }));
}
