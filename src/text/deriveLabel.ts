/**
 * A label for an article that arrived without a headline: its own first words, cut at a word
 * boundary and marked with an ellipsis. Never a made-up headline.
 */
const MAX_WORDS = 8;
/** A short lowercase word (module level: see letterClasses.ts). */
const SHORT_LOWERCASE = /^\p{Ll}{1,3}$/u;

export function deriveLabel(firstSentence: string): string {
  const words = firstSentence.trim().split(/\s+/u).filter(Boolean);
  let kept = words.slice(0, MAX_WORDS);
  // Do not end on a short function word ("in", "het", "de"): it reads as a broken title.
  while (kept.length > 1 && SHORT_LOWERCASE.test(kept.at(-1) ?? '')) kept = kept.slice(0, -1);
  const label = kept.join(' ').replace(/[,;:.]+$/u, '');
  return kept.length < words.length ? `${label}…` : label;
}
