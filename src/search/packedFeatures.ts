/**
 * Every sentence's features (sentenceFeatures.ts) in flat typed arrays: the yes/no facts as bits,
 * the term lists as numbers into one string table. A hundred thousand small objects and arrays
 * would cost a kilobyte a sentence and a second to read back from a snapshot; these are a few
 * dozen bytes, unpacked for the sentences a question ranks. Pure.
 */
import { GrowingUint32 } from './growingArray.js';
import { Renumbering, stringTable } from './stringTable.js';
import type { Intent } from './query/questionWords.js';
import { type Agents, groupTiedTo, NO_AGENTS, NO_TERMS, type TermList, type TypeFacts } from './answerType.js';
import type { SentenceFeatures, Terms } from './sentenceFeatures.js';
import type { SentenceRecord } from './sentenceIndex.js';
import { kept } from '../lists/remembered.js';
import { mapped } from '../lists/loops.js';

const FLAGS = ['time', 'dated', 'duration', 'cause', 'statement', 'reason', 'condition', 'term', 'interval', 'clock', 'saying'] as const;
const INTENTS: readonly Intent[] = ['figure', 'age', 'duration', 'who', 'name', 'quote', 'when', 'date', 'where', 'why', 'which', 'source', 'condition', 'owner', 'interval', 'clock'];
/** The term lists, in this order; `counts` and `ages` are lists of groups. */
const LISTS = ['names', 'listed', 'years', 'apposed', 'besideRole', 'someone', 'besideName', 'timed', 'datedTerms', 'vague', 'requested', 'reasoned', 'places', 'sources', 'reported'] as const;
const GROUPS = ['counts', 'ages'] as const;

/** What a snapshot stores: plain arrays and typed arrays only. */
export interface PackedFeaturesData {
  table: string[];
  flags: Uint16Array;
  unknown: Uint16Array;
  /** Per list: `from` offsets (n + 1) into `values` (string table numbers). */
  lists: Record<(typeof LISTS)[number], { from: Uint32Array; values: Uint32Array }>;
  /** Per group list: `from` offsets (n + 1) into `sizes`, each group's size, then its values in `values`. */
  groups: Record<(typeof GROUPS)[number], { from: Uint32Array; sizes: Uint32Array; values: Uint32Array }>;
}

export interface PackedFeatures {
  features(id: number): SentenceFeatures;
  /** What answerType.ts reads of sentence `id`, read from the arrays without unpacking; `sentences` give the rest (who, name). */
  facts(id: number, sentences: readonly SentenceRecord[], agents?: Agents, measureWords?: Terms): TypeFacts;
  readonly data: PackedFeaturesData;
}

/** Packs features one sentence at a time (sentence `i` is the `i`-th added). */
export class FeaturesPacker {
  private readonly strings = stringTable();
  private readonly flags = new GrowingUint32();
  private readonly unknown = new GrowingUint32();
  private readonly lists = Object.fromEntries(mapped(LISTS, (name) => [name, { from: new GrowingUint32(), values: new GrowingUint32() }])) as Record<(typeof LISTS)[number], { from: GrowingUint32; values: GrowingUint32 }>;
  private readonly groups = Object.fromEntries(mapped(GROUPS, (name) => [name, { from: new GrowingUint32(), sizes: new GrowingUint32(), values: new GrowingUint32() }])) as Record<(typeof GROUPS)[number], { from: GrowingUint32; sizes: GrowingUint32; values: GrowingUint32 }>;

  add(f: SentenceFeatures): void {
    this.flags.push(FLAGS.reduce((bits, flag, b) => bits | (f[flag] ? 1 << b : 0), 0));
    this.unknown.push(f.unknown.reduce((bits, intent) => bits | (1 << INTENTS.indexOf(intent)), 0));
    for (const name of LISTS) {
      const { from, values } = this.lists[name];
      from.push(values.length);
      for (const term of f[name]) values.push(this.strings.numberOf(term));
    }
    for (const name of GROUPS) {
      const { from, sizes, values } = this.groups[name];
      from.push(sizes.length);
      for (const group of f[name]) {
        sizes.push(group.length);
        for (const term of group) values.push(this.strings.numberOf(term));
      }
    }
  }

  /**
   * Appends sentences `[first, end)` of other packed features, exactly as adding their features
   * would: the same strings numbered in the same order, without unpacking a list.
   */
  copy(other: PackedFeaturesData, first: number, end: number): void {
    const { renumbering, valueStarts } = this.sourceOf(other);
    // First meet the strings in the order `add` would (sentence by sentence, list by list), …
    const lists = mapped(LISTS, (name) => other.lists[name]);
    const groups = mapped(GROUPS, (name) => ({ ...other.groups[name], starts: valueStarts[name] }));
    for (let id = first; id < end; id++) {
      for (const { from, values } of lists) {
        for (let at = from[id] as number, stop = from[id + 1] as number; at < stop; at++) renumbering.see(values[at] as number);
      }
      for (const { from, values, starts } of groups) {
        for (let at = starts[from[id] as number] as number, stop = starts[from[id + 1] as number] as number; at < stop; at++) renumbering.see(values[at] as number);
      }
    }
    // … then copy each array's run in one loop.
    const { numbers } = renumbering;
    this.flags.appendRun(other.flags, first, end);
    this.unknown.appendRun(other.unknown, first, end);
    for (const name of LISTS) {
      const { from, values } = this.lists[name];
      const source = other.lists[name];
      from.appendRun(source.from, first, end, values.length - (source.from[first] as number));
      values.appendRun(source.values, source.from[first] as number, source.from[end] as number, 0, numbers);
    }
    for (const name of GROUPS) {
      const { from, sizes, values } = this.groups[name];
      const source = other.groups[name];
      const groups = [source.from[first] as number, source.from[end] as number] as const;
      from.appendRun(source.from, first, end, sizes.length - groups[0]);
      sizes.appendRun(source.sizes, groups[0], groups[1]);
      values.appendRun(source.values, valueStarts[name][groups[0]] as number, valueStarts[name][groups[1]] as number, 0, numbers);
    }
  }

  /** Per packed features copied from: its strings' numbers here, and where its groups' values start. */
  private readonly sources = new WeakMap<PackedFeaturesData, { renumbering: Renumbering; valueStarts: Record<(typeof GROUPS)[number], Uint32Array> }>();

  private sourceOf(other: PackedFeaturesData): { renumbering: Renumbering; valueStarts: Record<(typeof GROUPS)[number], Uint32Array> } {
    return kept(this.sources, other, () => ({ renumbering: new Renumbering(this.strings, other.table), valueStarts: groupValueStarts(other) }));
  }

  finish(): PackedFeatures {
    const lists = Object.fromEntries(
      mapped(LISTS, (name) => {
        const { from, values } = this.lists[name];
        from.push(values.length);
        return [name, { from: from.toArray(), values: values.toArray() }];
      }),
    ) as PackedFeaturesData['lists'];
    const groups = Object.fromEntries(
      mapped(GROUPS, (name) => {
        const { from, sizes, values } = this.groups[name];
        from.push(sizes.length);
        return [name, { from: from.toArray(), sizes: sizes.toArray(), values: values.toArray() }];
      }),
    ) as PackedFeaturesData['groups'];
    return unpackedFrom({ table: this.strings.table, flags: Uint16Array.from(this.flags.toArray()), unknown: Uint16Array.from(this.unknown.toArray()), lists, groups });
  }
}

/** Where each group's values start in `values`, per group list (worked out once per packed features). */
function groupValueStarts(data: PackedFeaturesData): Record<(typeof GROUPS)[number], Uint32Array> {
  return Object.fromEntries(
    mapped(GROUPS, (name) => {
      const { sizes } = data.groups[name];
      const starts = new Uint32Array(sizes.length + 1);
      for (let g = 0; g < sizes.length; g++) starts[g + 1] = (starts[g] as number) + (sizes[g] as number);
      return [name, starts];
    }),
  ) as Record<(typeof GROUPS)[number], Uint32Array>;
}

/** Reads features a `FeaturesPacker` packed (or loaded from a snapshot of them). */
export function unpackedFrom(data: PackedFeaturesData): PackedFeatures {
  const { table } = data;
  const valueStarts = groupValueStarts(data);
  const list = (name: (typeof LISTS)[number], id: number): string[] => {
    const { from, values } = data.lists[name];
    const terms: string[] = [];
    for (let at = from[id] as number, end = from[id + 1] as number; at < end; at++) terms.push(table[values[at] as number] as string);
    return terms;
  };
  const groups = (name: (typeof GROUPS)[number], id: number): string[][] => {
    const { from, sizes, values } = data.groups[name];
    const starts = valueStarts[name];
    const out: string[][] = [];
    for (let g = from[id] as number, end = from[id + 1] as number; g < end; g++) {
      const group: string[] = [];
      for (let at = starts[g] as number, stop = at + (sizes[g] as number); at < stop; at++) group.push(table[values[at] as number] as string);
      out.push(group);
    }
    return out;
  };
  return {
    data,
    facts: (id, sentences, agents = NO_AGENTS, measureWords = NO_TERMS) => new PackedFacts(data, valueStarts, id, sentences, agents, measureWords),
    features(id) {
      const bits = data.flags[id] as number;
      const unknownBits = data.unknown[id] as number;
      return {
        counts: groups('counts', id),
        ages: groups('ages', id),
        time: (bits & 1) !== 0,
        dated: (bits & 2) !== 0,
        duration: (bits & 4) !== 0,
        cause: (bits & 8) !== 0,
        statement: (bits & 16) !== 0,
        reason: (bits & 32) !== 0,
        condition: (bits & 64) !== 0,
        term: (bits & 128) !== 0,
        interval: (bits & 256) !== 0,
        clock: (bits & 512) !== 0,
        saying: (bits & 1024) !== 0,
        names: list('names', id),
        listed: list('listed', id),
        years: list('years', id),
        unknown: INTENTS.filter((_, b) => (unknownBits & (1 << b)) !== 0),
        apposed: list('apposed', id),
        besideRole: list('besideRole', id),
        someone: list('someone', id),
        besideName: list('besideName', id),
        timed: list('timed', id),
        datedTerms: list('datedTerms', id),
        vague: list('vague', id),
        requested: list('requested', id),
        reasoned: list('reasoned', id),
        places: list('places', id),
        sources: list('sources', id),
        reported: list('reported', id),
      };
    },
  };
}

/** One sentence's facts read from the packed arrays (a class: made per candidate looked at, so no closures). */
class PackedFacts implements TypeFacts {
  constructor(
    private readonly data: PackedFeaturesData,
    private readonly valueStarts: Record<(typeof GROUPS)[number], Uint32Array>,
    private readonly id: number,
    private readonly sentences: readonly SentenceRecord[],
    readonly agents: Agents,
    readonly measureWords: Terms,
  ) {}

  sentence(): SentenceRecord {
    return this.sentences[this.id] as SentenceRecord;
  }

  holdsAgent(): boolean {
    return this.agents.inSentence(this.id);
  }

  flag(name: (typeof FLAGS)[number]): boolean {
    return ((this.data.flags[this.id] as number) & (1 << FLAGS.indexOf(name))) !== 0;
  }

  unknown(kind: Intent): boolean {
    return ((this.data.unknown[this.id] as number) & (1 << INTENTS.indexOf(kind))) !== 0;
  }

  tiedTo(name: (typeof GROUPS)[number], terms: Terms, heads?: (term: string) => boolean, excluded?: Terms): boolean {
    const { from, sizes, values } = this.data.groups[name];
    const starts = this.valueStarts[name];
    const { table } = this.data;
    for (let g = from[this.id] as number, end = from[this.id + 1] as number; g < end; g++) {
      const at = starts[g] as number;
      if (groupTiedTo(sizes[g] as number, (k) => table[values[at + k] as number] as string, terms, heads, excluded)) return true;
    }
    return false;
  }

  some(name: TermList, test: (term: string) => boolean): boolean {
    const { from, values } = this.data.lists[name];
    for (let at = from[this.id] as number, end = from[this.id + 1] as number; at < end; at++) if (test(this.data.table[values[at] as number] as string)) return true;
    return false;
  }
}
