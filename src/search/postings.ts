/**
 * The dossier's own inverted index: for every analysed term, the sentences holding it, how often,
 * and in which written forms — in a few flat typed arrays, built once from the sentences' analyses
 * (and read back from a snapshot as they are). It is what retrieval reads for every candidate
 * (term frequency for BM25, the forms for strong evidence), so a sentence's full analysis is only
 * ever needed for the few that get ranked. Pure; built in one pass over the sentences in id order,
 * so every list comes out sorted.
 */
import type { AnalyzedText } from './analysis/analyzeText.js';

/** Parts (compound pieces, hyphen parts) weigh half a whole word: counts are kept doubled, as integers. */
const HALF_UNITS = 2;

/** The postings as flat arrays: what a snapshot stores. Term `t`'s entries are `[start[t], start[t + 1])`. */
export interface PostingsData {
  terms: string[];
  start: Uint32Array;
  ids: Uint32Array;
  /** Occurrences in each sentence, in half units (a word 2, a part 1), aligned with `ids`. */
  halves: Uint16Array;
  /** Term `t`'s written forms are `forms[formsStart[t] … formsStart[t + 1])`. */
  formsStart: Uint32Array;
  forms: string[];
  /** For form slot `k` of a term with several forms, its sentences: `formIds[formIdsStart[k] … formIdsStart[k + 1])`. */
  formIdsStart: Uint32Array;
  formIds: Uint32Array;
}

export interface Postings {
  /** Number of sentences holding `term`. */
  frequency(term: string): number;
  /** Sorted ids of the sentences holding `term` (as a word or a word part). */
  ids(term: string): Uint32Array;
  /** How often `term` occurs in sentence `id`, parts counting half; 0 when it does not. */
  count(term: string, id: number): number;
  /** The sentences holding `term` and, aligned, how often (parts counting half): to walk without look-ups. */
  list(term: string): { ids: Uint32Array; counts: (k: number) => number };
  /**
   * Whether a sentence holding `term` holds it in a form `accept` takes (strong evidence,
   * evidence.ts). Each form is judged once, not once per sentence.
   */
  inForm(term: string, accept: (form: string) => boolean): (id: number) => boolean;
  /** Every term, with the number of sentences holding it. */
  terms(): IterableIterator<[string, number]>;
  readonly data: PostingsData;
}

const EMPTY = new Uint32Array(0);

/** Binary search in a sorted list: the position of `id`, or -1. */
function indexOf(ids: Uint32Array, id: number, low = 0, high = ids.length - 1): number {
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

/** Builds the postings one sentence at a time (sentence `i` is the `i`-th added); lists come out sorted. */
export class PostingsBuilder {
  private readonly growing = new Map<string, Growing>();
  private id = 0;

  add(analysis: AnalyzedText): void {
    for (const t of analysis.words) this.addTerm(t.term, t.form, HALF_UNITS);
    for (const t of analysis.parts) this.addTerm(t.term, t.form, 1);
    this.id++;
  }

  private addTerm(term: string, form: string, halves: number): void {
    const { id } = this;
    let list = this.growing.get(term);
    if (!list) {
      list = { ids: [], halves: [], forms: new Map() };
      this.growing.set(term, list);
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
  }

  finish(): Postings {
    return postingsFrom(flatten(this.growing));
  }
}

/** Builds the postings from the sentences' analyses, sentence `i` being `analyses[i]`. */
export function buildPostings(analyses: Iterable<AnalyzedText>): Postings {
  const builder = new PostingsBuilder();
  for (const analysis of analyses) builder.add(analysis);
  return builder.finish();
}

/** The growing lists in flat arrays. */
function flatten(growing: ReadonlyMap<string, Growing>): PostingsData {
  let entries = 0;
  let formSlots = 0;
  let formEntries = 0;
  for (const list of growing.values()) {
    entries += list.ids.length;
    formSlots += list.forms.size;
    if (list.forms.size > 1) for (const ids of list.forms.values()) formEntries += ids.length;
  }
  const data: PostingsData = {
    terms: [...growing.keys()],
    start: new Uint32Array(growing.size + 1),
    ids: new Uint32Array(entries),
    halves: new Uint16Array(entries),
    formsStart: new Uint32Array(growing.size + 1),
    forms: [],
    formIdsStart: new Uint32Array(formSlots + 1),
    formIds: new Uint32Array(formEntries),
  };
  let at = 0;
  let formAt = 0;
  let t = 0;
  for (const list of growing.values()) {
    data.start[t] = at;
    data.ids.set(list.ids, at);
    data.halves.set(list.halves, at);
    at += list.ids.length;
    data.formsStart[t] = data.forms.length;
    for (const [form, ids] of list.forms) {
      data.formIdsStart[data.forms.length] = formAt;
      data.forms.push(form);
      // A term with one form needs no list of its own: its sentences are the term's.
      if (list.forms.size > 1) {
        data.formIds.set(ids, formAt);
        formAt += ids.length;
      }
    }
    t++;
  }
  data.start[t] = at;
  data.formsStart[t] = data.forms.length;
  data.formIdsStart[data.forms.length] = formAt;
  return data;
}

/** Postings over their flat arrays, built here or read back from a snapshot. */
export function postingsFrom(data: PostingsData): Postings {
  const numbers = new Map(data.terms.map((term, t) => [term, t]));
  const range = (term: string): [number, number] | undefined => {
    const t = numbers.get(term);
    return t === undefined ? undefined : [data.start[t] as number, data.start[t + 1] as number];
  };
  return {
    data,
    frequency(term) {
      const r = range(term);
      return r ? r[1] - r[0] : 0;
    },
    ids(term) {
      const r = range(term);
      return r ? data.ids.subarray(r[0], r[1]) : EMPTY;
    },
    list(term) {
      const r = range(term);
      if (!r) return { ids: EMPTY, counts: () => 0 };
      const [from, to] = r;
      return { ids: data.ids.subarray(from, to), counts: (k) => (data.halves[from + k] as number) / HALF_UNITS };
    },
    count(term, id) {
      const r = range(term);
      if (!r) return 0;
      const at = indexOf(data.ids, id, r[0], r[1] - 1);
      return at < 0 ? 0 : (data.halves[at] as number) / HALF_UNITS;
    },
    inForm(term, accept) {
      const t = numbers.get(term);
      if (t === undefined) return () => false;
      const first = data.formsStart[t] as number;
      const last = data.formsStart[t + 1] as number;
      const accepted: number[] = [];
      for (let k = first; k < last; k++) if (accept(data.forms[k] as string)) accepted.push(k);
      if (accepted.length === last - first) return () => true;
      if (accepted.length === 0) return () => false;
      return (id) => accepted.some((k) => indexOf(data.formIds, id, data.formIdsStart[k] as number, (data.formIdsStart[k + 1] as number) - 1) >= 0);
    },
    terms: function* () {
      for (const [t, term] of data.terms.entries()) yield [term, (data.start[t + 1] as number) - (data.start[t] as number)];
    },
  };
}
