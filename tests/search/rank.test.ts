import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/answer.js';
import { tinyIndex } from '../helpers/tinyDossier.js';
import { parseQuery } from '../../src/search/query/parseQuery.js';

const GLOSSARY = `
troops:
  en: [troops, soldiers]
  nl: [troepen, militairen, soldaten]
airport:
  en: [airport]
  nl: [vliegveld, luchthaven]
stock_market:
  en: [stock market, stock exchange]
  nl: [beurs, aandelenbeurs]
arrests:
  en: [arrested, arrests]
  nl: [gearresteerd, arrestaties, opgepakt]
`;

const texts = (query: string, index: ReturnType<typeof tinyIndex>, limit = 5): string[] => answer(query, { index, limit }).results.map((r) => r.text);

describe('ranking', () => {
  it('ranks a sentence matching every concept above one repeating a single concept', () => {
    const index = tinyIndex({
      a: ['Troepen, troepen en nog eens troepen marcheerden door de straten van de hoofdstad.'],
      b: ['De troepen bezetten gisteren het vliegveld.'],
    }, GLOSSARY);
    expect(texts('troops airport', index)[0]).toBe('De troepen bezetten gisteren het vliegveld.');
  });

  it('puts first, for a thing typed alone, the sentence defining it with an apposition, however long', () => {
    const index = tinyIndex({
      a: [
        'De buitenlandse troepenmacht opereert onder de vlag van de Collectieve Veiligheidsverdragorganisatie (CSTO), een militaire alliantie bestaande uit een aantal voormalige Sovjet-republieken, en waarbinnen vooral Rusland de lakens uitdeelt.',
        'De CSTO wordt daardoor ook wel gezien als een tegenhanger van de Navo.',
      ],
      b: ['Dat verzoek werd afgewezen, omdat Rusland vond dat de CSTO daar niet voor bedoeld was.'],
    }, GLOSSARY);
    expect(texts('csto', index)[0]).toContain('een militaire alliantie');
  });

  it('ranks the word itself above a glossary synonym', () => {
    const index = tinyIndex({ a: ['Soldaten kwamen aan.'], b: ['Ook militairen kwamen gisteren met vrachtwagens aan in de stad.'] }, GLOSSARY);
    expect(texts('militairen', index)[0]).toContain('militairen');
    expect(texts('militairen', index)).toHaveLength(2);
  });

  it('translates English words through the glossary, in any inflection', () => {
    const index = tinyIndex({ a: ['Bijna 8.000 mensen zijn gearresteerd.'], b: ['Het weer was goed.'] }, GLOSSARY);
    expect(texts('arrests', index)).toEqual(['Bijna 8.000 mensen zijn gearresteerd.']);
  });

  it('collapses near-duplicate sentences', () => {
    const sentence = 'Russische troepen zijn aangekomen op het vliegveld van Almaty.';
    const index = tinyIndex({ a: [sentence], b: [sentence.replace('Russische', 'De Russische')], c: ['Andere troepen wachten nog.'] }, GLOSSARY);
    const found = texts('troepen vliegveld', index);
    expect(found.filter((t) => t.includes('aangekomen op het vliegveld'))).toHaveLength(1);
  });

  it('spreads results over articles when relevance is close', () => {
    const index = tinyIndex({
      a: ['De troepen kwamen. De troepen bleven. De troepen marcheerden.'],
      b: ['Inwoners zagen troepen.'],
    }, GLOSSARY);
    const results = answer('troepen', { index, limit: 2 }).results;
    expect(new Set(results.map((r) => r.citation.articleId))).toEqual(new Set(['tiny/a', 'tiny/b']));
  });

  it('favours a sentence with a figure for "how many"', () => {
    const index = tinyIndex({ a: ['De militairen patrouilleerden in de stad.'], b: ['Er zijn 2000 militairen gestuurd.'] }, GLOSSARY);
    expect(texts('how many soldiers', index)[0]).toBe('Er zijn 2000 militairen gestuurd.');
  });

  it('abstains when nothing in the dossier answers', () => {
    const index = tinyIndex({ a: ['De troepen bezetten het vliegveld.'] }, GLOSSARY);
    for (const query of ['vaccine', 'weather forecast', 'football results', 'Russian ballet']) expect(texts(query, index)).toEqual([]);
  });

  it('does not answer half a question on a stem look-alike (beurs ≠ gebeurd)', () => {
    const index = tinyIndex({ a: ['Niemand weet wat er is gebeurd in de stad.'] }, GLOSSARY);
    expect(texts('stock market crash', index)).toEqual([]);
  });

  it('says which words the dossier does not know and suggests close ones', () => {
    const index = tinyIndex({ a: ['Nazarbajev is verdwenen.'] }, GLOSSARY);
    const result = answer('Nazarbaef vaccine', { index });
    expect(result.unmatched).toContain('vaccine');
    expect(answer('Nazarbjv', { index }).suggestions).toContain('nazarbajev');
  });

  it('does not split names into words: Rusland is not rus + land', () => {
    const index = tinyIndex({ a: ['Rusland stuurt troepen.'], b: ['Het land is groot en de mensen zijn boos.'] }, `${GLOSSARY}
russian:
  en: [russian]
  nl: [rus, russen]
russia:
  en: [russia]
  nl: [rusland]
country:
  en: [country]
  nl: [land, landen]
`);
    expect(texts('land', index)).toEqual(['Het land is groot en de mensen zijn boos.']);
  });

  it('marks matched words without changing the text', () => {
    const text = 'Bijna 8.000 mensen zijn gearresteerd door de troepen.';
    const index = tinyIndex({ a: [text] }, GLOSSARY);
    const [result] = answer('arrested troops', { index }).results;
    expect(result?.text).toBe(text);
    expect(result?.highlights.map(([s, e]) => text.slice(s, e))).toEqual(['gearresteerd', 'troepen']);
  });

  describe('a measure the dossier tracks', () => {
    const glossary = `${GLOSSARY}deaths:\n  en: [killed, died]\n  nl: [gedood, omgekomen]\npeople:\n  en: [people]\n  nl: [mensen]\npeacekeepers:\n  en: [peacekeepers]\n  nl: [vredesmacht]\n`;
    // "gedood" in most sentences: as common here as "killed" is in a large dossier.
    const articles = {
      a: ['De politie heeft 8.000 mensen gearresteerd.', 'De vredesmacht kwam maandag aan in Almaty.'],
      b: ['Bij het geweld zijn 160 mensen gedood.', 'Er werden agenten gedood.', 'Ook demonstranten werden gedood.', 'In Almaty zijn relschoppers gedood.', 'Twee officieren werden gedood.', 'Soldaten werden gedood.'],
    };
    const deaths = [{ name: 'deaths', label: 'Doden', words: ['doden', 'gedood', 'omgekomen'], groups: [] }];
    const full = (question: string, index: ReturnType<typeof tinyIndex>): string[] => answer(question, { index }).results.filter((r) => r.match === 'full').map((r) => r.text);

    it('is what a figure must count: the arrests do not answer "how many people were killed"', () => {
      const answers = full('how many people were killed', tinyIndex(articles, glossary, { topics: deaths }));
      expect(answers).toContain('Bij het geweld zijn 160 mensen gedood.');
      expect(answers).not.toContain('De politie heeft 8.000 mensen gearresteerd.');
      // Without the topic too: people of any kind are counted by the verb after them (expandQuery.ts `withMeasureAsked`).
      expect(full('how many people were killed', tinyIndex(articles, glossary))).not.toContain('De politie heeft 8.000 mensen gearresteerd.');
    });

    it('is what a yes/no question asks: peacekeepers arriving do not answer whether any were killed', () => {
      const result = answer('were any peacekeepers killed', { index: tinyIndex(articles, glossary, { topics: deaths }) });
      expect(result.results.filter((r) => r.match === 'full')).toEqual([]);
      expect(result.gap?.missing).toContain('killed');
    });
  });

  it('counts the asked type as part of the question: a duration under another name beats the name without one', () => {
    const glossary = `russian:\n  en: [russian, russians]\n  nl: [russisch, russische, russen]\n`;
    const index = tinyIndex({
      a: ['De Russische president sprak maandag over inmenging in de regio.', 'Russische militairen patrouilleren in de straten.'],
      b: ['De buitenlandse troepen blijven voorlopig in het land.', 'Het weer blijft koud.'],
    }, glossary);
    const result = answer('hoe lang blijven de russen', { index });
    expect(result.results[0]?.text).toBe('De buitenlandse troepen blijven voorlopig in het land.');
    // Still only related: it does not say they are Russian.
    expect(result.results.every((r) => r.match === 'partial')).toBe(true);
    expect(result.gap?.missing).toEqual(['russen']);
  });
});

describe('a figure for a whole a part of which is asked ("hoeveel van die 20.000 bandieten")', () => {
  const glossary = 'bandits:\n  en: [bandits]\n  nl: [bandieten]\ntrained:\n  en: [trained]\n  nl: [getraind, getrainde]\nabroad:\n  en: [abroad]\n  nl: [buitenland]\nattacked:\n  en: [attacked]\n  nl: [aanvielen]\n';
  const index = tinyIndex({ a: ['Tokajev zei dat 20.000 bandieten Almaty aanvielen, onder wie in het buitenland getrainde strijders.', 'Het is onrustig in Almaty.'] }, glossary);
  const full = (question: string): string[] => answer(question, { index }).results.filter((r) => r.match === 'full').map((r) => r.text);

  it('is never the asked figure: the sentence giving only the whole does not answer', () => {
    expect(full('hoeveel van die 20.000 bandieten waren in het buitenland getraind')).toEqual([]);
    expect(full('how many of the 20,000 bandits were trained abroad')).toEqual([]);
    // However the whole is written: in chat shorthand, after "those".
    expect(full('how many of those 20k bandits were trained abroad')).toEqual([]);
    expect(parseQuery('hoeveel van die 20.000 bandieten').words.find((w) => w.isNumber)?.whole).toBe(true);
  });

  it('but the same figure asked for itself, or stated as a claim, is', () => {
    expect(full('how many bandits attacked almaty')).not.toEqual([]);
    expect(full('20.000 bandieten, klopt dat?')).not.toEqual([]);
  });
});

describe('what a question asks of the names it gives', () => {
  const glossary = 'protesters:\n  en: [protesters]\n  nl: [demonstranten]\ntrains:\n  en: [trains, rail traffic]\n  nl: [treinverkeer, treinen]\nblocked:\n  en: [blocked, stopped]\n  nl: [tegen, hielden tegen]\nthank:\n  en: [thank, thanked]\n  nl: [bedankte, bedanken]\nask:\n  en: [ask, asked]\n  nl: [vroeg, verzocht]\nhelp:\n  en: [help]\n  nl: [hulp]\n';
  const index = tinyIndex({ a: ['Demonstranten hielden op verschillende plaatsen het treinverkeer tegen.', 'Maandag bedankte Tokajev de CSTO.', 'Het is onrustig in Almaty.'] }, glossary);
  const full = (question: string): string[] => answer(question, { index }).results.filter((r) => r.match === 'full').map((r) => r.text);

  it('a yes/no question does not confirm a deed no word of the dossier reaches', () => {
    expect(full('is it correct that protesters blew up trains?')).toEqual([]);
    expect(full('did protesters block trains?')).toEqual(['Demonstranten hielden op verschillende plaatsen het treinverkeer tegen.']);
  });

  it('nor does a who or which question: the ones asked must have done the deed', () => {
    const oil = tinyIndex({ a: ['Landen als Rusland, Armenië en Wit-Rusland sturen olie naar Kazachstan.', 'Het is onrustig in Almaty.'] }, 'oil:\n  en: [oil]\n  nl: [olie]\nsend:\n  en: [send, sent]\n  nl: [sturen, stuurde]\ncountries:\n  en: [countries]\n  nl: [landen]\n');
    const fullIn = (question: string): string[] => answer(question, { index: oil }).results.filter((r) => r.match === 'full').map((r) => r.text);
    expect(fullIn('which countries buy oil from kazakhstan')).toEqual([]);
    expect(fullIn('which countries send oil to kazakhstan')).toEqual(['Landen als Rusland, Armenië en Wit-Rusland sturen olie naar Kazachstan.']);
  });

  it('a time asked of names alone is the time of what the question says they did', () => {
    expect(full('on what date did Tokayev ask the CSTO for help?')).toEqual([]);
    expect(full('on what date did Tokayev thank the CSTO?')).toEqual(['Maandag bedankte Tokajev de CSTO.']);
  });
});

describe('a yes/no question about whether something happened', () => {
  const glossary = 'help:\n  en: [help, aid]\n  nl: [hulp, helpen, geholpen]\nask:\n  en: [ask, asked]\n  nl: [verzocht, vroeg]\n';
  // The dossier has the deed itself elsewhere, so the question's verb is what it checks (withAskedVerbs).
  const index = tinyIndex({ a: ['In 2010 verzocht Kirgizië de CSTO om militaire hulp.', 'De leden van de CSTO helpen elkaar.', 'Het is onrustig in Almaty.'] }, glossary);
  const full = (question: string): string[] => answer(question, { index }).results.filter((r) => r.match === 'full').map((r) => r.text);

  it('is not confirmed by a sentence saying it was asked for', () => {
    expect(full('did the CSTO help Kirgizië in 2010?')).toEqual([]);
  });

  it('but a question about the asking is answered by it', () => {
    expect(full('did Kirgizië ask the CSTO for help in 2010?')).toEqual(['In 2010 verzocht Kirgizië de CSTO om militaire hulp.']);
  });
});

describe('figures asked exactly, and of people', () => {
  const glossary = 'hours:\n  en: [hours]\n  nl: [uur]\nriots:\n  en: [riots, riot]\n  nl: [onlusten]\nrioters:\n  en: [rioters]\n  nl: [relschoppers]\nkilled:\n  en: [killed]\n  nl: [gedood]\n';
  const index = tinyIndex({ a: ['Almaty kreeg maandag een paar uur internet.', 'Dertien agenten zijn gedood bij onlusten.', 'Het is onrustig in Almaty.'] }, glossary);
  const full = (question: string): string[] => answer(question, { index }).results.filter((r) => r.match === 'full').map((r) => r.text);

  it('an indefinite amount gives a figure, but not one asked exactly', () => {
    expect(full('how many hours of internet did Almaty get?')).toEqual(['Almaty kreeg maandag een paar uur internet.']);
    expect(full('how many hours of internet did Almaty get exactly?')).toEqual([]);
    expect(answer('how many hours of internet did Almaty get exactly?', { index }).gap?.types).toEqual(['figure']);
  });

  it('people are not the deed their name derives from: rioters are not riots', () => {
    expect(full('how many rioters were killed?')).toEqual([]);
  });
});
