/**
 * A dossier's IndexData made one sentence at a time, in id order: each sentence either analysed now
 * (`add`) or copied from an earlier analysis of the same article (`copy`, which renumbers strings
 * without unpacking anything). Either way the arrays come out as one fresh pass over the dossier
 * makes them, and the postings are derived from the packed analyses at the end (postings.ts), so
 * they cannot differ either. Pure.
 */
import type { AnalyzedText } from './analysis/analyzeText.js';
import type { KnownWords } from './knownWords.js';
import { AnalysesPacker } from './packedAnalyses.js';
import { FeaturesPacker } from './packedFeatures.js';
import { postingsSteps } from './postings.js';
import type { SentenceFeatures } from './sentenceFeatures.js';
import type { RoleMentions } from './roleMentions.js';
import type { IndexData } from './sentenceIndex.js';

export class IndexDataBuilder {
  private readonly analyses = new AnalysesPacker();
  private readonly features = new FeaturesPacker();
  private readonly lengths: number[] = [];
  private readonly context: string[][] = [];
  private readonly roles: Array<[number, string, string[]]> = [];

  /** Sentences so far. */
  get size(): number {
    return this.lengths.length;
  }

  /** `roles`: the roles the sentence binds to names (roleMentions.ts). */
  add(analysis: AnalyzedText, features: SentenceFeatures, context: string[], roles: RoleMentions['named'] = []): void {
    for (const { role, names } of roles) this.roles.push([this.size, role, names]);
    this.analyses.add(analysis);
    this.features.add(features);
    this.context.push(context);
    this.lengths.push(analysis.words.length);
  }

  /** Appends sentences `[first, end)` of an earlier analysis as they are. */
  copy(earlier: IndexData, first: number, end: number): void {
    // The earlier bindings of those sentences, renumbered to where the sentences land now.
    const shift = this.size - first;
    for (let at = firstAtOrAfter(earlier.roles, first); at < earlier.roles.length; at++) {
      const [id, role, names] = earlier.roles[at] as [number, string, string[]];
      if (id >= end) break;
      this.roles.push([id + shift, role, names]);
    }
    this.analyses.copy(earlier.analyses, first, end);
    this.features.copy(earlier.features, first, end);
    for (let id = first; id < end; id++) {
      this.context.push(earlier.context[id] as string[]);
      this.lengths.push(earlier.lengths[id] as number);
    }
  }

  /** The IndexData, in steps (the postings are most of the work). */
  *finish(known: KnownWords): Generator<void, IndexData> {
    const analyses = this.analyses.finish().data;
    const features = this.features.finish().data;
    yield;
    const postings = yield* postingsSteps(analyses);
    return { ...known, lengths: Uint16Array.from(this.lengths), context: this.context, roles: this.roles, postings, analyses, features };
  }
}

/** The first binding of sentence `id` or later: bindings are in sentence order, so a copied run finds its own without reading all. */
function firstAtOrAfter(bindings: IndexData['roles'], id: number): number {
  let low = 0;
  let high = bindings.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((bindings[middle] as [number, string, string[]])[0] < id) low = middle + 1;
    else high = middle;
  }
  return low;
}
