/**
 * An analysis updated from an earlier one (articles added, edited, removed) is exactly the analysis
 * of the dossier made from scratch: every array of IndexData, and each article's share of the known
 * words. The words are chosen to make old sentences analyse differently when the dossier changes:
 * compounds whose parts come and go (brandstof + prijzen), possessives (Nazarbajevs), names written
 * lowercase elsewhere (Tokajev / tokajev), pronouns and years that carry context.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/parseArticle.js';
import type { Article, Dossier } from '../../src/knowledge/types.js';
import { parseGlossary } from '../../src/knowledge/glossaryFile.js';
import { analyseDossier } from '../../src/search/sentenceIndex.js';
import type { EarlierAnalysis } from '../../src/search/analyseDossier.js';
import type { DossierWords } from '../../src/search/knownWords.js';

const WORDS = [
  'brandstof', 'prijzen', 'brandstofprijzen', 'veiligheid', 'diensten', 'veiligheidsdiensten', 'troepen', 'troepenmacht', 'macht',
  'Tokajev', 'tokajev', 'Nazarbajev', 'Nazarbajevs', 'nazarbajev', 'Almaty', 'almaty', 'Rusland', 'land', 'rus', 'hij', 'zij', 'de', 'in',
  'op', '2010', '8.000', 'januari', 'werden', 'gearresteerd', 'protesten', 'stad', 'stadsbestuur', 'bestuur', 'CSTO-troepen', 'lidstaten',
  'CSTO', 'president', 'zei', 'maandag',
];

const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 2, maxLength: 9 }).map((words) => {
  const text = words.join(' ');
  return `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}.`;
});
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 3 }).map((sentences) => sentences.join(' '));
const body = fc.array(paragraph, { minLength: 1, maxLength: 3 });

function articleOf(name: string, paragraphs: readonly string[]): Article {
  const { article, problems } = parseArticle({ id: `p/${name}`, dossierId: 'p', file: `${name}.md`, text: `---\ntitle: ${name}\nsource: Testkrant\ndate: 2022-01-05\n---\n${paragraphs.join('\n\n')}\n`, defaultLanguage: 'nl' });
  if (!article) throw new Error(problems.map((p) => p.message).join('; '));
  return article;
}

const GLOSSARY = parseGlossary('troops:\n  en: [troops]\n  nl: [troepen, militairen]\n').concepts;

function dossierOf(articles: readonly Article[]): Dossier {
  // As the loader gives them: in file name order.
  const sorted = [...articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { id: 'p', command: '/p', title: 'P', language: 'nl', examples: [], topics: [], figureNotes: [], articles: sorted, glossary: GLOSSARY };
}

/** Each article's share of the known words, as words (the numbering is the analysis's own). */
const sharesOf = ({ numbers, articles }: DossierWords) => articles.map((share) => Object.fromEntries(Object.entries(share).map(([key, list]) => [key, [...(list as Uint32Array)].map((n) => numbers.words[n])])));

type Change = { kind: 'add'; name: string; body: string[] } | { kind: 'edit'; pick: number; body: string[] } | { kind: 'remove'; pick: number };
const change: fc.Arbitrary<Change> = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), name: fc.stringMatching(/^[a-z]{1,3}$/u), body }),
  fc.record({ kind: fc.constant('edit' as const), pick: fc.nat(), body }),
  fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }),
);

function applied(articles: readonly Article[], c: Change): Article[] {
  if (c.kind === 'add') return [...articles.filter((a) => a.id !== `p/${c.name}`), articleOf(c.name, c.body)];
  const at = c.pick % articles.length;
  if (c.kind === 'remove') return articles.length > 1 ? articles.filter((_, i) => i !== at) : [...articles];
  const target = articles[at] as Article;
  return articles.map((a, i) => (i === at ? articleOf(target.id.slice(2), c.body) : a));
}

describe('an analysis updated from an earlier one (properties)', () => {
  it('equals the analysis from scratch after every add, edit and remove, in any order', () => {
    let copied = 0;
    let runs = 0;
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(fc.stringMatching(/^[a-z]{1,3}$/u), body), { minLength: 4, maxLength: 8, selector: ([name]) => name }), fc.array(change, { minLength: 1, maxLength: 6 }), fc.boolean(), (initial, changes, fromSnapshot) => {
        let articles = initial.map(([name, paragraphs]) => articleOf(name, paragraphs));
        let dossier = dossierOf(articles);
        const first = analyseDossier(dossier).analysis;
        // A snapshot keeps no per-article words: the update reads them again.
        let earlier: EarlierAnalysis = fromSnapshot ? { dossier, data: first.data } : { dossier, ...first };
        for (const c of changes) {
          articles = applied(articles, c);
          dossier = dossierOf(articles);
          const updated = analyseDossier(dossier, earlier);
          const fresh = analyseDossier(dossier);
          expect(updated.analysis.data).toEqual(fresh.analysis.data);
          expect(sharesOf(updated.analysis.words)).toEqual(sharesOf(fresh.analysis.words));
          expect(updated.analysedSentences + updated.copiedSentences).toBe(fresh.analysedSentences);
          copied += updated.copiedSentences;
          runs++;
          earlier = { dossier, ...updated.analysis };
        }
      }),
      { numRuns: 150 },
    );
    // The updates did reuse earlier analyses: this is not the from-scratch path compared with itself.
    expect(copied).toBeGreaterThan(runs);
  });
});

describe('an analysis updated from an earlier one', () => {
  const paragraphsOf = (...sentences: string[]): string[] => sentences;
  const kept = [articleOf('b', paragraphsOf('De brandstofprijzen stegen in januari.', 'Hij zei dat de prijzen bleven stijgen.')), articleOf('d', paragraphsOf('Volgens Tokajev werden 8.000 mensen gearresteerd.', 'Zij protesteerden in de stad.')), articleOf('f', paragraphsOf('De troepen bleven in Almaty.'))];
  const base = dossierOf(kept);
  const analysed = analyseDossier(base);
  const earlier: EarlierAnalysis = { dossier: base, ...analysed.analysis };
  const partsOf = (data: ReturnType<typeof analyseDossier>['analysis']['data'], id: number): string[] => {
    const { table, parts } = data.analyses;
    const found: string[] = [];
    for (let at = (parts.from[id] as number) * 4; at < (parts.from[id + 1] as number) * 4; at += 4) found.push(table[parts.values[at] as number] as string);
    return found;
  };

  it('analyses an old sentence again when a new article teaches a compound part (brandstof), and only the articles it touches', () => {
    const next = dossierOf([...kept, articleOf('a', paragraphsOf('Brandstof werd duur.'))]);
    const updated = analyseDossier(next, earlier);
    expect(updated.analysis.data).toEqual(analyseDossier(next).analysis.data);
    // "brandstofprijzen" (now sentence 1, after the new article's) splits once "brandstof" is a word.
    expect(partsOf(analysed.analysis.data, 0)).not.toContain('brandstof');
    expect(partsOf(updated.analysis.data, 1)).toContain('brandstof');
    // The new article and article b are analysed; d and f are copied.
    expect(updated.analysedSentences).toBe(1 + 2);
    expect(updated.copiedSentences).toBe(3);
  });

  it('analyses again the articles of a word that stops being a name (Tokajev written lowercase elsewhere), and of one that becomes one', () => {
    expect(analysed.analysis.data.names).toContain('tokajev');
    const lowercase = dossierOf([...kept, articleOf('e', paragraphsOf('Het beleid van tokajev.'))]);
    const updated = analyseDossier(lowercase, earlier);
    expect(updated.analysis.data.names).not.toContain('tokajev');
    expect(updated.analysis.data).toEqual(analyseDossier(lowercase).analysis.data);
    expect(updated.analysedSentences).toBe(1 + 2);
    // And back: removing the lowercase article makes Tokajev a name again.
    const back = analyseDossier(base, { dossier: lowercase, ...updated.analysis });
    expect(back.analysis.data).toEqual(analysed.analysis.data);
    expect(back.analysedSentences).toBe(2);
  });

  it('numbers the sentences after an article added in the middle as a fresh build does, copying those before and after', () => {
    const next = dossierOf([...kept, articleOf('c', paragraphsOf('Een nieuwe zin over de stad Almaty.'))]);
    const updated = analyseDossier(next, earlier);
    expect(next.articles.map((a) => a.id)).toEqual(['p/b', 'p/c', 'p/d', 'p/f']);
    expect(updated.analysis.data).toEqual(analyseDossier(next).analysis.data);
    expect(updated.copiedSentences).toBe(5);
    expect(updated.analysedSentences).toBe(1);
  });

  it('starts from scratch when the glossary changed (every word may analyse differently)', () => {
    const next: Dossier = { ...base, glossary: parseGlossary('fuel:\n  en: [fuel]\n  nl: [brandstof]\n').concepts };
    const updated = analyseDossier(next, earlier);
    expect(updated.copiedSentences).toBe(0);
    expect(updated.analysis.data).toEqual(analyseDossier(next).analysis.data);
  });
});
