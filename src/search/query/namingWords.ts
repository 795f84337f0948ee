/**
 * Words asking what someone calls something ("hoe noemt de CSTO de troepen", "the CSTO's label for
 * its troops", "does the CSTO call them peacekeepers"). A news sentence says what something is
 * called by quoting the term ("een ‘vredesmacht’"), not by repeating the verb. Pure.
 */
import type { Concept } from './expandQuery.js';

const NAMING: ReadonlySet<string> = new Set([
  'call', 'calls', 'called', 'calling', 'label', 'labels', 'labelled', 'labeled', 'labelling', 'labeling',
  'describe', 'describes', 'described', 'describing', 'description', 'term', 'termed', 'dub', 'dubs', 'dubbed', 'brand', 'brands', 'branded',
  'noem', 'noemt', 'noemen', 'noemde', 'noemden', 'genoemd', 'omschrijft', 'omschrijven', 'omschreef', 'omschreven', 'omschrijving',
  'bestempelt', 'bestempelen', 'bestempelde', 'bestempelden', 'bestempeld', 'betitelt', 'betitelde', 'betiteld', 'benaming', 'aanduiding',
]);

/** Whether the concept is a naming word alone (not "call on", not "called for"). */
export function asksWhatCalled(concept: Pick<Concept, 'label'>): boolean {
  return NAMING.has(concept.label.toLowerCase());
}
