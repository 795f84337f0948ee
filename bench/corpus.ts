/**
 * A seeded synthetic dossier of any size, for measuring at newsroom scale: the real article
 * sentences of the test dossier mixed with Dutch-looking news sentences (Zipf-distributed common
 * Dutch words, numbers, dates, names), plus what real input carries and must never be answered:
 * photo captions and section headings. Same seed, same corpus.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { seededRandom } from '../tests/helpers/seededRandom.js';

const require = createRequire(import.meta.url);

export interface CorpusOptions {
  /** Body sentences to write (captions and headings come on top). */
  sentences: number;
  seed?: number;
  /** A dossier folder (dossier.yml, glossary, articles) whose real sentences are mixed in. */
  from: string;
  /** Where to write `<dossier id>/…`: a knowledge folder of its own. */
  to: string;
}

const SENTENCES_PER_PARAGRAPH = 3;
const PARAGRAPHS_PER_ARTICLE = 10;
/** Share of body sentences taken (and varied) from the real articles. */
const REAL_SHARE = 0.2;
const NAMES = ['Tokajev', 'Nazarbajev', 'Poetin', 'Almaty', 'Astana', 'Moskou', 'Kirgizië', 'Armenië', 'de CSTO', 'de Navo', 'Rutte', 'Brussel', 'Kiev', 'Minsk', 'Lukasjenko', 'Sjymkent'];
const SOURCES = ['de Volkskrant', 'NRC', 'Trouw', 'NOS', 'ANP', 'Reuters', 'het Parool'];
const CREDITS = ['ANP', 'EPA', 'AFP', 'Reuters', 'TASS', 'AP'];
const ENDINGS = ['.', '.', '.', '.', '?', '!'];

/** The real sentences of a dossier's articles (body text after the front matter, split crudely). */
function realSentences(dossierDir: string): string[] {
  return readdirSync(dossierDir)
    .filter((f) => f.endsWith('.md'))
    .flatMap((f) => readFileSync(path.join(dossierDir, f), 'utf8').split(/^---$/mu).slice(2).join('---').split(/\n\s*\n/u))
    .filter((p) => !/Beeld|^#/u.test(p) && /[.!?”’]$/u.test(p.trim()))
    .flatMap((p) => p.trim().split(/(?<=[.!?”’])\s+(?=[A-Z‘“])/u))
    .filter((s) => s.length > 20);
}

export function writeCorpus({ sentences, seed = 42, from, to }: CorpusOptions): { dossierDir: string; articles: number } {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  // Zipf over the Dutch common-word list: word k is drawn with weight 1/k.
  const words = (require('@zxcvbn-ts/language-nl-be/dist/commonWords.json.js') as string[]).filter((w) => /^\p{L}{2,}$/u.test(w)).slice(0, 20_000);
  const cumulative: number[] = [];
  words.reduce((sum, _, k) => {
    cumulative.push(sum + 1 / (k + 1));
    return sum + 1 / (k + 1);
  }, 0);
  const total = cumulative.at(-1) ?? 1;
  const zipfWord = (): string => {
    const target = random() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((cumulative[mid] as number) < target) low = mid + 1;
      else high = mid;
    }
    return words[low] as string;
  };
  const real = realSentences(from);
  const synthetic = (): string => {
    const length = 8 + Math.floor(random() * 18);
    const parts: string[] = [];
    for (let i = 0; i < length; i++) {
      const r = random();
      if (r < 0.06) parts.push(pick(NAMES));
      else if (r < 0.09) parts.push(String(Math.floor(random() * (random() < 0.5 ? 100 : 20_000))));
      else if (r < 0.1) parts.push(`${1 + Math.floor(random() * 28)} januari`);
      else parts.push(zipfWord());
    }
    const text = parts.join(' ');
    return `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}${pick(ENDINGS)}`;
  };
  const body = (): string => (random() < REAL_SHARE ? pick(real) : synthetic());

  const id = path.basename(from);
  const dossierDir = path.join(to, id);
  mkdirSync(dossierDir, { recursive: true });
  for (const file of readdirSync(from).filter((f) => f.endsWith('.yml'))) cpSync(path.join(from, file), path.join(dossierDir, file));
  const perArticle = SENTENCES_PER_PARAGRAPH * PARAGRAPHS_PER_ARTICLE;
  const articles = Math.ceil(sentences / perArticle);
  let written = 0;
  for (let a = 0; a < articles; a++) {
    const paragraphs: string[] = [];
    for (let p = 0; p < PARAGRAPHS_PER_ARTICLE && written < sentences; p++) {
      if (p === 4) paragraphs.push(`${zipfWord()} ${zipfWord()}`.replace(/^\p{L}/u, (c) => c.toUpperCase()));
      if (p === 2) paragraphs.push(`${synthetic().replace(/[.!?]$/u, '')} Beeld ${pick(CREDITS)}`);
      const take = Math.min(SENTENCES_PER_PARAGRAPH, sentences - written);
      paragraphs.push(Array.from({ length: take }, body).join(' '));
      written += take;
    }
    const day = 1 + (a % 28);
    const front = [`title: ${synthetic().replace(/[.!?]$/u, '')}`, `source: ${pick(SOURCES)}`, `date: 2022-01-${String(day).padStart(2, '0')}`, `url: https://example.org/${id}/${a}`, 'language: nl'];
    writeFileSync(path.join(dossierDir, `artikel-${String(a).padStart(6, '0')}.md`), `---\n${front.join('\n')}\n---\n${paragraphs.join('\n\n')}\n`);
  }
  return { dossierDir, articles };
}
