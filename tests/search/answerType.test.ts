/** Does a sentence give the kind of answer the question words ask for? */
import { describe, expect, it } from 'vitest';
import { answersType, couldEverGive, factsOf, mayAnswer } from '../../src/search/answerType.js';
import type { Intent } from '../../src/search/query/questionWords.js';
import type { SentenceRecord } from '../../src/search/sentenceIndex.js';
import { tinyIndex } from '../helpers/tinyDossier.js';

const index = tinyIndex({
  arrests: ['Zijn veiligheidsdiensten meldden maandag dat er bijna 8.000 mensen zijn gearresteerd.'],
  members: ['CSTO-lidstaten Rusland, Armenië, Belarus, Tadzjikistan en Kirgizië hebben samen ruim tweeduizend militairen naar Kazachstan overgebracht.'],
  toll: ['Hoeveel mensen er door het hele land bij het geweld zijn omgekomen, is onbekend.'],
  age: ['De macht ligt al jaren bij de 81-jarige Nazarbajev, zegt de oppositie.'],
  role: ['Zaterdag werd oud-president Noersoeltan Nazarbajev gezien in Almaty.'],
  apposition: ['Volgens Tokajev is Nazarbajev, de zelfbenoemde leider van de natie, vertrokken.'],
  chief: ['Volgens de krant werd de politiechef Jan Smit ontslagen door Tokajev.'],
  place: ['De gevechten waren het zwaarst in Almaty.'],
  trained: ['Volgens Tokajev hebben terroristen, die in het buitenland getraind zijn, munitiedepots bestormd.'],
  apposedPlace: ['Maandag hadden inwoners van Almaty, de stad waar de zwaarste gevechten plaatsvonden, weer internet.'],
  scene: ['De alliantie kwam deze zomer in actie toen buurlanden van Afghanistan om hulp vroegen.'],
  insertion: ['In Almaty werden, volgens de politie, 26 demonstranten gedood.'],
  sourced: ['Volgens Tokajev hebben relschoppers, die in het buitenland getraind zijn, depots bestormd.'],
  stay: ['De buitenlandse troepen blijven voorlopig in Kazachstan.'],
  earlier: ['Een dag eerder waarschuwde het Kremlin voor buitenlandse inmenging.'],
  cause: ['Het verzoek werd afgewezen, omdat Rusland vond dat de CSTO daar niet voor bedoeld was.'],
  quote: ['“De orde is hersteld”, aldus Tokajev.'],
  unsaid: ['De president zei dat de aanvallen vanuit één centrum werden geleid, maar zei niet welk centrum.'],
  diedOf: ['Een politiechef zou plotseling zijn overleden aan een hartstilstand.'],
  causeClause: ['Doordat de autoriteiten het internet platlegden, is er veel onduidelijk.'],
  spokesman: ['Zijn woordvoerder ontkent geruchten dat Nazarbajev is gevlucht.'],
  saidSo: ['Nazarbajev zei dat hij in het land is.'],
  causePhrase: ['Het werd afgewezen, omdat Rusland het vond.'],
});

function record(name: string): SentenceRecord {
  const found = index.sentences.find((s) => s.articleId === `tiny/${name}`);
  if (!found) throw new Error(`no sentence ${name}`);
  return found;
}

/** The index terms of the sentence's words written as `forms`. */
function terms(name: string, forms: readonly string[]): Set<string> {
  return new Set(
    forms.map((form) => {
      const word = record(name).analysis.words.find((w) => w.form === form);
      if (!word) throw new Error(`no word ${form} in ${name}`);
      return word.term;
    }),
  );
}

const answers = (name: string, intent: Intent, matched: string[], essential?: string[]): boolean => answersType(factsOf(record(name)), intent, terms(name, matched), essential ? terms(name, essential) : undefined);

describe('answersType', () => {
  it.each([
    // A figure must count what was asked: people and arrests, not security services.
    ['arrests', 'figure', ['mensen'], true],
    ['arrests', 'figure', ['gearresteerd'], true],
    ['arrests', 'figure', ['veiligheidsdiensten'], false],
    ['place', 'figure', ['gevechten'], false],
    // A figure for the group listed is not one member's.
    ['members', 'figure', ['militairen'], true],
    ['members', 'figure', ['armenie', 'militairen'], false],
    // An age belongs to the person asked.
    ['age', 'age', ['nazarbajev'], true],
    ['age', 'age', ['macht'], false],
    // An age is no count.
    ['age', 'figure', ['nazarbajev'], false],
    ['stay', 'duration', ['troepen'], true],
    ['arrests', 'duration', ['mensen'], false],
    ['earlier', 'when', ['kremlin'], true],
    ['place', 'when', ['almaty'], false],
    // "Een dag eerder" places it only relative to something else; "maandag" is a date.
    ['earlier', 'date', ['kremlin'], false],
    ['arrests', 'date', ['mensen'], true],
    ['cause', 'why', ['verzoek'], true],
    ['place', 'why', ['gevechten'], false],
    // What someone died of is why they died.
    ['diedOf', 'why', ['politiechef'], true],
    // A cause clause gives the cause of the rest, not its own: why it is unclear, not why the internet was cut.
    ['causeClause', 'why', ['onduidelijk'], true],
    ['causeClause', 'why', ['internet', 'platlegden'], false],
    ['causePhrase', 'why', ['afgewezen'], true],
    ['causePhrase', 'why', ['rusland'], false],
    ['quote', 'quote', ['tokajev'], true],
    // Someone else's statement about the one asked is not theirs; their own is.
    ['spokesman', 'quote', ['nazarbajev'], false],
    ['spokesman', 'quote', ['gevlucht'], true],
    ['saidSo', 'quote', ['nazarbajev'], true],
    ['place', 'quote', ['gevechten'], false],
    // "Who": a role word next to the name, an apposition, or another name.
    ['role', 'who', ['nazarbajev'], true],
    ['apposition', 'who', ['nazarbajev'], true],
    ['chief', 'who', ['politiechef'], true],
    ['place', 'who', ['gevechten'], false],
    // A name after a preposition is a place: "in Kazachstan" says nobody.
    ['stay', 'who', ['troepen'], false],
    // "Where": a name that was not asked.
    ['place', 'where', ['gevechten'], true],
    ['place', 'where', ['almaty'], false],
    // …in the clause of what was asked: a relative clause places its own noun, an apposition the name before it.
    ['trained', 'where', ['munitiedepots'], false],
    ['trained', 'where', ['tokajev'], false],
    ['trained', 'where', ['getraind'], true],
    ['apposedPlace', 'where', ['gevechten'], true],
    // An adverbial clause sets the scene of the main one.
    ['scene', 'where', ['actie'], true],
    // The main clause goes on after an insertion between commas.
    ['insertion', 'where', ['gedood'], true],
    // Who says it is no place.
    ['sourced', 'where', ['depots'], false],
    // "Who" is not answered by a relative clause saying what the question says ("which country trained the rioters").
    ['sourced', 'who', ['relschoppers', 'getraind'], false],
    ['sourced', 'who', ['relschoppers'], true],
    // "What is the name of": a name right next to the matched word.
    ['chief', 'name', ['politiechef'], true],
    ['role', 'name', ['oud-president'], true],
    ['place', 'name', ['gevechten'], false],
  ] as const)('%s answers %s for %j: %s', (name, intent, matched, expected) => {
    expect(answers(name, intent, [...matched])).toBe(expected);
  });

  it('counts the figure only for what the question is essentially about', () => {
    expect(answers('arrests', 'figure', ['mensen', 'maandag'], ['mensen'])).toBe(true);
    expect(answers('arrests', 'figure', ['mensen', 'maandag'], ['maandag'])).toBe(false);
  });

  it('takes "this is not known" as an answer to the kind of question left open', () => {
    // What the open figure counts is read as a figure's counted words are.
    expect(record('toll').features.counts).toHaveLength(1);
    expect(answers('toll', 'figure', ['mensen'])).toBe(true);
    // An age is a figure too.
    expect(answers('toll', 'age', ['mensen'])).toBe(true);
    // It leaves open how many, not when.
    expect(answers('toll', 'when', ['mensen'])).toBe(false);
  });

  it('takes "did not say which" as the answer to who, which or a name, not to when', () => {
    expect(answers('unsaid', 'who', ['centrum'])).toBe(true);
    expect(answers('unsaid', 'which', ['centrum'])).toBe(true);
    // "did Tokayev name the centre": he did not.
    expect(answers('unsaid', 'name', ['centrum'])).toBe(true);
    expect(mayAnswer(factsOf(record('unsaid')), 'name', terms('unsaid', ['centrum']))).toBe(true);
    expect(answers('unsaid', 'when', ['centrum'])).toBe(false);
  });
});

describe('who, answered by a group or a kind of people', () => {
  const police = 'police:\n  en: [police]\n  nl: [politie, agenten]\n';
  const text = 'Daar zijn politie en andere soorten militairen voor geschikt.';
  const verdict = (glossary: string, intent: Intent, forms: string[]): { answers: boolean; may: boolean } => {
    const small = tinyIndex({ suited: [text] }, glossary);
    const sentence = small.sentences[0] as SentenceRecord;
    const matched = new Set(forms.map((form) => sentence.analysis.words.find((w) => w.form === form)?.term ?? form));
    const facts = small.typeFacts(sentence.id);
    return { answers: answersType(facts, intent, matched), may: mayAnswer(facts, intent, matched) };
  };

  it('takes a word the glossary gives for people ("de politie") as it takes a name', () => {
    expect(verdict(police, 'who', ['geschikt'])).toEqual({ answers: true, may: true });
    // Without the glossary nothing in the sentence says who.
    expect(verdict('', 'who', ['geschikt']).answers).toBe(false);
  });

  it('does not say who a person the question names alone is ("who is Tokayev")', () => {
    const small = tinyIndex({ a: ['Volgens Tokajev hebben terroristen munitiedepots bestormd.'] }, 'terrorists:\n  en: [terrorists]\n  nl: [terroristen]\n');
    const sentence = small.sentences[0] as SentenceRecord;
    const termOf = (form: string): string => sentence.analysis.words.find((w) => w.form === form)?.term ?? form;
    expect(answersType(small.typeFacts(sentence.id), 'who', new Set([termOf('tokajev')]))).toBe(false);
    expect(answersType(small.typeFacts(sentence.id), 'who', new Set([termOf('tokajev'), termOf('bestormd')]))).toBe(true);
  });

  it('does not take the group the question asked about, nor a group for what someone is called', () => {
    expect(verdict(police, 'who', ['geschikt', 'politie']).answers).toBe(false);
    expect(verdict(police, 'name', ['geschikt']).answers).toBe(false);
  });
});

describe('couldEverGive', () => {
  const could = (name: string, intent: Intent): boolean => couldEverGive(factsOf(record(name)), intent);

  it('picks out the sentences a specific type can come from, whatever the question matched', () => {
    expect(could('arrests', 'figure')).toBe(true);
    // "Hoeveel … is onbekend" says the figure is not known: that answers too.
    expect(could('toll', 'figure')).toBe(true);
    expect(could('place', 'figure')).toBe(false);
    expect(could('stay', 'duration')).toBe(true);
    expect(could('place', 'duration')).toBe(false);
    expect(could('cause', 'why')).toBe(true);
    expect(could('place', 'why')).toBe(false);
  });

  it('never rules out a sentence answersType would take (property over every sentence, type and matched term)', () => {
    const intents: Intent[] = ['figure', 'age', 'duration', 'when', 'date', 'why', 'who', 'name', 'quote', 'where', 'which'];
    for (const sentence of index.sentences) {
      const facts = factsOf(sentence);
      const matched = new Set(sentence.analysis.words.map((w) => w.term));
      for (const intent of intents) if (answersType(facts, intent, matched)) expect(couldEverGive(facts, intent), `${sentence.text} ${intent}`).toBe(true);
    }
  });
});
