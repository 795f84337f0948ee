/**
 * Words that count people without saying which ("how many people did the CSTO send", "5000 man"):
 * a figure counting any people — soldiers, protesters, the dead — counts what they ask. Labels as
 * typed and folded; Dutch "man" counts people after a number ("5000 man").
 */
const ANYONE = new Set(['people', 'persons', 'individuals', 'men', 'mensen', 'personen', 'man']);

export function countsAnyone(label: string): boolean {
  return ANYONE.has(label.toLowerCase());
}
