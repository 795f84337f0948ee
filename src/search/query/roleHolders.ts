/**
 * A question that names a role instead of the person ("the former president", "de Russische
 * president") is about whoever the dossier's articles gave that role: the holder's names become
 * alternatives of the role's concept, a little below the role word itself. Only when every article
 * agrees on who it is, and, when the question says whose role ("the Kazakh leader"), only for that
 * adjective: the dossier's "leider" (Nazarbajev) is not the Kazakh leader it never calls so.
 */
import { isRoleModifier } from '../roleMentions.js';
import { onlyOne } from '../onlyOne.js';
import type { DossierIndex } from '../sentenceIndex.js';
import type { Alternative, Concept } from './expandQuery.js';
import { alternativeOf } from './alternativeOf.js';
import { flatMap } from '../../lists/loops.js';

/** A holder's name counts a little less than the role word that led to it. */
const HOLDER_WEIGHT = 0.9;
/** How directly the word before a role must say an adjective the articles put before it ("Kazakh": Kazachse). */
const MODIFIER_WEIGHT = 0.5;
/** A phrase's role reached by two of its words: the second match covers, it does not rank twice. */
const SHARED_WEIGHT = 0.05;

function addHolders(concept: Concept, holders: readonly string[], weight: number, index: DossierIndex): void {
  for (const name of holders) {
    if (index.inverted.frequency(name) === 0 || concept.alternatives.some((a) => a.terms.length === 1 && a.terms[0] === name)) continue;
    concept.alternatives.push(alternativeOf([name], weight, 'role'));
  }
}


export function addRoleHolders(concepts: readonly Concept[], index: DossierIndex): void {
  if (index.roles.size === 0) return;
  concepts.forEach((concept, k) => {
    const roles = concept.alternatives.filter((a) => a.terms.length === 1 && index.roles.has(a.terms[0] as string));
    // "former president" reaches both president and oud-president: the one its neighbour shares is
    // the phrase's ("former" → oud-president); with none or several, which one is meant is unclear.
    const shared = roles.length > 1 ? onlyOne(roles.filter((r) => [concepts[k - 1], concepts[k + 1]].some((other) => other?.alternatives.some((a) => a.terms.length === 1 && a.terms[0] === r.terms[0])))) : undefined;
    const role = roles.length === 1 ? roles[0] : shared;
    if (!role) return;
    const weight = role.weight * HOLDER_WEIGHT;
    // The phrase names the role whole, and its other word already ranks the holder's sentences: here
    // they only cover the word ("where is the former president": "waar Nazarbajev zelf is").
    if (shared) {
      addHolders(concept, index.roles.get(role.terms[0] as string) ?? [], weight * SHARED_WEIGHT, index);
      return;
    }
    const before = concepts[k - 1];
    // Only what the word before says itself: "Kazakhstan's" only loosely reaches "Kazachse".
    const modifiers = (before?.alternatives ?? []).filter((a) => a.terms.length === 1 && a.weight >= MODIFIER_WEIGHT && isRoleModifier(index.roles, a.terms[0] as string));
    if (modifiers.length === 0) {
      // An adjective the articles never put before the role may change who holds it ("the new president").
      if (before?.pos === 'a') return;
      addHolders(concept, index.roles.get(role.terms[0] as string) ?? [], weight, index);
      return;
    }
    // "de Kazachse president": that adjective's holder, who also answers the adjective itself.
    const holders = [...new Set(flatMap(modifiers, (m: Alternative) => index.roles.get(`${m.terms[0]} ${role.terms[0]}`) ?? []))];
    addHolders(concept, holders, weight, index);
    if (before) addHolders(before, holders, (modifiers[0] as Alternative).weight * HOLDER_WEIGHT, index);
  });
}
