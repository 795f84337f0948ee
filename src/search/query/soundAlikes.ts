/**
 * Dutch writes some sounds two ways, and people slip on them more than on any key: ei and ij
 * ("palijs" for paleis), au and ou ("blouw"), cht and gt ("gevlugt"), and a verb's final d, t or dt ("gebeurt" for
 * gebeurd, "word" for wordt). A word the dossier lacks that is one such swap from a word it has is
 * that word: two Levenshtein edits ("palijs" → paleis), but one slip. Pure.
 */

const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['ij', 'ei'],
  ['au', 'ou'],
  // g and ch before t sound alike ("gevlugt" for gevlucht, "gebragt").
  ['cht', 'gt'],
];
/** A verb's ending, spelled as heard: the whole ending is swapped ("wordt" → word, wort; never "wordd"). */
const ENDINGS = ['dt', 'd', 't'];
/** Letters of the stem before an ending: a verb's stem is longer than this. */
const MIN_STEM = 2;

/** The spellings one such swap from `word` (`word` excluded). */
export function soundAlikes(word: string): string[] {
  const found = new Set<string>();
  for (const [a, b] of PAIRS) {
    for (const [from, to] of [[a, b], [b, a]] as const) {
      for (let at = word.indexOf(from); at >= 0; at = word.indexOf(from, at + 1)) found.add(word.slice(0, at) + to + word.slice(at + from.length));
    }
  }
  const ending = ENDINGS.find((e) => word.endsWith(e));
  if (ending !== undefined && word.length - ending.length > MIN_STEM) {
    const stem = word.slice(0, -ending.length);
    for (const other of ENDINGS) if (other !== ending) found.add(stem + other);
  }
  found.delete(word);
  return [...found];
}
