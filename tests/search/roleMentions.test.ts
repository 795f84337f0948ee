/** Who "de president" is: roles bound to names in an article, and bare roles resolved to them. */
import { describe, expect, it } from 'vitest';
import { analyzeText, wholeTermOf, type AnalyzerContext } from '../../src/search/analysis/analyzeText.js';
import { holdersOf, isRole, namesRole, roleTableOf, RoleBindings, roleMentions, type RoleMentions } from '../../src/search/roleMentions.js';
import { answer } from '../../src/answer/answer.js';
import { tinyIndex } from '../helpers/tinyDossier.js';

const CONTEXT: AnalyzerContext = { language: 'nl', vocabulary: new Set(), compoundParts: { isWord: () => false, hasStem: () => false }, properNouns: new Set() };
const NAMES = new Set(['tokajev', 'tokayev', 'kassym-jomart', 'poetin', 'nazarbajev', 'russische', 'kazachse', 'almaty']);
const term = (folded: string): string => wholeTermOf(folded, 'nl');
const mentions = (text: string): RoleMentions => roleMentions(text, analyzeText(text, CONTEXT).words, (w) => NAMES.has(w));

describe('roleMentions', () => {
  it('binds a role to the name after it, first name and surname', () => {
    expect(mentions('De regering van president Kassym-Jomart Tokajev wankelt.')).toEqual({ named: [{ role: 'president', names: [term('kassym-jomart'), term('tokajev')] }], bare: [] });
  });

  it('keys a role by the people adjective before it', () => {
    expect(mentions('Hij bedankte de Russische president Poetin.').named).toEqual([{ role: `${term('russische')} president`, names: [term('poetin')] }]);
    expect(mentions('De Russische president sprak maandag.').bare).toEqual([`${term('russische')} president`]);
  });

  it('binds an apposed role to the name before it', () => {
    expect(mentions('Zij steunden Nazarbajev, de zelfbenoemde ‘leider van de natie’.').named).toEqual([{ role: term('leider'), names: [term('nazarbajev')] }]);
  });

  it('does not take an owner after a preposition for the role’s holder', () => {
    expect(mentions('Zij waren vertrouwelingen van Nazarbajev.')).toEqual({ named: [], bare: [term('vertrouwelingen')] });
  });

  it('a role with a name right before it is not bare', () => {
    expect(mentions('Poetin president gebleven.').bare).toEqual([]);
  });
});

describe('isRole and namesRole', () => {
  it.each([
    ['president', true, true],
    ['oud-president', true, true],
    // A compound headed by a role is one.
    ['vicevoorzitter', true, true],
    ['partijleider', true, true],
    // A plural names people by their role, but binds to no one: "de commandanten" are not the commander.
    ['vicevoorzitters', false, true],
    ['commandanten', false, true],
    ['leiders', false, true],
    ['vice-premiers', false, true],
    // Not a role: too short a head to tell ("chef" only as listed), or no role at all.
    ['zakenchef', false, false],
    ['veiligheidsdienst', false, false],
  ])('%s → role %s, names a role %s', (form, role, named) => {
    expect(isRole(form)).toBe(role);
    expect(namesRole(form)).toBe(named);
  });
});

describe('RoleBindings', () => {
  it('resolves a bare role to the first person given it, and a modified one to its own', () => {
    const roles = new RoleBindings();
    for (const text of ['De Kazachse president Kassym-Jomart Tokajev sprak.', 'Hij bedankte de Russische president Poetin.']) roles.learn(mentions(text));
    expect(roles.resolve(mentions('Terwijl de president gisteren nog probeerde te sussen.'))).toEqual([term('kassym-jomart'), term('tokajev')]);
    expect(roles.resolve(mentions('De Russische president sprak maandag.'))).toEqual([term('poetin')]);
    expect(roles.resolve(mentions('De premier zweeg.'))).toEqual([]);
  });
});

describe('a bare role in the index', () => {
  it('refers back to the person the article bound it to, so the sentence answers a question naming them', () => {
    const index = tinyIndex({
      a: ['Rusland heeft troepen gestuurd om de regering van president Tokajev overeind te houden.', 'Het is onrustig in het land.', 'Terwijl de president gisteren nog probeerde te voorkomen dat de demonstraties uit de hand liepen, vroeg hij vandaag om hulp.'],
      b: ['Terwijl de president gisteren nog probeerde de benzineprijs te verlagen, bleef het onrustig.'],
    });
    const sentence = index.sentences.find((s) => s.articleId === 'tiny/a' && s.text.startsWith('Terwijl'));
    expect(sentence?.context).toContain(term('tokajev'));
    // In another article "de president" was never bound to anyone.
    expect(index.sentences.find((s) => s.articleId === 'tiny/b')?.context).not.toContain(term('tokajev'));
    const [top] = answer('wat probeerde tokajev te voorkomen', { index }).results;
    expect(top?.text).toContain('Terwijl de president gisteren');
    expect(top?.match).toBe('full');
  });
});

describe('holdersOf', () => {
  const tableOf = (...texts: string[]): Map<string, string[][]> => roleTableOf(texts.flatMap((text, id) => mentions(text).named.map(({ role, names }) => [id, role, names] as const)));

  it('is the person clearly most mentions name, whatever their transliteration', () => {
    const table = tableOf('President Tokayev sprak.', 'Hoewel president Kassym-Jomart Tokajev zweeg.', 'Toen sprak president Poetin.');
    expect(holdersOf(table, 'president').sort()).toEqual([term('kassym-jomart'), term('tokajev'), 'tokayev'].sort());
  });

  it('is no one when the mentions give the role to different people alike', () => {
    expect(holdersOf(tableOf('President Tokajev sprak.', 'President Poetin sprak.'), 'president')).toEqual([]);
  });

  it('keeps a role said with an adjective apart', () => {
    const table = tableOf('President Tokajev sprak.', 'Hij belde de Russische president Poetin.');
    expect(holdersOf(table, 'president')).toEqual([term('tokajev')]);
    expect(holdersOf(table, `${term('russische')} president`)).toEqual([term('poetin')]);
  });
});
