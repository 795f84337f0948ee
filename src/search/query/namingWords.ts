/**
 * Words asking what someone calls something ("hoe noemt de CSTO de troepen", "the CSTO's label for
 * its troops", "does the CSTO call them peacekeepers"). A news sentence says what something is
 * called by quoting the term ("een ‘vredesmacht’"), not by repeating the verb. Pure.
 */
import type { Concept } from './expandQuery.js';

const NAMING: ReadonlySet<string> = new Set([
  'call', 'calls', 'called', 'calling', 'label', 'labels', 'labelled', 'labeled', 'labelling', 'labeling',
  // Not the nouns "term", "brand", "description": "the long term plan" names no label.
  'describe', 'describes', 'described', 'describing', 'termed', 'dub', 'dubs', 'dubbed', 'branded',
  'noem', 'noemt', 'noemen', 'noemde', 'noemden', 'genoemd', 'omschrijft', 'omschrijven', 'omschreef', 'omschreven',
  'bestempelt', 'bestempelen', 'bestempelde', 'bestempelden', 'bestempeld', 'betitelt', 'betitelde', 'betiteld', 'benaming', 'aanduiding',
]);

/** Whether the concept is a naming word alone (not "call on", not "called for"). */
export function asksWhatCalled(concept: Pick<Concept, 'label'>): boolean {
  return NAMING.has(concept.label.toLowerCase());
}
