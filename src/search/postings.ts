/**
 * The dossier's own inverted index: for every analysed term, the sentences holding it, how often,
 * and in which written forms — in typed arrays, built once from the sentences' analyses. It is
 * what retrieval reads for every candidate (term frequency for BM25, the forms for strong
 * evidence), so a sentence's full analysis is only ever needed for the few that get ranked.
 * Pure; built in one pass over the sentences in id order, so every list comes out sorted.
 */
import type { AnalyzedText } from './analysis/analyzeText.js';

/** Parts (compound pieces, hyphen parts) weigh half a whole word: counts are kept doubled, as integers. */
const HALF_UNITS = 2;

interface TermList {
  ids: Uint32Array;
  /** Occurrences in each sentence, in half units (a word 2, a part 1), aligned with `ids`. */
  halves: Uint16Array;
  /** The folded forms the term was made from, e.g. `gearresteerd` and `arrestaties` for `arresteer`. */
  forms: readonly string[];
  /** Per form, the sentences where the term stands in that form; absent when the term has one form. */
  byForm?: readonly Uint32Array[];
}

export interface Postings {
  /** Number of sentences holding `term`. */
  frequency(term: string): number;
  /** Sorted ids of the sentences holding `term` (as a word or a word part). */
  ids(term: string): Uint32Array;
  /** How often `term` occurs in sentence `id`, parts counting half; 0 when it does not. */
  count(term: string, id: number): number;
  /**
   * Whether a sentence holding `term` holds it in a form `accept` takes (strong evidence,
   * evidence.ts). Each form is judged once, not once per sentence.
   */
  inForm(term: string, accept: (form: string) => boolean): (id: number) => boolean;
  /** Every term, with the number of sentences holding it. */
  terms(): IterableIterator<[string, number]>;
}

const EMPTY = new Uint32Array(0);

/** Binary search in a sorted list: the position of `id`, or -1. */
function indexOf(ids: Uint32Array, id: number): number {
  let low = 0;
  let high = ids.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const at = ids[mid] as number;
    if (at === id) return mid;
    if (at < id) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}

interface Growing {
  ids: number[];
  halves: number[];
  forms: Map<string, number[]>;
}

/** Builds the postings from the sentences' analyses, sentence `i` being `analyses[i]`. */
export function buildPostings(analyses: Iterable<AnalyzedText>): Postings {
  const growing = new Map<string, Growing>();
  let id = 0;
  for (const analysis of analyses) {
    const add = (term: string, form: string, halves: number): void => {
      let list = growing.get(term);
      if (!list) {
        list = { ids: [], halves: [], forms: new Map() };
        growing.set(term, list);
      }
      const last = list.ids.length - 1;
      if (list.ids[last] === id) list.halves[last] = (list.halves[last] as number) + halves;
      else {
        list.ids.push(id);
        list.halves.push(halves);
      }
      const withForm = list.forms.get(form);
      if (!withForm) list.forms.set(form, [id]);
      else if (withForm[withForm.length - 1] !== id) withForm.push(id);
    };
    for (const t of analysis.words) add(t.term, t.form, HALF_UNITS);
    for (const t of analysis.parts) add(t.term, t.form, 1);
    id++;
  }
  const lists = new Map<string, TermList>();
  for (const [term, list] of growing) {
    const forms = [...list.forms.keys()];
    lists.set(term, {
      ids: Uint32Array.from(list.ids),
      halves: Uint16Array.from(list.halves),
      forms,
      ...(forms.length > 1 ? { byForm: forms.map((form) => Uint32Array.from(list.forms.get(form) ?? [])) } : {}),
    });
  }
  return postingsOf(lists);
}

function postingsOf(lists: ReadonlyMap<string, TermList>): Postings {
  return {
    frequency: (term) => lists.get(term)?.ids.length ?? 0,
    ids: (term) => lists.get(term)?.ids ?? EMPTY,
    count(term, id) {
      const list = lists.get(term);
      if (!list) return 0;
      const at = indexOf(list.ids, id);
      return at < 0 ? 0 : (list.halves[at] as number) / HALF_UNITS;
    },
    inForm(term, accept) {
      const list = lists.get(term);
      if (!list) return () => false;
      const accepted = list.forms.map(accept);
      if (accepted.every(Boolean)) return () => true;
      if (!accepted.some(Boolean)) return () => false;
      const withAccepted = (list.byForm ?? []).filter((_, i) => accepted[i]);
      return (id) => withAccepted.some((ids) => indexOf(ids, id) >= 0);
    },
    terms: function* () {
      for (const [term, list] of lists) yield [term, list.ids.length];
    },
  };
}
