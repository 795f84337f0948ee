/**
 * Dutch compounds glue words together (`troepenmacht`, `brandstofprijzen`,
 * `veiligheidsdiensten`). Splitting them against a vocabulary of known words lets `prijzen` reach
 * `brandstofprijzen`. Dutch compounds are right-headed, so the head (last part) is what matters most;
 * a modifier is returned only when it is itself a known word.
 */

const MIN_HEAD = 4;
const MIN_MODIFIER = 3;
/** Linking sounds between the parts of a Dutch compound (`veiligheid-s-diensten`, `troep-en-macht`). */
const LINKS = ['s', 'en', 'e', ''];

export interface Vocabulary {
  has(word: string): boolean;
}

/**
 * The known parts of a folded word, longest head first, or `[]` when it is not a compound of known
 * words. Recurses into the modifier so three-part compounds split too.
 */
export function splitCompound(word: string, known: Vocabulary, depth = 0): string[] {
  if (depth > 2 || word.length < MIN_HEAD + MIN_MODIFIER) return [];
  for (let cut = MIN_MODIFIER; cut <= word.length - MIN_HEAD; cut++) {
    const head = word.slice(cut);
    if (!known.has(head)) continue;
    const front = word.slice(0, cut);
    for (const link of LINKS) {
      if (!front.endsWith(link)) continue;
      const modifier = front.slice(0, front.length - link.length);
      if (modifier.length < MIN_MODIFIER) continue;
      if (known.has(modifier)) return [modifier, head];
      const inner = splitCompound(modifier, known, depth + 1);
      if (inner.length > 0) return [...inner, head];
    }
    // A known head after an unknown modifier still says what the word is about.
    if (front.length >= MIN_HEAD) return [head];
  }
  return [];
}
