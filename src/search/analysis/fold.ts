/** Case and diacritic folding: `Armenië` → `armenie`, `gecoördineerd` → `gecoordineerd`. */
export function fold(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’‘`´]/gu, "'")
    .replace(/[‐‑–]/gu, '-');
}
