/** Whole lists packed in one go: what the tests compare against (the app packs one sentence at a time). */
import type { AnalyzedText } from '../../src/search/analysis/analyzeText.js';
import { AnalysesPacker, type PackedAnalyses } from '../../src/search/packedAnalyses.js';
import { FeaturesPacker, type PackedFeatures } from '../../src/search/packedFeatures.js';
import { postingsFrom, postingsSteps, type Postings } from '../../src/search/postings.js';
import type { SentenceFeatures } from '../../src/search/sentenceFeatures.js';
import { finish } from '../../src/search/steps.js';

export function packAnalyses(analyses: Iterable<AnalyzedText>): PackedAnalyses {
  const packer = new AnalysesPacker();
  for (const analysis of analyses) packer.add(analysis);
  return packer.finish();
}

export function packFeatures(all: Iterable<SentenceFeatures>): PackedFeatures {
  const packer = new FeaturesPacker();
  for (const f of all) packer.add(f);
  return packer.finish();
}

/** The postings of sentences with these analyses, as the index derives them from the packed analyses. */
export function buildPostings(analyses: Iterable<AnalyzedText>): Postings {
  return postingsFrom(finish(postingsSteps(packAnalyses(analyses).data)));
}
