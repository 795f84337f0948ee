import { describe, expect, it } from 'vitest';
import { contextSentences } from '../../../src/search/query/contextSentences.js';

const context = (text: string): string[] => contextSentences(text).map((s) => text.slice(s.from, s.to).trim());

describe('contextSentences', () => {
  it.each([
    // What the asker read or heard, before the question.
    ['The wires have the airport retaken by the army. Who holds it now?', ['The wires have the airport retaken by the army.']],
    // After the question: what the asker is writing, or why.
    ['Which city had the worst fighting? My draft says Nur-Sultan but I doubt it.', ['My draft says Nur-Sultan but I doubt it.']],
    ['Hoeveel doden vielen er? Een zender noemde 164; ik wil het zeker weten.', ['Een zender noemde 164;', 'ik wil het zeker weten.']],
  ])('sets the scene in %j', (text, expected) => {
    expect(context(text)).toEqual(expected);
  });

  it.each([
    // One sentence, or only questions.
    'how many troops did russia send?',
    'Who sent troops? And how many?',
    // No sentence asks: read whole.
    'Russia sent troops. Belarus too.',
    // The question points back at the claim, which is then what is asked.
    'A stringer claims police killed dozens of rioters. Does our dossier back that?',
    'Een collega schrijft dat het Kremlin waarschuwde. Klopt dat volgens ons dossier?',
    'We have 164 civilian dead in the draft. Is that number solid?',
    'Two agents were beheaded — right?',
    'Tokayev told the army to shoot without warning — confirmed?',
    'A police chief died in Almaty — what killed him?',
    'Reports of heavy fighting in the south. What happened there?',
    // What stands before a dash is the topic asked about.
    'Tokayev declared a state of emergency — until what date does it run?',
    // A fragment after the question says more of what is asked.
    'who is leading the protests? name of the protest leader',
  ])('leaves %j whole', (text) => {
    expect(context(text)).toEqual([]);
  });

  it('reads a short sentence as a scene when someone in it tells something', () => {
    expect(context('How many soldiers were sent? Een collega noemt tweeduizend.')).toEqual(['Een collega noemt tweeduizend.']);
  });

  it('reads no more than a question may hold: a pasted text is read whole', () => {
    const pasted = `${'Russia sent troops to Kazakhstan. '.repeat(40)}Why?`;
    expect(context(pasted)).toEqual([]);
  });

  it('keeps "that" opening a clause from pointing back ("says that …")', () => {
    expect(context('Amnesty says Tokayev issued an order. Did he say that soldiers could shoot without warning?')).toEqual(['Amnesty says Tokayev issued an order.']);
  });
});
