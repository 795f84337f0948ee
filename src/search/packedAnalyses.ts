/**
 * Every sentence's analysis (its terms, the forms they were made from, and where they stand), kept
 * in two flat typed arrays instead of a hundred thousand arrays of objects: about 16 bytes a term.
 * A sentence's analysis is unpacked when it is ranked or shown — the same terms, forms and offsets
 * analyzeText produced, without analysing the text again. Pure.
 */
import { stringTable } from './stringTable.js';
import type { AnalyzedText, Term } from './analysis/analyzeText.js';

/** Fields per packed term: term, form (string table indexes), start, end. */
const FIELDS = 4;

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

export function packAnalyses(analyses: readonly AnalyzedText[]): PackedAnalyses {
  const { table, numberOf } = stringTable();
  const pack = (pick: (analysis: AnalyzedText) => readonly Term[]): Column => {
    const from = new Uint32Array(analyses.length + 1);
    let total = 0;
    analyses.forEach((analysis, i) => {
      from[i] = total;
      total += pick(analysis).length;
    });
    from[analyses.length] = total;
    const values = new Uint32Array(total * FIELDS);
    let at = 0;
    for (const analysis of analyses) {
      for (const t of pick(analysis)) {
        values[at++] = numberOf(t.term);
        values[at++] = numberOf(t.form);
        values[at++] = t.start;
        values[at++] = t.end;
      }
    }
    return { values, from };
  };
  return analysesFrom({ table, words: pack((a) => a.words), parts: pack((a) => a.parts) });
}

/** Reads analyses packed by `packAnalyses` (or loaded from a snapshot of them). */
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
