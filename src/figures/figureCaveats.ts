/**
 * An answer sentence that gives a figure the article withdrew or hedged says so next to it: the
 * sentence is verbatim, but a retraction may stand in the next sentence ("Die informatie werd later
 * ingetrokken."), and a reader skimming for the number should not miss "zouden". Pure.
 */
import { paragraphNeighbours, type DossierIndex, type SentenceRecord } from '../search/sentenceIndex.js';
import { hedgeWarning, withdrawalWarning } from './describeFigure.js';
import { provenanceOf } from './provenance.js';
import { readNumbers } from './readNumbers.js';
import { kept } from '../lists/remembered.js';

/** Per sentence, computed on first use: popular sentences are answered again and again. Freed with the library. */
const cache = new WeakMap<SentenceRecord, string[]>();

export function figureCaveats(index: Pick<DossierIndex, 'sentences'>, record: SentenceRecord): string[] {
  const caveats = kept(cache, record, () => caveatsOf(index, record));
  return [...caveats];
}

function caveatsOf(index: Pick<DossierIndex, 'sentences'>, record: SentenceRecord): string[] {
  if (readNumbers(record.text).length === 0) return [];
  const provenance = provenanceOf(record.text, paragraphNeighbours(index, record));
  const caveats: string[] = [];
  // A correction's sentence states the corrected value: only a retraction withdraws what it says.
  if (provenance.withdrawal?.kind === 'retracted') caveats.push(withdrawalWarning(provenance.withdrawal));
  if (provenance.hedge) caveats.push(hedgeWarning(provenance.hedge));
  return caveats;
}
