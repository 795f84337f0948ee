import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/answer.js';
import { buildDossierIndex, buildDossierIndexInSteps } from '../../src/search/sentenceIndex.js';
import { loadLexicon } from '../../src/search/lexicon/loadLexicon.js';
import { tinyIndex } from '../helpers/tinyDossier.js';

describe('building in steps', () => {
  const paragraphs = Array.from({ length: 120 }, (_, i) => `In Almaty vielen op dag ${i} doden. Tokajev stuurde troepen naar stad ${i}. De CSTO hielp.`);
  const { dossier } = tinyIndex({ a: paragraphs });

  it('gives the event loop back while it builds, and builds the same index as in one go', async () => {
    let ticked = false;
    setImmediate(() => {
      ticked = true;
    });
    const stepwise = await buildDossierIndexInSteps(dossier, loadLexicon());
    expect(ticked).toBe(true);
    const whole = buildDossierIndex(dossier, loadLexicon());
    expect(stepwise.sentences.map((s) => s.text)).toEqual(whole.sentences.map((s) => s.text));
    expect(answer('troepen stad 7', { index: stepwise }).results.map((r) => r.text)).toEqual(answer('troepen stad 7', { index: whole }).results.map((r) => r.text));
  });
});
