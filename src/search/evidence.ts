/**
 * Strong and weak evidence. Stemming joins `gearresteerd` and `arrestatie`, but now and then also
 * words that only look alike (`beurs` stock exchange and `gebeurd` happened share the stem `beur`).
 * A glossary match is strong when the sentence's word resembles a glossary form itself, not only
 * its stem; a sentence that matches only part of a query must rest on strong evidence.
 */
import type { Term } from './analysis/analyzeText.js';
import { type Alternative, WEAKEST_STAND_IN } from './query/expandQuery.js';

const MIN_SHARED_PREFIX = 5;

function sharedPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** Dutch participles put `ge` in front: compare `gearresteerd` as `arresteerd` too. */
function withoutGe(word: string): string {
  return word.startsWith('ge') && word.length > 5 ? word.slice(2) : word;
}

/** True when a sentence word form plausibly is the glossary form, not a stemming coincidence. */
export function resembles(sentenceForm: string, glossaryForm: string): boolean {
  if (sentenceForm === glossaryForm) return true;
  const a = withoutGe(sentenceForm);
  const b = withoutGe(glossaryForm);
  const needed = Math.min(MIN_SHARED_PREFIX, a.length, b.length);
  return sharedPrefix(a, b) >= needed || sharedPrefix(sentenceForm, glossaryForm) >= needed;
}

const NONE: ReadonlySet<string> = new Set();

/**
 * Whether a sentence's word, as written, is one of an alternative's glossary `forms`: listed among
 * them, or resembling one unless the glossary lists it as a word of its own (`listed`,
 * glossaryIndex.ts `listedForms`): such a word is that word ("regering", government, where the
 * glossary lists it so), no look-alike of this one ("regeren", to govern), however alike their stems.
 */
export function isFormOf(written: string, forms: readonly string[], listed: ReadonlySet<string> = NONE): boolean {
  return forms.includes(written) || (!listed.has(written) && forms.some((form) => resembles(written, form)));
}

/** Whether some word of the sentence carrying `term` is one of the glossary `forms` (`isFormOf`). */
export function stronglyMatches(terms: readonly Term[], term: string, forms: readonly string[], listed: ReadonlySet<string> = NONE): boolean {
  return terms.some((t) => t.term === term && isFormOf(t.form, forms, listed));
}

/**
 * Matches that are evidence by themselves: the word itself, a spelling of it, a typo read as meant
 * (corrected only in a word that is no real word), a role's holder (who the articles say).
 */
export function evidentByKind(alternative: Alternative): boolean {
  return alternative.kind === 'exact' || alternative.kind === 'variant' || alternative.kind === 'typo' || alternative.kind === 'role';
}

/**
 * Whether a match can be strong evidence at all: one of those, or a glossary word with listed forms;
 * never a WordNet guess or a compound split, nor a link weaker than a whole stand-in ("relschoppers"
 * reached from "demonstreerden" through the protesters who may stand for them is a lead, not evidence).
 */
export function canBeEvidence(alternative: Alternative): boolean {
  return evidentByKind(alternative) || (alternative.kind === 'glossary' && alternative.forms !== undefined && alternative.weight >= WEAKEST_STAND_IN);
}

