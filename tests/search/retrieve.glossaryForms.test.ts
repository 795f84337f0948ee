import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/answer.js';
import { tinyIndex } from '../helpers/tinyDossier.js';

describe('a word the glossary lists under another concept', () => {
  // "regering" (government) and "regeren" (to govern) share a stem; the glossary lists both.
  const glossary = 'rule_lead:\n  en: [rule, ruled, rules]\n  nl: [regeren, regeerde, regeert]\ngovernment:\n  en: [government]\n  nl: [regering]\n';
  const index = tinyIndex({ a: ['Tokajev regeerde het land.', 'De regering van Tokajev blijft zitten.'], b: ['Het is onrustig in Almaty.'] }, glossary);
  const full = (question: string): string[] => answer(question, { index }).results.filter((r) => r.match === 'full').map((r) => r.text);

  it('is that word, not a look-alike of this one: no evidence of the deed', () => {
    expect(full('did tokajev rule?')).toEqual(['Tokajev regeerde het land.']);
    expect(full('tokajev rule')).toEqual(['Tokajev regeerde het land.']);
  });

  it('and the word itself is evidence of its own concept', () => {
    expect(full('tokajev government')).toEqual(['De regering van Tokajev blijft zitten.']);
  });
});
