/**
 * Dutch compounds glue words together (`troepenmacht`, `brandstofprijzen`,
 * `veiligheidsdiensten`). Splitting them against a vocabulary of known words lets `prijzen` reach
 * `brandstofprijzen`. Dutch compounds are right-headed, so the head (last part) is what matters most;
 * a modifier is returned only when it is itself a known word.
 *
 * Splitting by vocabulary over-splits easily (`overleden` is not over + leden, `tijdelijk` not
 * tijd + lijk), so: separable-verb particles never count as modifiers, the modifier must be a word
 * seen as such (three letters at least: `lid-staten`), the head at least four, and suffixes that happen
 * to be words never head.
 */

import { MAX_WORD_LENGTH } from './stem.js';

const MIN_HEAD = 4;
const MIN_MODIFIER = 3;
/** A head this short must itself be a word seen as such, not only share a stem with one. */
const MIN_STEM_HEAD = 5;
/** Endings that are also words (`lijk` corpse, `eren` to honour): never the head of a split. */
const SUFFIX_HEADS = new Set(['lijk', 'lijke', 'lijken', 'lijkheid', 'lijkheden', 'heid', 'heden', 'eren', 'keren', 'aars', 'ters', 'baar', 'loos', 'dom', 'schap', 'achtig', 'isch', 'ische', 'ering', 'eringen', 'ingen']);
/** Linking sounds between the parts of a Dutch compound (`veiligheid-s-diensten`, `troep-en-macht`). */
const LINKS = ['s', 'en', 'e', ''];
/** Verb particles and prepositions: `overleden`, `toegezegd`, `neerslaan`, `binnenkort` are not compounds. */
const PARTICLES = new Set([
  'aan', 'achter', 'af', 'bij', 'binnen', 'buiten', 'door', 'heen', 'langs', 'mee', 'na', 'neer', 'om', 'onder', 'op',
  'over', 'rond', 'samen', 'tegen', 'terug', 'toe', 'tussen', 'uit', 'voor', 'voort', 'weg', 'waar', 'hoe', 'ont', 'ver',
  'plat', 'open', 'vast', 'los', 'thuis', 'stil', 'teleur', 'inter', 'zelf', 'zwaar', 'licht', 'kapot', 'leeg', 'uiteen',
  'ten', 'ter', 'vol', 'mis', 'her', 'dag',
]);

export interface Vocabulary {
  /** The word itself occurs (folded). */
  isWord(word: string): boolean;
  /** The word, or another form with the same stem, occurs. */
  hasStem(word: string): boolean;
}

/**
 * The known parts of a folded word, modifier(s) first, or `[]` when it is not a compound of
 * known words. Recurses into the modifier so three-part compounds split too.
 */
export function splitCompound(word: string, known: Vocabulary, depth = 0): string[] {
  // Beyond any real compound ("arbeidsongeschiktheidsverzekering" is 33): not split, so time stays linear in the input.
  if (depth > 2 || word.length < MIN_HEAD + MIN_MODIFIER || word.length > MAX_WORD_LENGTH) return [];
  for (let cut = MIN_MODIFIER; cut <= word.length - MIN_HEAD; cut++) {
    const front = word.slice(0, cut);
    if (PARTICLES.has(front)) continue;
    const head = word.slice(cut);
    if (SUFFIX_HEADS.has(head) || !(known.isWord(head) || (head.length >= MIN_STEM_HEAD && known.hasStem(head)))) continue;
    for (const link of LINKS) {
      if (!front.endsWith(link)) continue;
      const modifier = front.slice(0, front.length - link.length);
      if (modifier.length < MIN_MODIFIER || PARTICLES.has(modifier)) continue;
      if (known.isWord(modifier)) return [modifier, head];
      const inner = splitCompound(modifier, known, depth + 1);
      if (inner.length > 0) return [...inner, head];
    }
  }
  return [];
}
