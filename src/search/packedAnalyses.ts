/**
 * Every sentence's analysis (its terms, the forms they were made from, and where they stand), kept
 * in two flat typed arrays instead of a hundred thousand arrays of objects: about 16 bytes a term.
 * A sentence's analysis is unpacked when it is ranked or shown — the same terms, forms and offsets
 * analyzeText produced, without analysing the text again. Pure.
 */
import { GrowingUint32 } from './growingArray.js';
import { Renumbering, stringTable } from './stringTable.js';
import type { AnalyzedText, Term } from './analysis/analyzeText.js';
import { kept } from '../lists/remembered.js';

/** Fields per packed term: term, form (string table indexes), start, end. */
export const FIELDS = 4;

export interface PackedAnalyses {
  /** The analysis of sentence `id`, as analyzeText made it. */
  analysis(id: number): AnalyzedText;
  readonly data: PackedAnalysesData;
}

/** What a snapshot stores. */
export interface PackedAnalysesData {
  table: string[];
  words: Column;
  parts: Column;
}

interface Column {
  values: Uint32Array;
  /** Sentence `i`'s terms are `values[from[i] * FIELDS … from[i + 1] * FIELDS)`. */
  from: Uint32Array;
}

/** Packs analyses one sentence at a time (sentence `i` is the `i`-th added). */
export class AnalysesPacker {
  private readonly strings = stringTable();
  private readonly columns = { words: { values: new GrowingUint32(), from: new GrowingUint32() }, parts: { values: new GrowingUint32(), from: new GrowingUint32() } };

  add(analysis: AnalyzedText): void {
    for (const name of ['words', 'parts'] as const) {
      const { values, from } = this.columns[name];
      from.push(values.length / FIELDS);
      for (const t of analysis[name]) {
        values.push(this.strings.numberOf(t.term));
        values.push(this.strings.numberOf(t.form));
        values.push(t.start);
        values.push(t.end);
      }
    }
  }

  /**
   * Appends sentences `[first, end)` of other packed analyses, exactly as adding their analyses
   * would: the same strings numbered in the same order, without unpacking a term.
   */
  copy(other: PackedAnalysesData, first: number, end: number): void {
    const renumbering = kept(this.renumberings, other.table, () => new Renumbering(this.strings, other.table));
    // First meet the strings in the order `add` would (sentence by sentence, words then parts), …
    const columns = [other.words, other.parts];
    for (let id = first; id < end; id++) {
      for (const { values, from } of columns) {
        for (let at = (from[id] as number) * FIELDS, stop = (from[id + 1] as number) * FIELDS; at < stop; at += FIELDS) {
          renumbering.see(values[at] as number);
          renumbering.see(values[at + 1] as number);
        }
      }
    }
    // … then copy each column's run in one loop.
    const { numbers } = renumbering;
    for (const name of ['words', 'parts'] as const) {
      const { values, from } = this.columns[name];
      const source = other[name];
      const start = source.from[first] as number;
      const shift = values.length / FIELDS - start;
      from.appendRun(source.from, first, end, shift);
      const count = ((source.from[end] as number) - start) * FIELDS;
      const into = values.extend(count);
      const target = values.buffer;
      for (let k = 0, at = start * FIELDS; k < count; k += FIELDS, at += FIELDS) {
        target[into + k] = numbers[source.values[at] as number] as number;
        target[into + k + 1] = numbers[source.values[at + 1] as number] as number;
        target[into + k + 2] = source.values[at + 2] as number;
        target[into + k + 3] = source.values[at + 3] as number;
      }
    }
  }

  /** Per table copied from: its strings' numbers here (a reload copies from one earlier analysis). */
  private readonly renumberings = new WeakMap<string[], Renumbering>();

  finish(): PackedAnalyses {
    const column = (name: 'words' | 'parts'): Column => {
      const { values, from } = this.columns[name];
      from.push(values.length / FIELDS);
      return { values: values.toArray(), from: from.toArray() };
    };
    return analysesFrom({ table: this.strings.table, words: column('words'), parts: column('parts') });
  }
}

/** Reads analyses an `AnalysesPacker` packed (or loaded from a snapshot of them). */
export function analysesFrom(data: PackedAnalysesData): PackedAnalyses {
  const { table, words, parts } = data;
  const unpack = ({ values, from }: Column, id: number): Term[] => {
    const terms: Term[] = [];
    for (let at = (from[id] ?? 0) * FIELDS, end = (from[id + 1] ?? 0) * FIELDS; at < end; at += FIELDS) {
      terms.push({ term: table[values[at] as number] as string, form: table[values[at + 1] as number] as string, start: values[at + 2] as number, end: values[at + 3] as number });
    }
    return terms;
  };
  return { data, analysis: (id) => ({ words: unpack(words, id), parts: unpack(parts, id) }) };
}
