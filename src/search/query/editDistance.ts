/** Bounded Levenshtein distance: returns `max + 1` as soon as the distance must exceed `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return previous[b.length] ?? max + 1;
}

/** Words of `vocabulary` within the allowed typo distance of `word`, closest first. */
export function closeWords(word: string, vocabulary: Iterable<string>, maxDistance: (length: number) => number): string[] {
  const max = maxDistance(word.length);
  if (max <= 0) return [];
  const found: Array<[string, number]> = [];
  for (const candidate of vocabulary) {
    if (candidate === word) continue;
    const distance = editDistance(word, candidate, max);
    if (distance <= max) found.push([candidate, distance]);
  }
  return found.sort((x, y) => x[1] - y[1] || x[0].localeCompare(y[0])).map(([w]) => w);
}
