/**
 * The fast path (candidates only from the drivers, answer types evaluated lazily) must give exactly
 * what evaluating every candidate gave: same sentences, order, labels, scores and "more".
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/answer.js';
import type { Concept } from '../../src/search/query/expandQuery.js';
import { expandQuery } from '../../src/search/query/expandQuery.js';
import { parseQuery } from '../../src/search/query/parseQuery.js';
import { rank } from '../../src/search/rank.js';
import { drivers, retrieve } from '../../src/search/retrieve.js';
import type { DossierIndex } from '../../src/search/sentenceIndex.js';
import { eagerRank, eagerRetrieve } from '../helpers/eagerRanking.js';
import { kazakhstan } from '../helpers/seeds.js';
import { tinyIndex } from '../helpers/tinyDossier.js';

function both(index: DossierIndex, question: string, take: number) {
  const parsed = parseQuery(question);
  const concepts = expandQuery(parsed, index);
  const time = { earlier: parsed.earlier, ahead: parsed.ahead, ...(parsed.calendar ? { calendar: parsed.calendar } : {}) };
  const fast = rank(index, concepts, retrieve(index, concepts, { asked: parsed.intents, polar: parsed.polar, namesRoles: parsed.namesRoles, compares: parsed.compares }), parsed.intents, take, parsed.polar, time);
  const eager = eagerRank(index, concepts, eagerRetrieve(index, concepts, parsed.polar, parsed.namesRoles, parsed.intents, parsed.compares).values(), parsed.intents, take, parsed.polar, time);
  return { fast, eager };
}

/** The fast path and the reference agree on questions of up to five of `words`, at every page size up to six (property). */
function agreeOnRandomQuestions(index: DossierIndex, words: readonly string[], numRuns: number): void {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 5 }), fc.integer({ min: 1, max: 6 }), (picked, take) => {
      const { fast, eager } = both(index, picked.join(' '), take);
      expect(fast).toEqual(eager);
    }),
    { numRuns },
  );
}

const concept = (salience: number): Concept => ({ label: String(salience), alternatives: [], salience });

describe('drivers', () => {
  it('takes the weightiest concepts until the rest weigh less than half', () => {
    expect(drivers([concept(1), concept(0.2), concept(0.9)])).toEqual([0, 2]);
    expect(drivers([concept(0.5), concept(0.5)])).toEqual([0, 1]);
    expect(drivers([concept(0.1)])).toEqual([0]);
    expect(drivers([concept(1), concept(0.1), concept(0.1), concept(0.1)])).toEqual([0]);
  });

  it('leaves out only concepts that together weigh under half of all (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0.05, max: 1, noNaN: true }), { minLength: 1, maxLength: 8 }), (saliences) => {
        const chosen = new Set(drivers(saliences.map(concept)));
        const total = saliences.reduce((s, x) => s + x, 0);
        const rest = saliences.reduce((s, x, i) => s + (chosen.has(i) ? 0 : x), 0);
        expect(rest).toBeLessThan(0.5 * total);
        expect(chosen.has(saliences.indexOf(Math.max(...saliences)))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('counts the asked type with the rest: a sentence giving it needs fewer words (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0.05, max: 1, noNaN: true }), { minLength: 1, maxLength: 8 }), fc.double({ min: 0, max: 1, noNaN: true }), (saliences, type) => {
        const chosen = new Set(drivers(saliences.map(concept), type));
        const total = saliences.reduce((s, x) => s + x, 0) + type;
        const rest = saliences.reduce((s, x, i) => s + (chosen.has(i) ? 0 : x), 0);
        // Whatever is left out cannot, even with the type given, reach the coverage a shown sentence needs.
        if (chosen.size < saliences.length) expect(rest + type).toBeLessThan(0.4 * total);
        expect(chosen.size).toBeGreaterThanOrEqual(drivers(saliences.map(concept)).length);
      }),
      { numRuns: 200 },
    );
  });
});

describe('retrieve and rank agree with evaluating every candidate', () => {
  it('on the bundled dossier, for questions of every kind and several page sizes', async () => {
    const index = await kazakhstan();
    const questions = ['troops', 'Poetin', 'how many people died', 'wie is Nazarbajev?', 'who did Tokayev thank', 'hoeveel gearresteerd', 'wanneer begon het', 'waarom zuivert tokajev zijn eigen mensen', 'how long will the troops stay', 'csto', 'hoeveel inwoners heeft Kazachstan', 'was tokayev arrested', 'did nazarbayev die of a heart attack', 'did putin thank tokayev', 'heeft tokajev poetin bedankt', 'kazachstan doden', 'troepen kazachstan', 'who leads kazakhstan', 'kazachstan politie',
      // A verb made essential for who did it to someone; a phrase negating its word.
      'who put tokayev in power', 'who helped nazarbayev come to power', 'what did putin thank tokayev for', 'confidants nazarbayev unclear', 'waarom weten we zo weinig over wat er gebeurd is',
      // How things were before: a sentence saying how they are now weighs less and is never full.
      'mocht de csto vroeger ingrijpen bij binnenlandse onrust', 'what were people originally protesting about',
      // What will be: a sentence of another time weighs less and is never full.
      'what will the csto troops actually be doing there',
      // Long questions, where one thing may be left unsaid (salience.ts spareable).
      'How does the arrest tally compare with the size of the enemy Tokayev described?', 'Op welke dag zette Tokajev die twee topmannen van de veiligheidsdienst op straat?',
      'Welk land klopte in 2010 bij de CSTO aan voor militaire steun?', 'Op wiens verzoek lopen er Russische militairen door Kazachse steden?',
      // Yes/no questions a refusal or a list settles; a nationality's forces; a person named by a role only.
      'did the csto send troops to kyrgyzstan in 2010?', 'is uzbekistan sending troops too?', 'how many kazakh soldiers were deployed', 'hoeveel kazachse militairen zijn er ingezet', 'hoe lang zat die Nazarbajev er al?',
      // What was done, asked of someone; another person's deed in a paragraph about them.
      'what did tokayev promise', 'wat heeft poetin beloofd',
      // A time asked in a unit: a sentence without it weighs less and is never full.
      'in which month of 2010 did kyrgyzstan ask the csto for help', 'in welk jaar vroeg kirgizie om hulp',
      // A thing carried over from the paragraph is not what a figure counts, unless the sentence points back.
      'how many government buildings will the peacekeepers guard', 'How do the arrests compare with the number of enemies Tokayev cited?',
      // A refusal settles a deed said by a phrase, or by a word that is a noun too.
      'did the csto go into kyrgyzstan back in 2010?', 'klopt het dat de CSTO in 2010 militair ingreep in Kirgizië?',
      // A list of names gives a kind the question names, and counts it where it says the deed.
      'how many countries pledged troops', 'Is Armenia among the countries that pledged soldiers?', 'how many member states does the csto have',
      // Statements referred back to ("Dat is slechts een klein deel …"): evidence outside figure questions, and where two figures are compared.
      'why are there so few arrests compared to the enemies', 'does the 8k arrests figure match the number of bandits Tokayev talked about?', 'wat zei poetin daarna'];
    for (const question of questions) {
      for (const take of [1, 3, 10, 50]) {
        const { fast, eager } = both(index, question, take);
        expect(fast, `${question} (${take})`).toEqual(eager);
      }
    }
  });

  it('on random questions over a small dossier (property)', () => {
    const index = tinyIndex({
      almaty: ['In Almaty vielen 164 doden, meldden de autoriteiten.', 'Tokajev bedankte Poetin voor de troepen.', 'Hij zei dat de troepen blijven.'],
      moskou: ['Poetin stuurde troepen naar Kazachstan.', 'De troepen van de CSTO blijven zo lang als nodig.', 'Zij bewaken de luchthaven van Almaty.'],
      astana: ['Tokajev ontsloeg zondag twee vicevoorzitters.', 'Bijna 8.000 mensen zijn gearresteerd.', 'De politie arresteerde 8.000 mensen in Almaty.'],
    }, 'thanked:\n  en: [thank, thanked]\n  nl: [bedankte, bedankt]\n');
    // "did" first makes a yes/no question, whose verb ("thank") may become essential (withAskedVerbs).
    const words = ['did', 'thank', 'troepen', 'troops', 'Poetin', 'Tokajev', 'Almaty', 'doden', 'died', 'arrested', 'hoeveel', 'how many', 'who', 'wie', 'when', 'wanneer', 'blijven', 'stay', 'luchthaven', 'ballet', 'CSTO', 'mensen'];
    agreeOnRandomQuestions(index, words, 150);
  });
});

describe('retrieve and rank agree with evaluating every candidate, with the topic and owners in play', () => {
  it('on random questions over a small dossier titled by its topic (property)', () => {
    const index = tinyIndex({
      almaty: ['In Kazachstan vielen 164 doden.', 'Tokajev liet Nazarbajevs rechterhand arresteren.', 'Bijna 8.000 mensen zijn gearresteerd.'],
      bisjkek: ['In Kirgizië braken gevechten uit. Daarbij vielen 400 doden.', 'De rechterhand van Tokajev sprak.', 'Troepen gingen naar Kazachstan.'],
    }, 'arrested:\n  en: [arrested]\n  nl: [gearresteerd, arresteren]\nright_hand:\n  en: [right-hand man]\n  nl: [rechterhand]\n', { title: 'Onrust in Kazachstan' });
    const words = ['did', 'kazachstan', 'kazakhstan', 'doden', 'arrested', "tokayev's", "nazarbayev's", 'rechterhand', 'van', 'tokajev', 'nazarbajev', 'right-hand', 'man', 'to', 'naar', 'troepen', 'hoeveel', 'how many', 'wie'];
    agreeOnRandomQuestions(index, words, 200);
  });
});

describe('who did or underwent what a yes/no question asks', () => {
  /** The full answers' texts. */
  const fullIn = (index: DossierIndex, question: string): string[] => answer(question, { index }).results.filter((r) => r.match === 'full').map((r) => r.text);
  const arrested = 'arrested:\n  en: [arrested, arrest]\n  nl: [gearresteerd, arresteren, arrestatie]\n';
  const index = tinyIndex({
    a: [
      'President Tokajev sprak maandag. Oud-president Nazarbajev zweeg.',
      'Tokajev verving Nazarbajev vorige week als voorzitter en liet diens rechterhand Masimov arresteren.',
      'Volgens de politie zijn 8.000 mensen gearresteerd. Het is een groot aantal, zei hij.',
    ],
  }, arrested);
  const full = (question: string): string[] => fullIn(index, question);

  it('is the person next to the verb, not one named with another person or role between them', () => {
    const arrest = expect.stringMatching(/^Tokajev verving/);
    expect(full('werd nazarbajev gearresteerd')).not.toContainEqual(arrest);
    expect(full('werd tokajev gearresteerd')).not.toContainEqual(arrest);
    expect(full('werd masimov gearresteerd')).toContainEqual(arrest);
  });

  it('lets an apposition and an owner stand between ("Masimov, de rechterhand van Nazarbajev, werd gearresteerd")', () => {
    const apposed = tinyIndex({ a: ['President Tokajev sprak. Oud-president Nazarbajev zweeg.', 'Zaterdag werd rechterhand Masimov gezien. Toen werd Masimov, de rechterhand van Nazarbajev, gearresteerd.'] }, arrested);
    expect(fullIn(apposed, 'werd masimov gearresteerd')).toContainEqual(expect.stringMatching(/^Toen werd Masimov/));
    expect(fullIn(apposed, 'werd nazarbajev gearresteerd')).not.toContainEqual(expect.stringMatching(/^Toen werd Masimov/));
  });

  it('takes a subject pronoun for the doer: a person the question names after its subject is not referred to by it', () => {
    const thanks = tinyIndex({ a: ['President Tokajev sprak maandag met de Russische president Poetin. Voor de hulp bedankte hij Poetin uitvoerig.'] }, 'thanked:\n  en: [thanked, thank]\n  nl: [bedankte, bedanken]\n');
    expect(fullIn(thanks, 'heeft tokajev poetin bedankt')).toContainEqual(expect.stringMatching(/^Voor de hulp/));
    expect(fullIn(thanks, 'heeft poetin tokajev bedankt')).not.toContainEqual(expect.stringMatching(/^Voor de hulp/));
  });

  it('needs the verb where the dossier has it with the people asked: naming both is no yes', () => {
    const thanks = tinyIndex({ a: ['President Tokajev sprak maandag met de Russische president Poetin. Voor de hulp bedankte hij Poetin uitvoerig.', 'Net als Tokajev zoekt Poetin de oorzaak in het buitenland.'] }, 'thanked:\n  en: [thanked, thank]\n  nl: [bedankte, bedanken]\n');
    const both = expect.stringMatching(/^Net als Tokajev/);
    expect(fullIn(thanks, 'did putin thank tokayev')).not.toContainEqual(both);
    expect(fullIn(thanks, 'did tokayev thank putin')).toEqual([expect.stringMatching(/^Voor de hulp/)]);
    // So in a question of another kind naming both, one as the doer: what Putin thanked Tokayev for is not there.
    expect(fullIn(thanks, 'what did putin thank tokayev for')).toEqual([]);
    expect(fullIn(thanks, 'when did tokayev thank putin')).not.toContainEqual(both);
    // Where no sentence has the verb with them, it stays a framing word: the question is about the two.
    const without = tinyIndex({ a: ['Net als Tokajev zoekt Poetin de oorzaak in het buitenland.'] }, 'thanked:\n  en: [thanked, thank]\n  nl: [bedankte, bedanken]\n');
    expect(fullIn(without, 'did putin thank tokayev')).toContainEqual(both);
  });

  it('reads the subject after the verb of a Dutch "waar…" question word, and a role the glossary resolves as that person ("waarvoor bedankte Poetin de Kazachse president")', () => {
    const glossary = 'thanked:\n  en: [thanked, thank]\n  nl: [bedankte, bedanken]\ntokayev:\n  en: [tokayev, kazakh president]\n  nl: [tokajev, kazachse president]\n';
    const thanks = tinyIndex({ a: ['President Tokajev sprak maandag met de Russische president Poetin. Voor de hulp bedankte hij Poetin uitvoerig.'] }, glossary);
    expect(fullIn(thanks, 'waarvoor bedankte Poetin de Kazachse president')).not.toContainEqual(expect.stringMatching(/^Voor de hulp/));
    expect(fullIn(thanks, 'waarvoor bedankte de Kazachse president Poetin')).toContainEqual(expect.stringMatching(/^Voor de hulp/));
  });

  it('of two people, the one named after the auxiliary is the doer ("when did Putin thank Tokayev")', () => {
    const thanks = tinyIndex({ a: ['President Tokajev sprak maandag met de Russische president Poetin. Maandag bedankte hij Poetin uitvoerig.'] }, 'thanked:\n  en: [thanked, thank]\n  nl: [bedankte, bedanken]\n');
    expect(fullIn(thanks, 'when did putin thank tokayev')).not.toContainEqual(expect.stringMatching(/^Maandag bedankte/));
    expect(fullIn(thanks, 'when did tokayev thank putin')).toContainEqual(expect.stringMatching(/^Maandag bedankte/));
  });

  it('reads a subject pronoun right before the verb as the sentence\'s first name: "Tokajev lijkt …: hij verving Nazarbajev"', () => {
    const replaced = tinyIndex({ a: ['President Tokajev sprak. Oud-president Nazarbajev zweeg.', 'Tokajev lijkt Nazarbajev uit te schakelen: hij verving Nazarbajev vorige week als voorzitter.'] }, 'replaced:\n  en: [replace, replaced]\n  nl: [verving, vervangen]\nchairman:\n  en: [chairman]\n  nl: [voorzitter]\n');
    expect(fullIn(replaced, 'when did tokayev replace nazarbayev')).toEqual([expect.stringMatching(/^Tokajev lijkt/)]);
    expect(fullIn(replaced, 'when did nazarbayev replace tokayev')).toEqual([]);
    // So "who replaced Tokayev" is not answered by it: he is the one who replaced.
    expect(fullIn(replaced, 'who replaced tokayev')).toEqual([]);
    expect(fullIn(replaced, 'who replaced nazarbayev')).toEqual([expect.stringMatching(/^Tokajev lijkt/)]);
    // A role after "as" is what someone acts as, not someone else the question is about.
    expect(fullIn(replaced, 'who replaced tokayev as chairman')).toEqual([]);
    expect(fullIn(replaced, 'who replaced nazarbayev as chairman')).toEqual([expect.stringMatching(/^Tokajev lijkt/)]);
  });

  it('needs the verb of "who helped X" where the dossier has it with X: a sentence only naming X is no answer', () => {
    const helped = tinyIndex({ a: ['President Tokajev sprak. Oud-president Nazarbajev zweeg.', 'Tokajev verving Nazarbajev vorige week.', 'Nazarbajev, die Tokajev aan de macht hielp, zweeg.'] }, 'helped:\n  en: [helped, help]\n  nl: [hielp, helpen]\nreplaced:\n  en: [replace, replaced]\n  nl: [verving, vervangen]\n');
    expect(fullIn(helped, 'who helped nazarbayev')).toEqual([]);
    expect(fullIn(helped, 'who helped tokayev')).toEqual([expect.stringMatching(/^Nazarbajev, die/)]);
  });

  it('reads a relative clause\'s pronoun as its doer: "Nazarbajev, die … Tokajev aan de macht hielp"', () => {
    const helped = tinyIndex({ a: ['President Tokajev sprak. Oud-president Nazarbajev zweeg.', 'Het ging om oud-president Nazarbajev, die drie jaar geleden Tokajev aan de macht hielp.'] }, 'helped:\n  en: [helped, help]\n  nl: [hielp, helpen]\npower:\n  en: [power]\n  nl: [macht]\n');
    expect(fullIn(helped, 'did nazarbayev help tokayev to power')).toEqual([expect.stringMatching(/^Het ging om/)]);
    expect(fullIn(helped, 'did tokayev help nazarbayev to power')).toEqual([]);
    // "Who helped Nazarbayev": he is the one helped, and the clause makes him the helper.
    expect(fullIn(helped, 'who helped nazarbayev to power')).toEqual([]);
    expect(fullIn(helped, 'who helped tokayev to power')).toEqual([expect.stringMatching(/^Het ging om/)]);
  });

  it('asks nothing of the kind when the question is about someone of theirs', () => {
    expect(full('werd de rechterhand van nazarbajev gearresteerd')).toContainEqual(expect.stringMatching(/^Tokajev verving/));
    // Also where the glossary gives the role a phrase too ("naaste vertrouweling").
    const phrased = tinyIndex({ a: ['President Tokajev sprak maandag. Oud-president Nazarbajev zweeg.', 'Masimov was een naaste vertrouweling.', 'Tokajev verving Nazarbajev vorige week als voorzitter en liet diens rechterhand Masimov arresteren.'] }, `${arrested}right_hand:\n  en: [right-hand man]\n  nl: [rechterhand, naaste vertrouweling]\n`);
    expect(fullIn(phrased, 'werd de rechterhand van nazarbajev gearresteerd')).toContainEqual(expect.stringMatching(/^Tokajev verving/));
  });

  describe('with organisations and countries, where the question names no person', () => {
    const glossary = 'asked:\n  en: [ask, asked, request]\n  nl: [vroeg, verzocht, verzoek, vragen]\nhelp:\n  en: [help]\n  nl: [hulp, helpen]\nsent:\n  en: [send, sent]\n  nl: [gestuurd, sturen, overgebracht]\ntroops:\n  en: [troops, soldiers]\n  nl: [troepen, militairen]\nkyrgyzstan:\n  en: [kyrgyzstan]\n  nl: [kirgizie]\nrefused:\n  en: [refuse, refused]\n  nl: [afgewezen, afwijzen]\nmembers:\n  en: [members, member states]\n  nl: [leden, lidstaten]\ncsto:\n  en: [csto]\n  nl: [csto, csto-lidstaten]\n';
    const asked = tinyIndex({
      a: [
        'De CSTO is een bondgenootschap van Rusland en Kirgizië.',
        'In 2010 verzocht Kirgizië de CSTO om militaire hulp. Dat verzoek werd afgewezen, omdat Rusland vond dat de CSTO daar niet voor was.',
        'CSTO-lidstaten Rusland, Armenië en Kirgizië hebben 2.000 militairen naar Kazachstan overgebracht.',
        'De leden van de CSTO helpen elkaar bij oefeningen.',
      ],
    }, glossary);
    const request = expect.stringMatching(/^In 2010 verzocht/);

    it('takes the one the word order makes the doer: "wanneer vroeg de CSTO Kirgizië" is not what happened', () => {
      expect(fullIn(asked, 'wanneer vroeg kirgizie de csto om hulp')).toContainEqual(request);
      expect(fullIn(asked, 'when did kyrgyzstan ask the csto for help')).toContainEqual(request);
      expect(fullIn(asked, 'wanneer vroeg de csto kirgizie om militaire hulp')).not.toContainEqual(request);
      expect(fullIn(asked, 'when did the csto ask kyrgyzstan for help')).not.toContainEqual(request);
      expect(fullIn(asked, 'heeft de csto kirgizie om hulp gevraagd')).not.toContainEqual(request);
    });

    it('lets names listed with it, after a preposition or owning it stand by: they did it with it, or are where it went', () => {
      expect(fullIn(asked, 'did kyrgyzstan send troops')).toContainEqual(expect.stringMatching(/^CSTO-lidstaten/));
      expect(fullIn(asked, 'how many soldiers did the csto send')).toContainEqual(expect.stringMatching(/^CSTO-lidstaten/));
      expect(fullIn(asked, 'what do csto members help each other with')).toContainEqual(expect.stringMatching(/^De leden van de CSTO/));
    });

    it('does not deny it by a passive, which names no doer in front of the verb; a passive naming its doer ("door Rusland") is read', () => {
      expect(fullIn(asked, 'did the csto refuse the request')).toContainEqual(expect.stringMatching(/^Dat verzoek werd afgewezen/));
      const byRussia = tinyIndex({ a: ['De CSTO is een bondgenootschap van Rusland en Kirgizië.', 'Het verzoek van Kirgizië werd door Rusland afgewezen.'] }, glossary);
      expect(fullIn(byRussia, 'did kyrgyzstan refuse the request')).toEqual([]);
    });

    it('takes no subject and object for a list: "verzocht Kirgizië Rusland om hulp" is Kirgizië asking', () => {
      const object = tinyIndex({ a: ['De CSTO is een bondgenootschap van Rusland en Kirgizië.', 'In 2010 verzocht Kirgizië Rusland om militaire hulp.'] }, glossary);
      expect(fullIn(object, 'wanneer vroeg kirgizie rusland om hulp')).toContainEqual(expect.stringMatching(/^In 2010/));
      expect(fullIn(object, 'wanneer vroeg rusland kirgizie om hulp')).toEqual([]);
    });
  });

  it('never takes what happened from the sentence a pronoun refers back to', () => {
    // "zei hij" refers to someone; the arrests of the sentence before are not what it says.
    expect(full('heeft tokajev mensen gearresteerd')).not.toContainEqual(expect.stringMatching(/^Het is een groot aantal/));
  });

  it('but takes the people a verb describes before its noun ("the two dismissed officials" are who "Zij" refers to)', () => {
    const index = tinyIndex({ a: ['Zondag ontsloeg Tokajev twee vicevoorzitters van de veiligheidsdienst. Zij stonden bekend als vertrouwelingen van oud-president Nazarbajev.'] }, 'dismissed:\n  en: [dismissed, sacked]\n  nl: [ontsloeg]\nloyalists:\n  en: [loyalists]\n  nl: [vertrouwelingen]\ndeputies:\n  en: [deputy chairmen, deputies]\n  nl: [vicevoorzitters]\n');
    const fullHere = (question: string): string[] => answer(question, { index }).results.filter((r) => r.match === 'full').map((r) => r.text);
    expect(fullHere('whose loyalists were the dismissed deputies')).toEqual(['Zij stonden bekend als vertrouwelingen van oud-president Nazarbajev.']);
    expect(fullHere('whose loyalists were the two sacked deputies')).toEqual(['Zij stonden bekend als vertrouwelingen van oud-president Nazarbajev.']);
    // As what happened it is not referred to: "were loyalists dismissed" asks of the sentence that says so.
    expect(fullHere('were loyalists dismissed')).not.toContain('Zij stonden bekend als vertrouwelingen van oud-president Nazarbajev.');
  });
});

describe('a glossary phrase negating its word ("niet bekend" for unknown)', () => {
  const index = tinyIndex({
    a: ['De oorzaak van de brand is niet bekend. De oorzaak van de rellen is wel bekend.', 'Inwoners van Almaty hadden voor het eerst in vijf dagen weer internet.'],
  }, 'unclear:\n  en: [unknown]\n  nl: [onduidelijk, niet bekend]\ncause:\n  en: [cause]\n  nl: [oorzaak]\nfire:\n  en: [fire]\n  nl: [brand]\nriots:\n  en: [riots]\n  nl: [rellen]\nshutdown:\n  en: [offline]\n  nl: [geen internet, internet platgelegd]\n  opposite: [restored]\nrestored:\n  en: [back online]\n  nl: [weer internet]\n');
  const full = (question: string): string[] => answer(question, { index }).results.filter((r) => r.match === 'full').map((r) => r.text);

  it('is strong evidence only where the sentence negates the word too', () => {
    const concepts = expandQuery(parseQuery('cause unknown'), index);
    const candidates = retrieve(index, concepts);
    const unknown = concepts.findIndex((c) => c.label === 'unknown');
    const strongIn = Array.from({ length: candidates.size }, (_, slot) => slot).filter((slot) => candidates.strong(slot, unknown)).map((slot) => index.sentences[candidates.id(slot)]?.text);
    expect(strongIn).toEqual(['De oorzaak van de brand is niet bekend.']);
    expect(full('is the cause of the fire unknown')).toEqual(['De oorzaak van de brand is niet bekend.']);
  });

  it('lets how long a state lasted be answered by its end, its opposite ("how long was Almaty offline")', () => {
    expect(full('how long was almaty offline')).toEqual([expect.stringMatching(/^Inwoners van Almaty/)]);
    // Not a question of when: its opposite is another event.
    expect(full('when did almaty go offline')).toEqual([]);
  });
});

describe('an owner the question names ("tokayev\'s right-hand man")', () => {
  const glossary = 'right_hand:\n  en: [right-hand man]\n  nl: [rechterhand]\narrested:\n  en: [arrested]\n  nl: [arresteren, gearresteerd]\n';
  const index = tinyIndex({
    a: ['President Tokajev sprak maandag. Oud-president Nazarbajev zweeg.', 'Tokajev liet Nazarbajevs rechterhand arresteren.', 'Later werd de rechterhand van Nazarbajev vrijgelaten.'],
    b: ['Tokajev ontsloeg zijn rechterhand niet.'],
  }, glossary);
  const full = (question: string): string[] => answer(question, { index }).results.filter((r) => r.match === 'full').map((r) => r.text);

  it('is no evidence where the sentence gives the thing to another name', () => {
    expect(full("was tokayev's right-hand man arrested")).not.toContain('Tokajev liet Nazarbajevs rechterhand arresteren.');
    expect(full("was nazarbayev's right-hand man arrested")).toContain('Tokajev liet Nazarbajevs rechterhand arresteren.');
  });

  it('is read the same from "van" ("de rechterhand van Tokajev") as from a possessive', () => {
    expect(full('werd de rechterhand van tokajev gearresteerd')).not.toContain('Tokajev liet Nazarbajevs rechterhand arresteren.');
    expect(full('werd de rechterhand van nazarbajev gearresteerd')).toContain('Tokajev liet Nazarbajevs rechterhand arresteren.');
  });

  it('looks past a people adjective and a role to the owner\'s name ("van de Russische president Poetin")', () => {
    const more = tinyIndex({ a: ['President Tokajev sprak met de Russische president Poetin.', 'Tokajev liet de rechterhand van de Russische president Poetin arresteren.'] }, glossary);
    expect(answer("was tokayev's right-hand man arrested", { index: more }).results.filter((r) => r.match === 'full')).toEqual([]);
  });

  it('holds where the owner is named in several words ("de voorzitter van de Nationale Veiligheidsraad")', () => {
    const council = tinyIndex({ a: ['De Nationale Veiligheidsraad kwam bijeen.', 'Tokajev verving Nazarbajev als voorzitter van de Nationale Veiligheidsraad.'] }, 'chairman:\n  en: [chairman]\n  nl: [voorzitter]\n');
    expect(answer('wie is de voorzitter van de veiligheidsraad', { index: council }).results.filter((r) => r.match === 'full').map((r) => r.text)).toContain('Tokajev verving Nazarbajev als voorzitter van de Nationale Veiligheidsraad.');
  });

  it('is not the owner\'s own title: "oud-president Nazarbajev" is no one of his ("Nazarbayev\'s predecessor")', () => {
    const titled = tinyIndex({ a: ['President Tokajev sprak.', 'Zij waren vertrouwelingen van oud-president Noersoeltan Nazarbajev.', 'De oud-president zweeg.', 'Tokajev was de opvolger van oud-president Nazarbajev.'] }, 'predecessor:\n  en: [predecessor]\n  nl: [voorganger, oud-president]\n');
    const fullIn = (question: string): string[] => answer(question, { index: titled }).results.filter((r) => r.match === 'full').map((r) => r.text);
    expect(fullIn("who was nazarbayev's predecessor")).toEqual([]);
    expect(fullIn('wie was de voorganger van nazarbajev')).toEqual([]);
    expect(fullIn("who was tokayev's predecessor")).toContain('Tokajev was de opvolger van oud-president Nazarbajev.');
  });

  it('holds where nobody else owns it', () => {
    expect(full("tokayev's right-hand man")).toContain('Tokajev ontsloeg zijn rechterhand niet.');
    expect(full("tokayev's right-hand man")).not.toContain('Later werd de rechterhand van Nazarbajev vrijgelaten.');
  });

  it('is read the same by the fast path and by evaluating every candidate', () => {
    for (const question of ["was tokayev's right-hand man arrested", "nazarbayev's right-hand man", "tokayev's right-hand man", 'werd de rechterhand van tokajev gearresteerd']) {
      const { fast, eager } = both(index, question, 5);
      expect(fast, question).toEqual(eager);
    }
  });
});

describe('the dossier\'s topic', () => {
  const glossary = 'arrests:\n  en: [arrests, arrested]\n  nl: [gearresteerd, arrestaties]\ntroops:\n  en: [troops]\n  nl: [troepen]\nsent:\n  en: [sent]\n  nl: [gestuurd]\n';
  const index = tinyIndex({
    a: ['President Tokajev sprak maandag.', 'Bijna 8.000 mensen zijn gearresteerd, zei president Tokajev.'],
    b: ['In Almaty zijn 200 mensen gearresteerd.', 'Er werden veel troepen gestuurd.', 'Het leger bleef in Kazachstan.'],
  }, glossary, { title: 'Onrust in Kazachstan' });
  const full = (question: string): string[] => answer(question, { index }).results.filter((r) => r.match === 'full').map((r) => r.text);

  it('is implied by a sentence that names nowhere else, and only for a full answer', () => {
    expect(full('aantal arrestaties kazachstan')).toEqual(['Bijna 8.000 mensen zijn gearresteerd, zei president Tokajev.']);
  });

  it('is not implied where what the sentence refers back to names another place', () => {
    const elsewhere = tinyIndex({ a: ['Het leger bleef in Kazachstan.'], b: ['In Kirgizië braken gevechten uit. Daarbij werden 400 mensen gedood.'] }, 'killed:\n  en: [killed]\n  nl: [gedood]\n', { title: 'Onrust in Kazachstan' });
    const answers = answer('hoeveel mensen gedood kazachstan', { index: elsewhere }).results;
    expect(answers.find((r) => r.text.startsWith('Daarbij'))?.match).toBe('partial');
  });

  it('is not implied where a sentence names another place, nor as a destination', () => {
    expect(full('aantal arrestaties kazachstan')).not.toContain('In Almaty zijn 200 mensen gearresteerd.');
    expect(full('were troops sent to kazakhstan')).toEqual([]);
  });

  it('is read the same by the fast path and by evaluating every candidate', () => {
    for (const question of ['aantal arrestaties kazachstan', 'were troops sent to kazakhstan', 'hoeveel mensen gearresteerd in kazachstan', 'kazachstan']) {
      const { fast, eager } = both(index, question, 5);
      expect(fast, question).toEqual(eager);
    }
  });
});


describe('a naming word ("hoe noemt", "label", "call") is said by a quoted term', () => {
  const glossary = 'troops:\n  en: [troops]\n  nl: [troepen]\nsend:\n  en: [send, sent]\n  nl: [sturen, stuurde]\ncall:\n  en: [call, label]\n  nl: [noemen, noemt]\n';
  const index = tinyIndex({
    a: ['Volgens de CSTO zijn de troepen een ‘vredesmacht’.', 'De CSTO stuurde troepen naar Almaty.', 'Tokajev noemde de betogers terroristen.'],
    b: ['De CSTO-troepen blijven ‘zo lang als nodig is’ in het land.'],
  }, glossary);
  const full = (question: string): string[] => answer(question, { index }).results.filter((r) => r.match === 'full').map((r) => r.text);

  it('makes the sentence quoting a term a full answer, not one that only names the same things', () => {
    expect(full('hoe noemt de CSTO de troepen')).toEqual(['Volgens de CSTO zijn de troepen een ‘vredesmacht’.']);
    expect(full("what is the CSTO's label for the troops")).toEqual(['Volgens de CSTO zijn de troepen een ‘vredesmacht’.']);
  });

  it('is not said by a quoted clause (five words or more): that is a statement', () => {
    expect(full('hoe noemt de CSTO de troepen')).not.toContain('De CSTO-troepen blijven ‘zo lang als nodig is’ in het land.');
  });

  it('leaves other verbs as they are: a quote is no evidence for "send"', () => {
    expect(full('did the CSTO send troops')).toEqual(['De CSTO stuurde troepen naar Almaty.']);
  });

  it('is read the same by the fast path and by evaluating every candidate', () => {
    for (const question of ['hoe noemt de CSTO de troepen', 'csto label troops', 'call troops', 'did the CSTO send troops']) {
      const { fast, eager } = both(index, question, 5);
      expect(fast, question).toEqual(eager);
    }
  });
});

describe('a thing carried over from the paragraph, in a figure question', () => {
  const fullIn = async (question: string): Promise<string[]> => answer(question, { index: await kazakhstan() }).results.filter((r) => r.match === 'full').map((r) => r.text);

  it('is not what a sentence counts: "uit hoeveel militairen" after the buildings they guard does not count the buildings', async () => {
    expect(await fullIn('how many government buildings will the peacekeepers guard')).toEqual([]);
  });

  it('is, where two figures are compared and the sentence opens on what was said', async () => {
    expect((await fullIn("does the 8k arrests figure match the number of 'bandits' Tokayev talked about?")).some((t) => t.startsWith('Dat is slechts een klein deel'))).toBe(true);
    expect((await fullIn('hoeveel mensen zijn er in Almaty zelf gearresteerd? Landelijk gaat het om bijna 8.000 arrestaties.')).some((t) => t.startsWith('Dat is slechts een klein deel'))).toBe(false);
  });

  it('is, where the sentence opens on what was said ("Dat is slechts een klein deel …" after the arrests)', async () => {
    expect((await fullIn('How do the arrests compare with the number of enemies Tokayev cited?')).some((t) => t.startsWith('Dat is slechts een klein deel'))).toBe(true);
  });
});

describe('a refusal settles the deed asked, however it is said', () => {
  it('"go into", "ingreep": the 2010 refusal answers whether the CSTO intervened in Kyrgyzstan', async () => {
    const index = await kazakhstan();
    for (const question of ['did the csto go into kyrgyzstan back in 2010?', 'klopt het dat de CSTO in 2010 militair ingreep in Kirgizië?']) {
      expect(answer(question, { index }).results[0], question).toMatchObject({ match: 'full', text: expect.stringMatching(/^Dat verzoek werd afgewezen/u) });
    }
  });
});

describe('a light verb asked when', () => {
  it('is no event a sentence must say: "wanneer heeft die alliantie voor het laatst iets gedaan" asks when it last acted', async () => {
    const result = answer('wanneer heeft die alliantie voor het laatst iets gedaan?', { index: await kazakhstan() });
    expect(result.results[0]).toMatchObject({ match: 'full', text: expect.stringMatching(/^De alliantie kwam deze zomer voor het laatst in actie/u) });
  });
});

describe('a sentence going on with a statement ("Hij zei maandag dat …")', () => {
  const glossary = 'coup:\n  en: [coup, coup attempt]\n  nl: [staatsgreep]\n';
  const index = tinyIndex({
    a: [
      'Tokajev heeft het geweld omschreven als een poging tot een staatsgreep. Hij zei maandag dat de acties gecoördineerd waren vanuit één centrum.',
      'Tokajev sprak dinsdag over de economie.',
    ],
  }, glossary);

  it('gives the day the statement before it was made, asked when it was said', () => {
    const result = answer('when did Tokayev call it a coup', { index });
    expect(result.results[0]).toMatchObject({ text: 'Hij zei maandag dat de acties gecoördineerd waren vanuit één centrum.', match: 'full' });
    expect(result.results.find((r) => r.text.startsWith('Tokajev heeft'))?.match).toBe('partial');
  });

  it('is no answer asked for something else, or for what it reports', () => {
    expect(answer('why did Tokayev call it a coup', { index }).results.find((r) => r.text.startsWith('Hij zei'))).toBeUndefined();
    // What it reports ("gecoördineerd") is its own: its day is when he said it, not when that happened.
    expect(answer('when were the actions coordinated', { index }).results.find((r) => r.text.startsWith('Hij zei'))?.match).not.toBe('full');
  });

  it('agrees with the reference ranking', () => {
    for (const question of ['when did Tokayev call it a coup', 'wanneer noemde tokajev het een staatsgreep']) {
      const { fast, eager } = both(index, question, 5);
      expect(fast).toEqual(eager);
    }
  });
});
