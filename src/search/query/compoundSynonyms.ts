/**
 * A Dutch compound the dossier does not have, read as one it has with the same first part and a
 * last part of the same meaning: "politiebaas" is the article's "politiechef" (baas and chef are one
 * glossary concept), "legertop" its "legerleiding". The whole word is matched, never its parts on
 * their own: "allemaal" is no "alle" + "maal", and a part like "politie" alone would answer too much.
 * Pure over the dossier's words and a test of two words' meaning.
 */
import { kept } from '../../lists/remembered.js';

/** Shortest first and last part: "vice" and "baas" are parts, "de" and "en" are not. */
const MIN_PART = 4;
/** Linking letters Dutch puts between the parts ("veiligheid-s-dienst", "burger-s-", "ooggetuig-en-"). */
const LINKS = ['', 's', 'e', 'en'];
/** At most this many dossier words are offered for one question word. */
const MOST = 3;

/** The dossier's words sorted, for finding those that start with a first part; made once per vocabulary. */
const sortedWords = new WeakMap<ReadonlySet<string>, string[]>();

function sorted(words: ReadonlySet<string>): string[] {
  return kept(sortedWords, words, () => [...words].sort());
}

/** The words of `list` (sorted) that start with `prefix`. */
function startingWith(list: readonly string[], prefix: string): string[] {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((list[mid] as string) < prefix) low = mid + 1;
    else high = mid;
  }
  const found: string[] = [];
  for (let i = low; i < list.length && (list[i] as string).startsWith(prefix); i++) found.push(list[i] as string);
  return found;
}

/**
 * Dossier words that are `word` with its last part said otherwise: a split of `word` into a first
 * part and a last part (each at least `MIN_PART` letters, a linking letter allowed between), and a
 * dossier word with the same first part (and link) whose own last part `sameMeaning` says means
 * the same. Longest first part first.
 */
export function compoundSynonyms(word: string, words: ReadonlySet<string>, sameMeaning: (a: string, b: string) => boolean): string[] {
  const found: string[] = [];
  if (word.length < MIN_PART * 2 || words.has(word)) return found;
  const list = sorted(words);
  for (let cut = word.length - MIN_PART; cut >= MIN_PART && found.length < MOST; cut--) {
    const first = word.slice(0, cut);
    const last = word.slice(cut);
    for (const other of startingWith(list, first)) {
      const rest = other.slice(cut).replace(/^-/u, '');
      if (rest.length < MIN_PART || rest === last || found.includes(other)) continue;
      // The same link after the first part on both sides: "veiligheidsdienst" ~ "veiligheidsapparaat".
      if (!LINKS.some((link) => last.startsWith(link) && rest.startsWith(link) && sameMeaning(last.slice(link.length), rest.slice(link.length)))) continue;
      found.push(other);
      if (found.length >= MOST) break;
    }
  }
  return found;
}
