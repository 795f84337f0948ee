/**
 * The dossier's own inverted index: for every analysed term, the sentences holding it, how often,
 * and in which written forms — in a few flat typed arrays, derived from the sentences' packed
 * analyses (and read back from a snapshot as they are). It is what retrieval reads for every
 * candidate (term frequency for BM25, the forms for strong evidence), so a sentence's full analysis
 * is only ever needed for the few that get ranked. Pure; the sentences are read in id order, so
 * every list comes out sorted.
 */
import { FIELDS, type PackedAnalysesData } from './packedAnalyses.js';
import { mapped } from '../lists/loops.js';

/** Parts (compound pieces, hyphen parts) weigh half a whole word: counts are kept doubled, as integers. */
const HALF_UNITS = 2;
const WORD_HALVES = HALF_UNITS;
const PART_HALVES = 1;

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
  list(term: string): PostingList;
  /**
   * Whether a sentence holding `term` holds it in a form `accept` takes (strong evidence,
   * evidence.ts). Each form is judged once, not once per sentence.
   */
  inForm(term: string, accept: (form: string) => boolean): (id: number) => boolean;
  /** Every term, with the number of sentences holding it. */
  terms(): IterableIterator<[string, number]>;
  readonly data: PostingsData;
}

/** A term's sentences, and aligned with them how often it occurs there (`countAt`). */
export interface PostingList {
  readonly ids: Uint32Array;
  readonly halves: Uint16Array;
}

/** How often the list's term occurs in its `k`-th sentence (a compound part counts half). */
export const countAt = (list: PostingList, k: number): number => (list.halves[k] as number) / HALF_UNITS;

const EMPTY = new Uint32Array(0);
const NO_HALVES = new Uint16Array(0);

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

/** Sentences read between two pauses of `postingsSteps`. */
const STEP = 20_000;

/**
 * The postings of packed analyses (packedAnalyses.ts): a function of them alone, so an index whose
 * analyses were partly copied from an earlier build (indexDataBuilder.ts) gets exactly the postings
 * a fresh build would. Terms, and each term's forms, come in order of first appearance (a
 * sentence's words, then its parts); every list is sorted because sentences are read in id order.
 * Two passes over the integers of the packed columns: count, then fill arrays of the right size,
 * pausing every `STEP` sentences of each pass (a reload runs it in steps).
 */
export function* postingsSteps(packed: PackedAnalysesData): Generator<void, PostingsData> {
  const { table, words, parts } = packed;
  const sentences = Math.max(0, words.from.length - 1);
  const count = new TermCounter(table.length);
  for (let id = 0; id < sentences; id++) {
    count.sentence(words, id);
    count.sentence(parts, id);
    if (id % STEP === STEP - 1) yield;
  }
  const data = count.layout(table);
  const fill = new ListFiller(count, data);
  yield;
  for (let id = 0; id < sentences; id++) {
    fill.sentence(words, id, WORD_HALVES);
    fill.sentence(parts, id, PART_HALVES);
    if (id % STEP === STEP - 1) yield;
  }
  return data;
}

type Column = PackedAnalysesData['words'];

/**
 * Pass 1: numbers terms (and each term's forms, as slots) in order of first appearance, and counts
 * the entries of every list. Most terms have one form: it is kept in typed arrays, others in a list.
 */
class TermCounter {
  /** Per string of the table: its number as a term, or -1. */
  readonly termOf: Int32Array;
  /** Per term: the table number of the string it is. */
  readonly termStrings: number[] = [];
  /** Per term (there are at most as many as strings): its entries, its first form (table number) and that form's slot. */
  readonly entries: Uint32Array;
  readonly firstForm: Int32Array;
  readonly firstSlot: Int32Array;
  /** Per term: further forms as [form, slot, …]. */
  readonly moreForms: Array<number[] | undefined> = [];
  /** Per slot (a term's form): its table number, how many sentences it is in. */
  readonly slotForm: number[] = [];
  readonly slotEntries: number[] = [];
  private readonly lastId: Int32Array;
  private readonly slotLast: number[] = [];

  constructor(strings: number) {
    this.termOf = new Int32Array(strings).fill(-1);
    this.entries = new Uint32Array(strings);
    this.firstForm = new Int32Array(strings).fill(-1);
    this.firstSlot = new Int32Array(strings).fill(-1);
    this.lastId = new Int32Array(strings).fill(-1);
  }

  sentence({ values, from }: Column, id: number): void {
    const { termOf, termStrings, entries, lastId, slotLast, slotEntries } = this;
    for (let at = (from[id] as number) * FIELDS, end = (from[id + 1] as number) * FIELDS; at < end; at += FIELDS) {
      const string = values[at] as number;
      let t = termOf[string] as number;
      if (t < 0) {
        t = termStrings.length;
        termOf[string] = t;
        termStrings.push(string);
        this.moreForms.push(undefined);
      }
      if (lastId[t] !== id) {
        lastId[t] = id;
        entries[t] = (entries[t] as number) + 1;
      }
      const slot = this.slotOf(t, values[at + 1] as number);
      if (slotLast[slot] !== id) {
        slotLast[slot] = id;
        slotEntries[slot] = (slotEntries[slot] as number) + 1;
      }
    }
  }

  /** The slot of term `t`'s form `form` (table numbers), or -1 when it has none yet. */
  find(t: number, form: number): number {
    if (this.firstForm[t] === form) return this.firstSlot[t] as number;
    const more = this.moreForms[t];
    if (more) for (let k = 0; k < more.length; k += 2) if (more[k] === form) return more[k + 1] as number;
    return -1;
  }

  private slotOf(t: number, form: number): number {
    const found = this.find(t, form);
    if (found >= 0) return found;
    const slot = this.slotForm.length;
    this.slotForm.push(form);
    this.slotEntries.push(0);
    this.slotLast.push(-1);
    if (this.firstForm[t] === -1) {
      this.firstForm[t] = form;
      this.firstSlot[t] = slot;
    } else {
      const more = this.moreForms[t] ?? [];
      more.push(form, slot);
      this.moreForms[t] = more;
    }
    return slot;
  }

  /** The term's slots in order of first appearance. */
  slotsOf(t: number): number[] {
    return [this.firstSlot[t] as number, ...(this.moreForms[t] ?? []).filter((_, k) => k % 2 === 1)];
  }

  /** The flat arrays, sized and with every list's start; the lists themselves still empty. */
  layout(table: readonly string[]): PostingsData {
    const terms = this.termStrings.length;
    const slots = this.slotForm.length;
    let total = 0;
    for (let t = 0; t < terms; t++) total += this.entries[t] as number;
    const data: PostingsData = {
      terms: mapped(this.termStrings, (n) => table[n] as string),
      start: new Uint32Array(terms + 1),
      ids: new Uint32Array(total),
      halves: new Uint16Array(total),
      formsStart: new Uint32Array(terms + 1),
      forms: [],
      formIdsStart: new Uint32Array(slots + 1),
      formIds: new Uint32Array(0),
    };
    let at = 0;
    let formAt = 0;
    for (let t = 0; t < terms; t++) {
      data.start[t] = at;
      at += this.entries[t] as number;
      data.formsStart[t] = data.forms.length;
      const own = this.slotsOf(t);
      for (const slot of own) {
        data.formIdsStart[data.forms.length] = formAt;
        data.forms.push(table[this.slotForm[slot] as number] as string);
        // A term with one form needs no list of its own: its sentences are the term's.
        if (own.length > 1) formAt += this.slotEntries[slot] as number;
      }
    }
    data.start[terms] = at;
    data.formsStart[terms] = data.forms.length;
    data.formIdsStart[slots] = formAt;
    data.formIds = new Uint32Array(formAt);
    return data;
  }
}

/** Pass 2: fills the lists laid out by a `TermCounter`. */
class ListFiller {
  private readonly next: Uint32Array;
  private readonly lastId: Int32Array;
  /** Per slot: where its next sentence goes in `formIds` (-1 for the only form of a term), and its last sentence. */
  private readonly slotNext: Int32Array;
  private readonly slotLast: Int32Array;

  constructor(
    private readonly count: TermCounter,
    private readonly data: PostingsData,
  ) {
    const terms = count.termStrings.length;
    this.next = data.start.slice(0, terms);
    this.lastId = new Int32Array(terms).fill(-1);
    this.slotNext = new Int32Array(count.slotForm.length).fill(-1);
    this.slotLast = new Int32Array(count.slotForm.length).fill(-1);
    for (let t = 0, k = 0; t < terms; t++) {
      const own = count.slotsOf(t);
      for (const slot of own) {
        if (own.length > 1) this.slotNext[slot] = data.formIdsStart[k] as number;
        k++;
      }
    }
  }

  sentence({ values, from }: Column, id: number, halves: number): void {
    const { data, count } = this;
    for (let at = (from[id] as number) * FIELDS, end = (from[id + 1] as number) * FIELDS; at < end; at += FIELDS) {
      const t = count.termOf[values[at] as number] as number;
      if (this.lastId[t] === id) {
        const k = (this.next[t] as number) - 1;
        data.halves[k] = (data.halves[k] as number) + halves;
      } else {
        this.lastId[t] = id;
        const k = this.next[t] as number;
        data.ids[k] = id;
        data.halves[k] = halves;
        this.next[t] = k + 1;
      }
      const slot = count.find(t, values[at + 1] as number);
      const k = this.slotNext[slot] as number;
      if (k < 0 || this.slotLast[slot] === id) continue;
      this.slotLast[slot] = id;
      data.formIds[k] = id;
      this.slotNext[slot] = k + 1;
    }
  }
}

/** Postings over their flat arrays, built here or read back from a snapshot. */
export function postingsFrom(data: PostingsData): Postings {
  const numbers = new Map(mapped(data.terms, (term, t) => [term, t]));
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
      if (!r) return { ids: EMPTY, halves: NO_HALVES };
      const [from, to] = r;
      return { ids: data.ids.subarray(from, to), halves: data.halves.subarray(from, to) };
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
