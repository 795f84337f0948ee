/**
 * Honest answers, on hand-made dossiers (not the bundled one, not any question set): a result is
 * `full` only when it covers what the question asks and the kind of answer it wants; otherwise it
 * is `partial`, and the answer says what is missing. One case per way answers used to go wrong.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/answer.js';
import { gapNote } from '../../src/answer/gapNote.js';
import type { Answer } from '../../src/answer/types.js';
import { tinyIndex } from '../helpers/tinyDossier.js';

const GLOSSARY = `
riots:
  en: [riots, unrest]
  nl: [rellen, onlusten]
begin:
  en: [begin, start]
  nl: [begonnen, begon, beginnen, uitbreken, braken uit]
arrests:
  en: [arrested, arrests, detained]
  nl: [gearresteerd, arrestaties, opgepakt]
journalists:
  en: [journalists, reporters]
  nl: [journalisten, verslaggevers]
residents:
  en: [residents, inhabitants]
  nl: [inwoners, bewoners]
alliance:
  en: [alliance]
  nl: [alliantie, bondgenootschap]
deaths:
  en: [died, killed, deaths]
  nl: [doden, omgekomen, gedood]
people:
  en: [people]
  nl: [mensen]
`;

const full = (a: Answer): string[] => a.results.filter((r) => r.match === 'full').map((r) => r.text);
const partial = (a: Answer): string[] => a.results.filter((r) => r.match === 'partial').map((r) => r.text);

describe('an unknown word weighs what it says', () => {
  const index = tinyIndex({
    a: ['De rellen braken op 2 januari uit in Zjanaozen.', 'De rellen waren het hevigst in de grootste stad.'],
  }, GLOSSARY);

  it('an everyday word the dossier lacks does not sink the question', () => {
    expect(full(answer('when did the riots happen', { index }))).toEqual(['De rellen braken op 2 januari uit in Zjanaozen.']);
  });

  it('a word of the newsroom\'s own work the dossier lacks is about the asking, unless it is all that is asked', () => {
    const arrests = tinyIndex({ a: ['Bijna 8.000 mensen zijn gearresteerd.'], b: ['De dienst van de politie was zwaar.'] }, GLOSSARY);
    expect(full(answer('the standfirst says 8000 arrested, correct?', { index: arrests }))).toEqual(['Bijna 8.000 mensen zijn gearresteerd.']);
    expect(full(answer('wie heeft vanavond dienst op de eindredactie?', { index: arrests }))).toEqual([]);
  });

  it('a content word the dossier lacks means no exact answer, and the answer says which', () => {
    const result = answer('riots ballet', { index });
    expect(full(result)).toEqual([]);
    expect(result.unmatched).toEqual(['ballet']);
  });

  it('a broader term relates but does not answer: "tanks" are not all military vehicles', () => {
    const vehicles = tinyIndex({ a: ['Rusland stuurde honderden militaire voertuigen.'] }, `vehicles:\n  en: [military vehicle, military vehicles]\n  nl: [militaire voertuigen]\n`);
    const result = answer('tanks', { index: vehicles });
    expect(full(result)).toEqual([]);
  });
});

describe('a group pointed at', () => {
  it('"die landen" is whom the story is about: a sentence naming them otherwise answers', () => {
    const index = tinyIndex({ a: ['De CSTO telt zes lidstaten.', 'De leden delen inlichtingen met elkaar.'], b: ['Veel landen kijken toe.'] }, GLOSSARY);
    expect(full(answer('delen die landen inlichtingen?', { index }))).toEqual(['De leden delen inlichtingen met elkaar.']);
  });
});

describe('a long question names more than it asks', () => {
  const glossary = `${GLOSSARY}
fired:
  en: [fired, sacked]
  nl: [ontsloeg, ontslagen]
deputies:
  en: [deputies]
  nl: [vicevoorzitters]
security service:
  en: [security service]
  nl: [veiligheidsdienst]
government:
  en: [government]
  nl: [regering]
pressure:
  en: [pressure]
  nl: [druk]
airport:
  en: [airport]
  nl: [luchthaven]
`;
  const index = tinyIndex({
    a: ['Zondag ontsloeg Tokajev in Almaty twee vicevoorzitters van de veiligheidsdienst.'],
    b: ['De regering stond onder zware druk.', 'Het leger nam de luchthaven in.'],
  }, glossary);
  const fired = 'Zondag ontsloeg Tokajev in Almaty twee vicevoorzitters van de veiligheidsdienst.';

  it('one noun the dossier says elsewhere may be left out when the rest is all there', () => {
    expect(full(answer('Which day did Tokajev fire the two senior government deputies of the security service in Almaty?', { index }))).toEqual([fired]);
  });

  it('not in a short question, not a place the dossier lacks, not the event\'s verb', () => {
    expect(full(answer('Which day did Tokajev fire the government deputies?', { index }))).toEqual([]);
    expect(full(answer('Which day did Tokajev fire the two senior deputies of the security service in Astana?', { index }))).toEqual([]);
    expect(full(answer('Which day did Tokajev put the two senior deputies of the security service in Almaty under pressure?', { index }))).toEqual([]);
    // Where it happened is said by the sentence itself, or not at all.
    expect(full(answer('Which day did Tokajev fire the two senior deputies of the security service in Almaty at the airport?', { index }))).toEqual([]);
  });
});

describe('a yes/no question checks its deed', () => {
  it('a sentence naming both people does not confirm a deed the dossier has no word for', () => {
    // People as news text introduces them: the role binds the name ("president Tokajev").
    const index = tinyIndex({ a: ['De Kazachse president Tokajev sprak met de Russische president Poetin.', 'Net als Tokajev zoekt Poetin de oorzaak van het geweld in het buitenland.'], b: ['Poetin stuurde troepen.'] }, GLOSSARY);
    expect(full(answer('Did Putin meet Tokayev?', { index }))).toEqual([]);
    expect(full(answer('Did Putin fight Tokayev before the troops were sent?', { index }))).toEqual([]);
  });
});

describe('"kazakh soldiers" are Kazakhstan\'s', () => {
  it('troops sent to Kazakhstan are not Kazakh soldiers', () => {
    const index = tinyIndex({ a: ['Rusland en Armenië stuurden 2000 militairen naar Kazachstan.'], b: ['Het Kazachse leger nam 500 militairen in dienst.'] },
      `${GLOSSARY}kazakhstan:\n  en: [kazakhstan, kazakh]\n  nl: [kazachstan, kazachse]\nsoldiers:\n  en: [soldiers, troops]\n  nl: [militairen, troepen]\nsend:\n  en: [sent, send]\n  nl: [stuurden, gestuurd]\n`);
    expect(full(answer('how many kazakh soldiers were sent', { index }))).not.toContain('Rusland en Armenië stuurden 2000 militairen naar Kazachstan.');
    expect(full(answer('how many soldiers were sent to kazakhstan', { index }))).toContain('Rusland en Armenië stuurden 2000 militairen naar Kazachstan.');
  });
});

describe('a person named by their role', () => {
  it('"hoe lang Nazarbajev" reaches the sentence that calls him "de oud-president"', () => {
    const index = tinyIndex({ a: ['Het is onduidelijk waar oud-president Nazarbajev zelf is.', 'De oud-president, die 30 jaar leidinggaf aan het land, is verdwenen.'] }, GLOSSARY);
    expect(full(answer('hoe lang Nazarbajev?', { index }))).toEqual(['De oud-president, die 30 jaar leidinggaf aan het land, is verdwenen.']);
  });
});

describe('"hoe laat" wants an hour', () => {
  it('a day does not say what time; an hour does', () => {
    const index = tinyIndex({ a: ['Maandag hadden inwoners voor het eerst weer internet.'], b: ['Om 8 uur werden de rellen gemeld.'] }, GLOSSARY);
    const internet = answer('hoe laat was er maandag weer internet?', { index });
    expect(full(internet)).toEqual([]);
    expect(internet.gap?.types).toEqual(['clock']);
    expect(full(answer('hoe laat werden de rellen gemeld?', { index }))).toEqual(['Om 8 uur werden de rellen gemeld.']);
  });
});

describe('a request refused settles whether the deed asked for was done', () => {
  const index = tinyIndex({
    // The organisation as a name, as news text writes it: in the refusal it stands in another clause, no doer there.
    a: ['In 2010 verzocht Kirgizië de CSTO om militaire hulp toen er gevechten uitbraken.', 'Dat verzoek werd afgewezen, omdat Rusland vond dat de CSTO daar niet voor bedoeld was.'],
    b: ['De CSTO kwam deze zomer in actie.'],
  }, `${GLOSSARY}kyrgyzstan:\n  en: [kyrgyzstan]\n  nl: [kirgizië]\nhelp:\n  en: [help, helped]\n  nl: [hulp, helpen, geholpen]\ntroops:\n  en: [troops, soldiers]\n  nl: [militair, militairen, troepen]\nsend:\n  en: [send, sent]\n  nl: [sturen, gestuurd, stuurde]\n`);
  const refusal = 'Dat verzoek werd afgewezen, omdat Rusland vond dat de CSTO daar niet voor bedoeld was.';

  it('"did the CSTO help Kyrgyzstan in 2010" is answered by the refusal, first; the request only relates', () => {
    const result = answer('did the CSTO help Kyrgyzstan in 2010?', { index });
    expect(result.results[0]?.text).toBe(refusal);
    expect(full(result)).toEqual([refusal]);
  });

  it('what was asked for may be named by the question\'s thing: sending troops is giving military help', () => {
    expect(full(answer('did the CSTO send troops to Kyrgyzstan in 2010?', { index }))).toEqual([refusal]);
  });

  it('not a question about the asking: a refusal does not say who asked', () => {
    expect(full(answer('did Uzbekistan ask the CSTO for help in 2010?', { index }))).toEqual([]);
  });
});

describe('a list of who did something settles whether another did', () => {
  const index = tinyIndex({ a: ['Rusland, Armenië, Belarus en Tadzjikistan hebben troepen gestuurd.', 'De troepen bewaken gebouwen.'] },
    `${GLOSSARY}uzbekistan:\n  en: [uzbekistan]\n  nl: [oezbekistan]\nsend:\n  en: [send, sent, sending]\n  nl: [gestuurd, stuurden, sturen]\ntroops:\n  en: [troops, soldiers]\n  nl: [troepen, militairen]\n`);

  it('"did Uzbekistan send troops" is answered by the list of those that did', () => {
    expect(full(answer('did Uzbekistan send troops?', { index }))).toEqual(['Rusland, Armenië, Belarus en Tadzjikistan hebben troepen gestuurd.']);
  });

  it('not where it went, nor a question that is no yes or no', () => {
    expect(full(answer('did Russia send troops to Uzbekistan?', { index }))).toEqual([]);
    expect(full(answer('how many troops did Uzbekistan send?', { index }))).toEqual([]);
  });
});

describe('a time asked of someone is the time of what they did', () => {
  it('a phrase is the event: "when did Putin pull out" is not answered by a day he spoke', () => {
    const index = tinyIndex({ a: ['De Russische president Poetin sprak maandag met Tokajev.', 'Later trokken de troepen zich terug.'] }, `${GLOSSARY}withdraw:\n  en: [pull out, withdraw]\n  nl: [trokken terug, terugtrekken]\n`);
    expect(full(answer('when did Putin pull out', { index }))).not.toContain('De Russische president Poetin sprak maandag met Tokajev.');
  });
});

describe('a long message: the sentences around the question set the scene', () => {
  const index = tinyIndex({ a: ['Bijna 8.000 mensen zijn gearresteerd.', 'De rellen braken op 2 januari uit.'] }, GLOSSARY);

  it('what the asker read or writes need not be in the answer', () => {
    expect(full(answer('A stringer writes that prisons are overflowing. How many people were arrested?', { index })))
      .toEqual(['Bijna 8.000 mensen zijn gearresteerd.']);
  });

  it('a claim the question points back at is what is asked', () => {
    expect(full(answer('A stringer says 8,000 journalists were arrested. Does our dossier back that?', { index }))).toEqual([]);
  });
});

describe('"who is X" wants the sentence that defines X', () => {
  it('an apposition comes before a sentence that only names X often', () => {
    const index = tinyIndex({
      a: [
        'Gisteren ontmoette Tokajev Smirnov, sprak Smirnov en belde Smirnov.',
        'Het gaat om Smirnov, de oud-minister die tien jaar lang de binnenlandse veiligheidsdienst van het land met harde hand leidde.',
      ],
    });
    expect(answer('wie is Smirnov?', { index }).results[0]?.text).toBe('Het gaat om Smirnov, de oud-minister die tien jaar lang de binnenlandse veiligheidsdienst van het land met harde hand leidde.');
  });
});

describe('the first line says only what is true of the dossier', () => {
  it('a word the dossier has, but not with the rest of the question, is not said to be missing', () => {
    const index = tinyIndex({ a: ['Lokale journalisten filmden het plein in Almaty.', 'Er werden bijna 8.000 mensen opgepakt door de politie.'] }, GLOSSARY);
    const result = answer('how many journalists were arrested', { index });
    expect(full(result)).toEqual([]);
    // The closest is the arrests figure (a figure, as asked); the journalists are in another sentence.
    expect(result.results[0]?.text).toBe('Er werden bijna 8.000 mensen opgepakt door de politie.');
    expect(result.gap?.missing).toEqual(['journalists']);
    expect(result.gap?.elsewhere).toEqual(['journalists']);
    expect(gapNote(result)).toContain('“journalists” is only in other sentences');
    expect(gapNote(answer('how many journalists were jailed', { index }))).toContain('none mentions “jailed”');
  });
});

describe('a time must be that of what is asked', () => {
  it('"gisteren" in another clause does not date the protests', () => {
    const index = tinyIndex({
      a: ['Terwijl de president gisteren probeerde te voorkomen dat de demonstraties uitliepen op een opstand, sloot hij de grenzen.', 'De demonstraties begonnen op 2 januari in Zjanaozen.'],
    }, `protests:\n  en: [protests]\n  nl: [demonstraties]\nbegin:\n  en: [start, begin]\n  nl: [begonnen, begon]\n`);
    const result = answer('on what date did the protests start', { index });
    expect(full(result)).toEqual(['De demonstraties begonnen op 2 januari in Zjanaozen.']);
    expect(partial(result)).toContain('Terwijl de president gisteren probeerde te voorkomen dat de demonstraties uitliepen op een opstand, sloot hij de grenzen.');
  });
});

describe('a measure asked for by name', () => {
  it('"population of X" wants a figure: residents of X doing something is only related', () => {
    const index = tinyIndex({ a: ['Maandag gingen inwoners van Almaty weer de straat op.'] }, `population:\n  en: [population, residents, inhabitants]\n  nl: [inwoners, bevolking]\n`);
    const result = answer('population of almaty', { index });
    expect(full(result)).toEqual([]);
    expect(partial(result)).toEqual(['Maandag gingen inwoners van Almaty weer de straat op.']);
  });
});

describe('a light verb beside its noun', () => {
  const index = tinyIndex({ a: ['Poetin gaf geen onderbouwing voor zijn beschuldigingen.'] }, `evidence:\n  en: [evidence, proof]\n  nl: [bewijs, onderbouwing]\n`);

  it('"bewijs geleverd" asks about the evidence: a sentence about it answers, whatever its verb', () => {
    expect(full(answer('heeft Poetin bewijs geleverd', { index }))).toEqual(['Poetin gaf geen onderbouwing voor zijn beschuldigingen.']);
  });

  it('a verb that says what happened still has to be there ("vernietigd")', () => {
    const result = answer('heeft Poetin bewijs vernietigd', { index });
    expect(full(result)).toEqual([]);
    expect(partial(result)).toEqual(['Poetin gaf geen onderbouwing voor zijn beschuldigingen.']);
  });
});

describe('Dutch verbs as questions put them', () => {
  it('"zuivert" finds what the glossary lists as "zuiveren" and the article says as "zuivering"', () => {
    const index = tinyIndex({ a: ['Tokajev begon een zuivering van het leger.'] }, `purge:\n  en: [purge]\n  nl: [zuivering, zuiveren]\n`);
    expect(full(answer('zuivert Tokajev het leger', { index }))).toEqual(['Tokajev begon een zuivering van het leger.']);
  });

  it('"reageert" finds the article\'s "reageren"', () => {
    const index = tinyIndex({ a: ['Hoe de bevolking zal reageren is onbekend.'] }, GLOSSARY);
    expect(answer('hoe reageert de bevolking', { index }).results.map((r) => r.text)).toEqual(['Hoe de bevolking zal reageren is onbekend.']);
  });
});

describe('weak evidence', () => {
  it('a WordNet guess neither answers nor hides a related sentence the rest of the question reaches', () => {
    const glossary = `${GLOSSARY}kremlin:\n  en: [Kremlin]\n  nl: [Kremlin]\nwarn:\n  en: [warn, warned]\n  nl: [waarschuwde]\nmeddling:\n  en: [meddling, interference]\n  nl: [inmenging]\nforeign:\n  en: [foreign, abroad]\n  nl: [buitenlandse]\n`;
    const index = tinyIndex({ a: ['Het Kremlin waarschuwde voor buitenlandse inmenging.'] }, glossary);
    // "outsiders" is no glossary word: WordNet may bridge it to "foreign", which is never strong evidence.
    const result = answer('kremlin warned outsiders meddling', { index });
    expect(result.results.map((r) => r.text)).toEqual(['Het Kremlin waarschuwde voor buitenlandse inmenging.']);
    expect(result.results[0]?.match).toBe('partial');
    expect(result.gap?.missing).toEqual(['outsiders']);
  });
});

describe('sentences that refer back', () => {
  it('a pronoun subject carries the words of the sentence before ("zij" = the troops)', () => {
    const index = tinyIndex({ a: ['De buitenlandse troepen blijven voorlopig in het land. Poetin zei dat zij blijven zo lang als nodig is.'] }, GLOSSARY);
    expect(full(answer('wat zei Poetin over hoe lang de troepen blijven', { index }))).toContain('Poetin zei dat zij blijven zo lang als nodig is.');
  });

  it('a year from earlier in the paragraph carries over ("Dat verzoek" is still about 2010)', () => {
    const index = tinyIndex({ a: ['In 2010 vroeg Kirgizië om hulp. Dat verzoek werd afgewezen omdat het een binnenlandse zaak was.'] }, GLOSSARY);
    expect(full(answer('waarom werd het verzoek in 2010 afgewezen', { index }))).toEqual(['Dat verzoek werd afgewezen omdat het een binnenlandse zaak was.']);
  });

  it('a name the glossary translates carries over too ("Kyrgyzstan" is Kirgizië in the sentence before)', () => {
    const index = tinyIndex({ a: ['In 2010 vroeg Kirgizië om hulp. Dat verzoek werd afgewezen omdat het een binnenlandse zaak was.'] }, `${GLOSSARY}kyrgyzstan:
  en: [Kyrgyzstan]
  nl: [Kirgizië]
refused:
  en: [refused, turned down]
  nl: [afgewezen]
`);
    expect(full(answer('why was kyrgyzstan refused', { index }))).toContain('Dat verzoek werd afgewezen omdat het een binnenlandse zaak was.');
    // A loose synonym from the sentence before is not a reference back.
    expect(full(answer('why were the riots refused', { index }))).toEqual([]);
  });

  it('a yes/no question about a person wants the person in the sentence, not only in the paragraph', () => {
    const glossary = `${GLOSSARY}heart_attack:\n  en: [heart attack]\n  nl: [hartstilstand]\ndie:\n  en: [die]\n  nl: [overleden]\n`;
    const carried = tinyIndex({ a: ['President Nazarbajev bleef maandag uit het zicht. Een politiechef in Almaty is plotseling overleden aan een hartstilstand.'] }, glossary);
    const result = answer('did nazarbayev die of a heart attack', { index: carried });
    expect(full(result)).toEqual([]);
    // Referred to by a pronoun, he is the one it is about.
    const referred = tinyIndex({ a: ['President Nazarbajev bleef maandag uit het zicht. Volgens de krant is hij plotseling overleden aan een hartstilstand.'] }, glossary);
    expect(full(answer('did nazarbayev die of a heart attack', { index: referred }))).toEqual(['Volgens de krant is hij plotseling overleden aan een hartstilstand.']);
  });

  it('a pronoun refers to the glossary word before it too ("the alliance" … "ze"), not a sentence without one', () => {
    const glossary = `${GLOSSARY}reaction_force:\n  en: [reaction force]\n  nl: [reactiemacht]\ndeploy:\n  en: [deploy, deployed]\n  nl: [ingezet, inzetten]\n`;
    const referred = tinyIndex({ a: ['De alliantie werd in 2002 opgericht. Daarnaast hebben ze een reactiemacht die snel ingezet kan worden.'] }, glossary);
    expect(full(answer('can the alliance deploy a reaction force', { index: referred }))).toEqual(['Daarnaast hebben ze een reactiemacht die snel ingezet kan worden.']);
    const unreferred = tinyIndex({ a: ['De alliantie werd in 2002 opgericht. Daarnaast is er een reactiemacht die snel ingezet kan worden.'] }, glossary);
    expect(full(answer('can the alliance deploy a reaction force', { index: unreferred }))).toEqual([]);
  });

  it('a yes/no question asks about its event: when the dossier has it done by someone else, a sentence merely naming the person is no yes', () => {
    const glossary = `${GLOSSARY}fire:\n  en: [fire, fired, sack]\n  nl: [ontsloeg, ontslagen]\ndeputies:\n  en: [deputies]\n  nl: [vicevoorzitters]\ntry:\n  en: [try, trying]\n  nl: [probeerde]\n`;
    const index = tinyIndex({ a: ['President Tokajev ontsloeg zondag twee vicevoorzitters.', 'De vicevoorzitters stonden bekend als vertrouwelingen van oud-president Nazarbajev.'], b: ['Oud-president Nazarbajev probeerde de vicevoorzitters te beschermen.'] }, glossary);
    expect(full(answer('did nazarbayev fire the deputies', { index }))).toEqual([]);
    expect(full(answer('did tokajev fire the deputies', { index }))).toEqual(['President Tokajev ontsloeg zondag twee vicevoorzitters.']);
    // Not a verb that only takes another ("trying to"): the other verb is the event.
    expect(full(answer('is tokajev trying to fire the deputies', { index }))).toEqual(['President Tokajev ontsloeg zondag twee vicevoorzitters.']);
  });

  it('whose they are is answered by the sentence naming whom they belong to, even one about them by pronoun alone; not by who did what the question says of them', () => {
    const glossary = `${GLOSSARY}fire:\n  en: [fire, fired, sack, sacked]\n  nl: [ontsloeg, ontslagen]\ndeputies:\n  en: [deputies]\n  nl: [vicevoorzitters]\n`;
    const index = tinyIndex({ a: ['Een zuivering van het apparaat is gaande. Zondag ontsloeg Tokajev twee vicevoorzitters van de Kazachse veiligheidsdienst. Zij stonden bekend als vertrouwelingen van oud-president Nazarbajev.'] }, glossary);
    const owner = 'Zij stonden bekend als vertrouwelingen van oud-president Nazarbajev.';
    expect(full(answer('whose people were the sacked deputies', { index }))).toEqual([owner]);
    expect(full(answer('bij wie hoorden die ontslagen vicevoorzitters', { index }))).toEqual([owner]);
    // Asked who fired them, the pronoun sentence (which names no one who fired) is no answer.
    expect(full(answer('who fired the deputies', { index }))).toEqual(['Zondag ontsloeg Tokajev twee vicevoorzitters van de Kazachse veiligheidsdienst.']);
  });

  it('who did something: a name of a sentence that only refers back to what was done is not who did it', () => {
    const glossary = `${GLOSSARY}fire:\n  en: [fire, fired, sack, sacked]\n  nl: [ontsloeg, ontslagen]\ndeputies:\n  en: [deputies]\n  nl: [vicevoorzitters]\nsunday:\n  en: [sunday]\n  nl: [zondag]\n`;
    const index = tinyIndex({ a: ['Een zuivering is gaande. Zondag ontsloeg hij twee vicevoorzitters. Zij stonden bekend als vertrouwelingen van oud-president Nazarbajev.'] }, glossary);
    expect(full(answer('who did nazarbayev fire on sunday', { index }))).toEqual([]);
  });

  it('how long before or after: the time between two events answers ("een dag eerder"); not how long something lasts', () => {
    const glossary = `${GLOSSARY}warn:\n  en: [warn, warned]\n  nl: [waarschuwde]\ntroops:\n  en: [troops]\n  nl: [troepen, militairen]\nstay:\n  en: [stay]\n  nl: [blijven]\n`;
    const sentence = 'Een dag eerder waarschuwde het Kremlin nog voor inmenging, maar nu blijven er Russische troepen.';
    const index = tinyIndex({ a: [sentence] }, glossary);
    expect(full(answer('how long before the troops came did the kremlin warn', { index }))).toEqual([sentence]);
    // The same sentence says nothing of how long the troops stay.
    expect(full(answer('how long will the troops stay', { index }))).toEqual([]);
  });

  it('where someone named is: a sentence placing them answers; one placing something else in their clause does not', () => {
    const index = tinyIndex({ a: ['Rusland stuurde troepen naar Kazachstan om de regering van president Tokajev te steunen.', 'Volgens zijn woordvoerder verblijft Nazarbajev in Almaty.'] });
    expect(full(answer('where is tokayev now', { index }))).toEqual([]);
    expect(full(answer('where is nazarbayev now', { index }))).toEqual(['Volgens zijn woordvoerder verblijft Nazarbajev in Almaty.']);
  });

  it('a yes/no question is settled by a sentence saying the opposite; a question asking when is not', () => {
    const glossary = `${GLOSSARY}troops:\n  en: [troops]\n  nl: [troepen]\nwithdrawal:\n  en: [pull out, withdraw]\n  nl: [terugtrekken, trekken zich terug]\n  opposite: [stay]\nstay:\n  en: [stay]\n  nl: [blijven]\n`;
    const index = tinyIndex({ a: ['De buitenlandse troepen blijven voorlopig in het land.'] }, glossary);
    expect(full(answer('are the troops withdrawing?', { index }))).toEqual(['De buitenlandse troepen blijven voorlopig in het land.']);
    expect(full(answer('when will the troops withdraw', { index }))).toEqual([]);
  });

  it('a question offering alternatives is answered by a sentence holding one of them', () => {
    const glossary = `${GLOSSARY}asked:\n  en: [ask, asked]\n  nl: [vroeg, gevraagd]\nhelp:\n  en: [help]\n  nl: [hulp]\ninvade:\n  en: [invade, invaded]\n  nl: [viel binnen, binnengevallen]\nrussia:\n  en: [Russia]\n  nl: [Rusland]\n`;
    const index = tinyIndex({ a: ['President Tokajev vroeg Rusland om hulp.'] }, glossary);
    expect(full(answer('did tokajev ask russia for help, or did russia invade?', { index }))).toEqual(['President Tokajev vroeg Rusland om hulp.']);
  });

  it('a Dutch question names its doer after the verb: "wanneer bedankte Poetin Tokajev" is not answered by Tokajev thanking Poetin', () => {
    const glossary = `${GLOSSARY}thank:\n  en: [thank, thanked]\n  nl: [bedankte, bedankt]\n`;
    const index = tinyIndex({ a: ['President Tokajev sprak maandag met de Russische president Poetin.', 'Dinsdag bedankte Tokajev Poetin voor de hulp.'] }, glossary);
    expect(full(answer('wanneer bedankte poetin tokajev', { index }))).not.toContain('Dinsdag bedankte Tokajev Poetin voor de hulp.');
    expect(full(answer('wanneer bedankte tokajev poetin', { index }))).toContain('Dinsdag bedankte Tokajev Poetin voor de hulp.');
  });

  it('a name from the sentence before carries over into the next paragraph', () => {
    const index = tinyIndex({ a: ['President Tokajev sprak de natie toe.', 'Zondag ontsloeg hij twee ministers.'] }, GLOSSARY);
    expect(full(answer('ontsloeg Tokajev zondag ministers', { index }))).toEqual(['Zondag ontsloeg hij twee ministers.']);
  });
});

describe('answer types', () => {
  it('"when" wants a time: a sentence without one is only related', () => {
    const index = tinyIndex({ a: ['De rellen braken op 2 januari uit in Zjanaozen.'], b: ['De rellen waren het hevigst in de grootste stad.'] }, GLOSSARY);
    const result = answer('when did the riots start', { index });
    expect(full(result)).toEqual(['De rellen braken op 2 januari uit in Zjanaozen.']);
    expect(partial(result)).toEqual(['De rellen waren het hevigst in de grootste stad.']);
  });

  it('"what date" wants a date: "een dag eerder" places an event only relative to another', () => {
    const glossary = `${GLOSSARY}warn:\n  en: [warn, warned]\n  nl: [waarschuwde]\n`;
    const index = tinyIndex({ a: ['Een dag eerder waarschuwde het Kremlin voor inmenging.'] }, glossary);
    expect(full(answer('when did the kremlin warn', { index }))).toHaveLength(1);
    const dated = answer('on what date did the kremlin warn', { index });
    expect(full(dated)).toEqual([]);
    expect(dated.gap?.types).toEqual(['date']);
    const monday = tinyIndex({ a: ['Maandag waarschuwde het Kremlin voor inmenging.'] }, glossary);
    expect(full(answer('on what date did the kremlin warn', { index: monday }))).toHaveLength(1);
  });

  it('"names of" wants names: "twee vicevoorzitters" does not say who they are', () => {
    const glossary = `${GLOSSARY}deputies:\n  en: [deputies, deputy chairmen]\n  nl: [vicevoorzitters]\nfired:\n  en: [fired, dismissed]\n  nl: [ontsloeg]\n`;
    const index = tinyIndex({ a: ['Zondag ontsloeg Tokajev twee vicevoorzitters.'] }, glossary);
    expect(answer('names of the deputies tokajev fired', { index }).gap?.types).toEqual(['name']);
    expect(answer('deputies tokajev fired - name?', { index }).gap?.types).toEqual(['name']);
    // "van de Kazachse veiligheidsdienst" names no one either.
    for (const sentence of ['Zondag ontsloeg Tokajev twee vicevoorzitters van de Kazachse veiligheidsdienst.', 'Zondag ontsloeg Tokajev twee Kazachse vicevoorzitters.']) {
      const kazakh = tinyIndex({ a: [sentence, 'De Kazachse regering zweeg.'] }, glossary);
      expect(answer('names of the deputies tokajev fired', { index: kazakh }).gap?.types).toEqual(['name']);
    }
  });

  it('"who was the police chief" wants the person: the role itself does not say who', () => {
    const glossary = `${GLOSSARY}police_chief:\n  en: [police chief]\n  nl: [politiechef]\n`;
    const index = tinyIndex({ a: ['Een politiechef in Almaty is overleden.'], b: ['De politiechef Jan Smit is overleden.'] }, glossary);
    const result = answer('who was the police chief in almaty', { index });
    expect(full(result)).toEqual([]);
    expect(result.gap?.types).toEqual(['who']);
    expect(full(answer('who was the police chief', { index }))).toEqual(['De politiechef Jan Smit is overleden.']);
  });

  it('"which countries" is best answered by the sentence listing them', () => {
    const glossary = `${GLOSSARY}troops:\n  en: [troops, soldiers]\n  nl: [troepen, militairen]\n`;
    const listing = 'Rusland, Armenië, Belarus en Kirgizië hebben samen troepen en honderden voertuigen naar het land gestuurd.';
    const index = tinyIndex({ a: ['De Navo stuurde troepen.'], b: [listing], c: ['Armenië en Belarus zijn klein.'] }, glossary);
    expect(answer('welke landen stuurden troepen', { index }).results[0]?.text).toBe(listing);
  });

  it('"in which cases", "when can …" want a condition: a sentence naming the alliance\'s help without one is only related', () => {
    const glossary = `${GLOSSARY}call_on:\n  en: [call on, call upon, invoke]\n  nl: [beroep doen op, beroep op, inroepen]\n`;
    const condition = 'Op de alliantie kon alleen een beroep worden gedaan bij een buitenlandse aanval.';
    const index = tinyIndex({ a: ['Kirgizië deed in 2010 een beroep op de alliantie.'], b: [condition] }, glossary);
    for (const question of ['in which cases could the alliance be called on', 'when can the alliance be called upon', 'in welke gevallen kon je een beroep doen op de alliantie']) {
      expect(full(answer(question, { index }))).toEqual([condition]);
    }
    const without = tinyIndex({ a: ['Kirgizië deed in 2010 een beroep op de alliantie.'] }, glossary);
    const result = answer('in which cases could the alliance be called on', { index: without });
    expect(full(result)).toEqual([]);
    expect(result.gap?.types).toEqual(['condition']);
  });

  it('"which neighbours" is not answered by "enkele buurlanden": said, but not which', () => {
    const glossary = `${GLOSSARY}neighbours:\n  en: [neighbours, neighbouring countries]\n  nl: [buurlanden]\nhelp:\n  en: [help]\n  nl: [hulp]\n`;
    const vague = tinyIndex({ a: ['Enkele buurlanden van Afghanistan vroegen om hulp.'] }, glossary);
    const result = answer('which neighbours asked for help', { index: vague });
    expect(full(result)).toEqual([]);
    expect(result.gap?.types).toEqual(['which']);
    const named = tinyIndex({ a: ['Tadzjikistan en Oezbekistan, buurlanden van Afghanistan, vroegen om hulp.'] }, glossary);
    expect(full(answer('which neighbours asked for help', { index: named }))).toHaveLength(1);
  });

  it('shows the closest sentence, as related, when the weightiest word asked is not in it', () => {
    const glossary = `${GLOSSARY}protesters:\n  en: [protesters, demonstrators]\n  nl: [demonstranten, betogers]\nmonday:\n  en: [monday]\n  nl: [maandag]\n`;
    const index = tinyIndex({ a: ['Maandag zijn bijna 8.000 mensen gearresteerd.'], b: ['Demonstranten trokken door de straten.', 'Het was rustig in de stad.'] }, glossary);
    // Arrests on Monday are most of the question (over 40 % of its weight), not the protesters.
    const result = answer('how many protesters were detained in total on monday', { index });
    expect(full(result)).toEqual([]);
    expect(result.results.map((r) => r.text)).toContain('Maandag zijn bijna 8.000 mensen gearresteerd.');
    expect(gapNote(result)).toMatch(/^No sentence answers this exactly/u);
  });

  it('an English word the glossary lacks answers through the word it derives from (detentions → detain)', () => {
    const index = tinyIndex({ a: ['In Almaty zijn 8.000 mensen gearresteerd.'], b: ['In Almaty was het rustig.'] }, `arrests:\n  en: [arrest, detain]\n  nl: [gearresteerd, arrestaties]\n`);
    expect(full(answer('detentions in almaty', { index }))).toEqual(['In Almaty zijn 8.000 mensen gearresteerd.']);
  });

  it('a typo in a name finds its other spellings too ("Tokayve" → Tokayev, Tokajev)', () => {
    const index = tinyIndex({ a: ['Volgens president Tokayev is het rustig.'], b: ['Net als Tokajev zoekt Poetin de schuld in het buitenland.'] });
    expect(full(answer('tokayve schuld buitenland', { index }))).toEqual(['Net als Tokajev zoekt Poetin de schuld in het buitenland.']);
  });

  it('a slip that reaches the glossary only by its stem is still read as the word meant ("internte" is internet, not interne)', () => {
    const glossary = `internal:\n  en: [internal]\n  nl: [interne, intern]\n`;
    const index = tinyIndex({ a: ['De autoriteiten legden het internet plat.'], b: ['Er was een interne dreiging.'] }, glossary);
    expect(full(answer('internte plat', { index }))).toEqual(['De autoriteiten legden het internet plat.']);
  });

  it('a keyword question of one short word with a slip is read as the English word meant ("toops")', () => {
    const index = tinyIndex({ a: ['Rusland stuurde troepen.'], b: ['Het was rustig.'] }, `troops:\n  en: [troops, soldiers]\n  nl: [troepen, militairen]\n`);
    expect(full(answer('toops', { index }))).toEqual(['Rusland stuurde troepen.']);
  });

  it('an English word the glossary lists also reaches the concepts of the word it derives from (intervention → intervene)', () => {
    const glossary = `intervention_noun:\n  en: [intervention]\n  nl: [interventie]\nintervene:\n  en: [intervene]\n  nl: [ingrijpen, greep in]\n`;
    const index = tinyIndex({ a: ['In 2010 wilde de CSTO niet ingrijpen in Kirgizië.'], b: ['De CSTO is een alliantie.'], c: ['Een interventie bleef uit.'] }, glossary);
    expect(full(answer('csto intervention kirgizie', { index }))).toEqual(['In 2010 wilde de CSTO niet ingrijpen in Kirgizië.']);
  });

  it('"what is the CSTO" is answered first by the sentence that defines it, after a parenthesised acronym too', () => {
    const defining = 'De troepen opereren onder de vlag van de ‘Collectieve Veiligheidsverdragorganisatie’ (CSTO), een militaire alliantie van oud-Sovjetstaten.';
    const index = tinyIndex({ a: ['De CSTO wordt gezien als tegenhanger van de Navo.', 'De CSTO stuurde troepen.'], b: [defining] });
    expect(answer('what is the csto', { index }).results[0]?.text).toBe(defining);
    expect(answer('wat is de CSTO?', { index }).results[0]?.text).toBe(defining);
  });

  it('a name typed alone is answered first by the sentence that says who it is, without changing labels', () => {
    const defining = 'Volgens de krant steunden ze Nazarbajev, de zelfbenoemde leider van de natie, jarenlang.';
    const index = tinyIndex({ a: ['Waar Nazarbajev is, is onduidelijk.'], b: [defining] });
    const result = answer('nazarbajev', { index });
    expect(result.results[0]?.text).toBe(defining);
    expect(full(result)).toHaveLength(2);
  });

  it('a name at the start of a sentence answers "who" (it is written as a name elsewhere)', () => {
    const glossary = `${GLOSSARY}chairman:\n  en: [chairman, head]\n  nl: [voorzitter]\nreplace:\n  en: [replaced, took over from]\n  nl: [verving]\n`;
    const index = tinyIndex({ a: ['President Tokajev sprak.', 'Tokajev verving Nazarbajev als voorzitter.'] }, glossary);
    expect(full(answer('who replaced nazarbajev as chairman', { index }))).toEqual(['Tokajev verving Nazarbajev als voorzitter.']);
  });

  it('"how long" wants a duration', () => {
    const index = tinyIndex({ a: ['De rellen duurden vijf dagen.'], b: ['De rellen begonnen in het westen.'] }, GLOSSARY);
    expect(full(answer('how long did the riots go on', { index }))).toEqual(['De rellen duurden vijf dagen.']);
  });

  it('a figure must count the thing asked: 8.000 people are not 8.000 journalists', () => {
    const index = tinyIndex({ a: ['Bijna 8.000 mensen zijn gearresteerd.'], b: ['Journalisten filmden de lege straten.'] }, GLOSSARY);
    const result = answer('how many journalists were arrested', { index });
    expect(full(result)).toEqual([]);
    expect(result.gap?.missing.length).toBeGreaterThan(0);
    expect(full(answer('how many people were arrested', { index }))).toEqual(['Bijna 8.000 mensen zijn gearresteerd.']);
  });

  it('a figure must count what the question is about, not the verb that frames it', () => {
    const glossary = `${GLOSSARY}refugees:\n  en: [refugees]\n  nl: [vluchtelingen]\nhelp:\n  en: [help]\n  nl: [hulp, helpen]\n`;
    const index = tinyIndex({ a: ['Twee buurlanden vroegen om hulp bij de opvang van vluchtelingen.'] }, glossary);
    const result = answer('how many refugees did they help', { index });
    expect(partial(result)).toHaveLength(1);
    expect(result.gap?.types).toEqual(['figure']);
  });

  it('"people" counted are any people the figure counts, not things', () => {
    const glossary = `${GLOSSARY}troops:\n  en: [troops, soldiers]\n  nl: [militairen]\nvehicles:\n  en: [vehicles]\n  nl: [voertuigen]\nsend:\n  en: [send, sent]\n  nl: [stuurden]\nmembers:\n  en: [member states]\n  nl: [lidstaten]\n`;
    const soldiers = tinyIndex({ a: ['De lidstaten stuurden samen 2000 militairen.'] }, glossary);
    expect(full(answer('how many people did the member states send', { index: soldiers }))).toEqual(['De lidstaten stuurden samen 2000 militairen.']);
    const vehicles = tinyIndex({ a: ['De lidstaten stuurden samen 300 voertuigen.'] }, glossary);
    expect(answer('how many people did the member states send', { index: vehicles }).gap?.types).toEqual(['figure']);
  });

  it('a figure for a list of countries is not one member\'s figure', () => {
    const glossary = `${GLOSSARY}troops:\n  en: [troops]\n  nl: [militairen]\narmenia:\n  en: [Armenia]\n  nl: [Armenië]\nsend:\n  en: [send, sent]\n  nl: [stuurden]\n`;
    const index = tinyIndex({ a: ['De lidstaten Rusland, Armenië, Belarus en Kirgizië stuurden samen 2000 militairen.'] }, glossary);
    expect(answer('how many troops did armenia send', { index }).gap?.types).toEqual(['figure']);
    expect(full(answer('how many troops did the member states send', { index: tinyIndex({ a: ['De lidstaten Rusland, Armenië, Belarus en Kirgizië stuurden samen 2000 militairen.'] }, `${glossary}members:\n  en: [member states]\n  nl: [lidstaten]\n`) }))).toHaveLength(1);
  });

  it('a claim stating a figure is settled by the dossier\'s figure for the same thing, not by one for another group', () => {
    const index = tinyIndex({ a: ['Bijna 8.000 mensen zijn gearresteerd.'], b: ['Journalisten filmden de lege straten.'] }, GLOSSARY);
    expect(full(answer('more than 10,000 arrests, is that right?', { index }))).toEqual(['Bijna 8.000 mensen zijn gearresteerd.']);
    expect(full(answer('klopt het dat er 12.000 mensen zijn opgepakt', { index }))).toEqual(['Bijna 8.000 mensen zijn gearresteerd.']);
    expect(full(answer('were 500 journalists arrested?', { index }))).toEqual([]);
    // Written as chat writes it, and with its qualifier: the stated amount is still no word to repeat.
    expect(full(answer('were more than 10k people arrested?', { index }))).toEqual(['Bijna 8.000 mensen zijn gearresteerd.']);
  });

  it('a stated number before what it counts is the amount checked, not a group the answer must name', () => {
    const glossary = `${GLOSSARY}police:\n  en: [police]\n  nl: [politie]\nofficers:\n  en: [officers]\n  nl: [agenten]\nbeheaded:\n  en: [beheaded]\n  nl: [onthoofd]\n`;
    const index = tinyIndex({ a: ['Twee agenten zijn volgens de politie onthoofd.'] }, glossary);
    expect(full(answer('police say 3 officers were beheaded, right?', { index }))).toEqual(['Twee agenten zijn volgens de politie onthoofd.']);
  });

  it('a year in a yes/no question is a time, not a claimed amount', () => {
    const index = tinyIndex({ a: ['In 2010 zijn 300 mensen gearresteerd.'], b: ['Bijna 8.000 mensen zijn gearresteerd.'] }, GLOSSARY);
    expect(full(answer('were people arrested in 2010?', { index }))).toEqual(['In 2010 zijn 300 mensen gearresteerd.']);
  });

  it('"where" is answered by a place without a name, not by a rumoured one', () => {
    const glossary = `${GLOSSARY}trained:\n  en: [trained]\n  nl: [getraind]\nterrorists:\n  en: [terrorists]\n  nl: [terroristen]\nfled:\n  en: [fled]\n  nl: [gevlucht]\n`;
    const index = tinyIndex({ a: ['De terroristen zijn in het buitenland getraind.'], b: ['De terroristen zijn goed getraind.'], c: ['Zijn woordvoerder ontkent geruchten dat Nazarbajev naar het buitenland is gevlucht.'] }, glossary);
    expect(full(answer('where were the terrorists trained', { index }))).toEqual(['De terroristen zijn in het buitenland getraind.']);
    expect(full(answer('where did nazarbajev flee to', { index }))).toEqual([]);
  });

  it('"who did X thank" wants X as the one thanking: not "bedankte hij … X"', () => {
    const glossary = `${GLOSSARY}thank:\n  en: [thank, thanked]\n  nl: [bedankte, bedankt]\nputin:\n  en: [Putin]\n  nl: [Poetin]\n`;
    const index = tinyIndex({ a: ['President Tokajev sprak maandag.', 'Daarna bedankte hij Poetin.'], b: ['Poetin bedankte Loekasjenko voor zijn steun.'] }, glossary);
    expect(full(answer('who did putin thank', { index }))).toEqual(['Poetin bedankte Loekasjenko voor zijn steun.']);
    expect(answer('who did putin thank', { index }).results.find((r) => r.text === 'Daarna bedankte hij Poetin.')?.match).not.toBe('full');
  });

  it('a figure heading a measure of its own does not count the group after it: "164 doden onder de bevolking" is no population', () => {
    const glossary = `${GLOSSARY}population:\n  en: [population]\n  nl: [bevolking]\n`;
    const index = tinyIndex({ a: ['Er vielen 164 doden onder de bevolking.'] }, glossary, { topics: [{ name: 'deaths', label: 'Deaths', words: ['doden'], groups: [] }] });
    expect(full(answer('how big is the population', { index }))).toEqual([]);
    expect(full(answer('hoe groot is de bevolking', { index }))).toEqual([]);
    expect(full(answer('hoeveel doden vielen er onder de bevolking', { index }))).toEqual(['Er vielen 164 doden onder de bevolking.']);
  });

  it('a clause that only sets the time need not be in the answer: "did X warn … before sending troops"', () => {
    const glossary = `${GLOSSARY}warn:\n  en: [warn, warned]\n  nl: [waarschuwde]\nmeddling:\n  en: [meddling, interference]\n  nl: [inmenging]\ntroops:\n  en: [troops]\n  nl: [troepen]\nsend:\n  en: [send, sending, sent]\n  nl: [stuurde, gestuurd]\nkremlin:\n  en: [Kremlin]\n  nl: [Kremlin]\n`;
    const index = tinyIndex({ a: ['Het Kremlin waarschuwde maandag voor inmenging.'], b: ['Rusland stuurde dinsdag troepen.'] }, glossary);
    expect(full(answer('did the kremlin warn against meddling before sending troops', { index }))).toEqual(['Het Kremlin waarschuwde maandag voor inmenging.']);
    expect(full(answer('did the kremlin warn against sending troops', { index }))).toEqual([]);
  });

  it('"who says" wants the source, also where the question names it under another word', () => {
    const glossary = `${GLOSSARY}officers:\n  en: [officers, police officers]\n  nl: [agenten, politie]\nbeheaded:\n  en: [beheaded]\n  nl: [onthoofd]\n`;
    const index = tinyIndex({ a: ['Twee agenten zijn volgens de politie onthoofd.'], b: ['Twee agenten werden onthoofd aangetroffen.'] }, glossary);
    expect(full(answer('who says officers were beheaded', { index }))).toEqual(['Twee agenten zijn volgens de politie onthoofd.']);
  });

  it('a number about something else does not answer "hoeveel"', () => {
    const index = tinyIndex({ a: ['Inwoners van Almaty hadden vijf dagen geen internet.'] }, GLOSSARY);
    const result = answer('hoeveel inwoners heeft Almaty', { index });
    expect(full(result)).toEqual([]);
    expect(result.gap?.types).toEqual(['figure']);
  });

  it('a figure left open is of what it counts: "Hoeveel mensen … is onbekend" answers how many died, not how many countries', () => {
    const glossary = `${GLOSSARY}countries:\n  en: [countries]\n  nl: [landen, land]\n`;
    const index = tinyIndex({ a: ['Hoeveel mensen er door het hele land zijn omgekomen, is onbekend.'] }, glossary);
    expect(full(answer('how many people died', { index }))).toEqual(['Hoeveel mensen er door het hele land zijn omgekomen, is onbekend.']);
    expect(full(answer('how many countries', { index }))).toEqual([]);
  });

  it('a list of the names that did the deed counts them: "how many countries pledged troops"; no deed, no count', () => {
    const glossary = `${GLOSSARY}countries:\n  en: [countries]\n  nl: [landen]\npledged:\n  en: [pledged troops]\n  nl: [troepen toegezegd]\nmembers:\n  en: [member states]\n  nl: [lidstaten]\n`;
    const index = tinyIndex({ a: ['Naast Rusland hebben ook Armenië, Belarus, Tadzjikistan en Kirgizië troepen toegezegd.'], b: ['De lidstaten Rusland, Armenië, Belarus en Kirgizië oefenen samen.'] }, glossary);
    expect(full(answer('how many countries pledged troops', { index }))).toEqual(['Naast Rusland hebben ook Armenië, Belarus, Tadzjikistan en Kirgizië troepen toegezegd.']);
    expect(full(answer('is Armenië among the countries that pledged troops', { index }))).toEqual(['Naast Rusland hebben ook Armenië, Belarus, Tadzjikistan en Kirgizië troepen toegezegd.']);
    expect(full(answer('how many member states are there in total', { index }))).toEqual([]);
  });

  it('people of any kind are counted by what they do: "how many people live in" is not answered by the dead', () => {
    const glossary = `${GLOSSARY}live_in:\n  en: [live in, living in]\n  nl: [inwoners, bewoners]\n`;
    const index = tinyIndex({ a: ['In Almaty zijn tientallen mensen gedood.'], b: ['Almaty heeft twee miljoen inwoners.'] }, glossary);
    expect(full(answer('how many people live in Almaty', { index }))).toEqual(['Almaty heeft twee miljoen inwoners.']);
    expect(full(answer('how many people were killed in Almaty', { index }))).toEqual(['In Almaty zijn tientallen mensen gedood.']);
  });

  it('a question that names its figure has it: "when was the 164 figure reported" wants the time only', () => {
    const glossary = `${GLOSSARY}authorities:\n  en: [authorities]\n  nl: [autoriteiten]\nreport:\n  en: [report, reported]\n  nl: [meldden]\n`;
    const index = tinyIndex({ a: ['De autoriteiten meldden zaterdag 164 doden.'], b: ['De autoriteiten meldden zaterdag nieuwe arrestaties.'] }, glossary);
    const result = answer('when did the authorities report the 164 figure', { index });
    expect(full(result)).toEqual(['De autoriteiten meldden zaterdag 164 doden.']);
    expect(answer('how many deaths did the authorities report', { index }).results[0]?.match).toBe('full');
  });

  it('a sentence saying the figure is unknown answers a figure question', () => {
    const index = tinyIndex({ a: ['Hoeveel mensen er zijn omgekomen, is onbekend.'] }, GLOSSARY);
    expect(full(answer('how many people died', { index }))).toHaveLength(1);
  });

  it('"what is the name of" wants a name next to what was asked', () => {
    const index = tinyIndex({ a: ['Een politiechef pleegde zelfmoord in Almaty.'], b: ['De politiechef Jan Smit trad af.'] }, GLOSSARY);
    expect(full(answer('hoe heet de politiechef', { index }))).toEqual(['De politiechef Jan Smit trad af.']);
    expect(answer('hoe heet de politiechef die zelfmoord pleegde', { index }).gap?.types).toEqual(['name']);
  });

  it('"told X to" is an order, not a request for a statement', () => {
    const index = tinyIndex({ a: ['Tokajev beval het leger te schieten zonder waarschuwing.'] }, `army:\n  en: [army]\n  nl: [leger]\nshoot:\n  en: [shoot, fire]\n  nl: [schieten]\n`);
    expect(full(answer('did tokajev tell the army to shoot', { index }))).toHaveLength(1);
  });

  it('"why" wants a cause', () => {
    const index = tinyIndex({ a: ['De rellen braken uit omdat de brandstofprijzen stegen.'], b: ['De rellen breidden zich uit.'] }, GLOSSARY);
    const result = answer('what set off the riots', { index });
    expect(full(result)).toEqual(['De rellen braken uit omdat de brandstofprijzen stegen.']);
  });
});

describe('asked what someone will do', () => {
  it('a sentence about what will be answers; one about how things are does not', () => {
    const glossary = `${GLOSSARY}troops:\n  en: [troops]\n  nl: [troepen]\n`;
    const index = tinyIndex({ a: ['De troepen zullen de luchthaven bewaken.'], b: ['De troepen blijven voorlopig in het land.'] }, glossary);
    for (const question of ['what will the troops do there', 'what are the troops going to do', 'wat gaan de troepen doen']) {
      const result = answer(question, { index });
      expect(full(result), question).toEqual(['De troepen zullen de luchthaven bewaken.']);
      expect(result.results[0]?.text, question).toBe('De troepen zullen de luchthaven bewaken.');
    }
  });
});

describe('members of an organisation the question names', () => {
  const glossary = `${GLOSSARY}call_on:\n  en: [call on, call in]\n  nl: [beroep doen, beroep op worden gedaan, inschakelen]\nmembers:\n  en: [members, member]\n  nl: [leden, lidstaten]\n`;
  const index = tinyIndex({ a: ['De leden van de CSTO helpen elkaar bij oefeningen.'], b: ['Er kon alleen bij een aanval van buiten een beroep op de CSTO worden gedaan.'] }, glossary);

  it('are what a sentence about the organisation speaks of, whether or not it says "members"', () => {
    expect(full(answer('when could members call on the csto', { index }))).toContain('Er kon alleen bij een aanval van buiten een beroep op de CSTO worden gedaan.');
  });

  it('but not when they are what is counted', () => {
    // A sentence saying a figure of the organisation is unknown answers any figure of it: not the number of members.
    const unknown = tinyIndex({ a: ['De CSTO stuurde troepen. Het is niet bekend uit hoeveel militairen de interventiemacht zal bestaan.'] }, `${glossary}consist:\n  en: [consists of]\n  nl: [bestaan uit, telt]\n`);
    expect(full(answer('hoeveel lidstaten telt de CSTO?', { index: unknown }))).toEqual([]);
  });
});

describe('asked of the story itself', () => {
  it('"what caused all this" asks the cause of the event the dossier\'s title names', () => {
    const index = tinyIndex({ a: ['De rellen braken uit door hogere brandstofprijzen.', 'De politie sloot de grenzen omdat er geplunderd werd.'] }, GLOSSARY, { title: 'Rellen in Zjanaozen, januari 2022' });
    for (const question of ['what caused all this', 'what kicked the whole thing off', 'wat is de oorzaak']) {
      expect(answer(question, { index }).results[0]?.text, question).toBe('De rellen braken uit door hogere brandstofprijzen.');
    }
  });
});

describe('asked how things were before', () => {
  it('a sentence saying how they are now is no answer to "originally", "vroeger"', () => {
    const index = tinyIndex({ a: ['De alliantie mocht alleen bij een aanval van buiten ingrijpen.'], b: ['Nu mag de alliantie ook bij binnenlandse onrust ingrijpen.'] });
    for (const question of ['mocht de alliantie oorspronkelijk ingrijpen', 'mocht de alliantie vroeger ingrijpen']) {
      const result = answer(question, { index });
      expect(full(result), question).toEqual(['De alliantie mocht alleen bij een aanval van buiten ingrijpen.']);
      expect(result.results[0]?.text).toBe('De alliantie mocht alleen bij een aanval van buiten ingrijpen.');
    }
    // Asked about now, the sentence saying so answers.
    expect(full(answer('mag de alliantie ingrijpen bij binnenlandse onrust', { index }))).toContain('Nu mag de alliantie ook bij binnenlandse onrust ingrijpen.');
  });
});

describe('"what did X <verb>" asks what was done', () => {
  const PROMISES = 'promised:\n  en: [promise, promised]\n  nl: [beloofde, beloofd, beloven]\nguard:\n  en: [guard, guarding, protect]\n  nl: [bewaken, beschermen]\n';
  // One paragraph: Lavrov's quote, then what Nazarbajev promised.
  const index = tinyIndex({
    a: ['“We blijven niet lang”, aldus minister Lavrov. Lavrov gaf geen details. Nazarbajev beloofde nieuwe verkiezingen.', 'Oud-president Nazarbajev is 81.'],
    b: ['De soldaten staan in de hoofdstad.', 'De soldaten zullen de havens bewaken.'],
  }, PROMISES);

  it('a sentence naming the doer without the verb is no answer to it', () => {
    expect(full(answer('what did Nazarbajev promise', { index }))).toEqual(['Nazarbajev beloofde nieuwe verkiezingen.']);
    expect(full(answer('wat moeten de soldaten bewaken', { index }))).toEqual(['De soldaten zullen de havens bewaken.']);
  });

  it('another person\'s deed in the paragraph about them is not theirs', () => {
    const result = answer('wat heeft Lavrov beloofd', { index });
    expect(full(result)).toEqual([]);
    expect(result.gap?.missing).toContain('beloofd');
  });

  it('saying is not such a verb: what was said is in the sentence', () => {
    expect(full(answer('what did Lavrov say', { index }))).toEqual(['“We blijven niet lang”, aldus minister Lavrov.']);
    // A verb of saying the question words do not take ("say" is one of them): what he meant is what he said.
    expect(full(answer('what did Lavrov mean', { index }))).toContain('“We blijven niet lang”, aldus minister Lavrov.');
  });
});

describe('a time asked in a unit ("in which month", "what year", "exact date")', () => {
  const glossary = `${GLOSSARY}asked_help:\n  en: [ask for help, asked for help]\n  nl: [vroeg om hulp, om hulp vroeg]\n`;
  const index = tinyIndex({ a: ['In 2010 vroeg Kirgizië om hulp.'], b: ['Op 6 januari vroeg Tadzjikistan om hulp.', 'Maandag vroeg Armenië om hulp.'] }, glossary);

  it('is not given by a sentence without that unit, and the gap says a date is missing', () => {
    const month = answer('in which month of 2010 did Kirgizië ask for help', { index });
    expect(full(month)).toEqual([]);
    expect(month.gap?.types).toEqual(['date']);
    expect(gapNote(month)).toMatch(/none gives a date/u);
    expect(full(answer('what was the exact date Armenië asked for help', { index }))).toEqual([]);
  });

  it('is given by a sentence with it', () => {
    expect(full(answer('in what year did Kirgizië ask for help', { index }))).toEqual(['In 2010 vroeg Kirgizië om hulp.']);
    expect(full(answer('what was the exact date Tadzjikistan asked for help', { index }))).toEqual(['Op 6 januari vroeg Tadzjikistan om hulp.']);
    expect(full(answer('in welke maand vroeg Tadzjikistan om hulp', { index }))).toEqual(['Op 6 januari vroeg Tadzjikistan om hulp.']);
  });
});

describe('what was said, named back ("zijn beschuldigingen")', () => {
  it('is about the statements before it, a quote of several sentences included', () => {
    const glossary = 'evidence:\n  en: [evidence, proof]\n  nl: [bewijs, onderbouwing]\n';
    const index = tinyIndex({ a: ['“Dit is inmenging van buitenaf”, aldus Poetin. “Wij laten dat niet gebeuren.” Poetin gaf geen onderbouwing voor zijn beschuldigingen.', 'Poetin gaf geen onderbouwing voor de begroting.'] }, glossary);
    expect(full(answer('heeft poetin bewijs geleverd voor de inmenging', { index }))).toEqual(['Poetin gaf geen onderbouwing voor zijn beschuldigingen.']);
  });
});

describe('ranking and scores', () => {
  it('the sentence about the asked measure beats one that only shares a question word', () => {
    const index = tinyIndex({ a: ['Bijna 8.000 mensen zijn gearresteerd.'], b: ['Zeker 16 mensen zijn omgekomen.'] }, GLOSSARY);
    expect(answer('how many people died', { index }).results[0]?.text).toBe('Zeker 16 mensen zijn omgekomen.');
  });

  it('orders full answers first and scores follow the order', () => {
    const index = tinyIndex({
      a: ['De rellen braken op 2 januari uit.', 'De rellen werden hevig.', 'Bijna 8.000 mensen zijn gearresteerd bij de rellen.'],
      b: ['Journalisten zagen de rellen.', 'Zeker 16 mensen zijn omgekomen bij de rellen op 5 januari.'],
    }, GLOSSARY);
    for (const q of ['riots', 'when did the riots begin', 'how many people died in the riots', 'journalists riots', 'hoeveel gearresteerd']) {
      const results = answer(q, { index, limit: 10 }).results;
      expect(results.length, q).toBeGreaterThan(0);
      const labels = results.map((r) => r.match);
      expect(labels).toEqual([...labels].sort((x, y) => (x === y ? 0 : x === 'full' ? -1 : 1)));
      const scores = results.map((r) => r.score);
      expect(scores).toEqual([...scores].sort((x, y) => y - x));
      for (const r of results) expect(r.match === 'full' ? r.score > 0.5 : r.score <= 0.5).toBe(true);
    }
  });
});

describe('saying so first', () => {
  it('names what is missing when no sentence answers exactly, and says nothing when one does', () => {
    const index = tinyIndex({ a: ['Bijna 8.000 mensen zijn gearresteerd.', 'Journalisten filmden bij de arrestaties.'] }, GLOSSARY);
    const gap = gapNote(answer('how many journalists were arrested', { index }));
    expect(gap).toMatch(/^No sentence answers this exactly/u);
    expect(gap).toMatch(/figure/u);
    expect(gapNote(answer('hoeveel gearresteerd', { index }))).toBeUndefined();
  });

  it('Slack markup is not searched: the mention, the special mention and the link are not query words', () => {
    const index = tinyIndex({ a: ['Poetin is de Russische president.'] }, GLOSSARY);
    const result = answer('<@U123|jan> <!channel> wie is <https://example.org|Poetin>?', { index });
    expect(result.query).toBe('wie is Poetin?');
    expect(result.concepts).toEqual(['Poetin']);
    expect(result.unmatched).toEqual([]);
    expect(full(result)).toEqual(['Poetin is de Russische president.']);
  });
});

describe('figures that are no plain fact', () => {
  it('an answer giving a withdrawn or hedged figure says so next to the sentence, also when the withdrawal is in the next sentence', () => {
    const index = tinyIndex({ a: ['De politie meldde 70 doden onder de bevolking. Die informatie werd later ingetrokken.'], b: ['Er zouden 16 agenten zijn gedood.'], c: ['Er vielen 12 doden in Almaty.'] }, GLOSSARY);
    const caveats = (q: string): string[][] => answer(q, { index, limit: 5 }).results.map((r) => r.caveats);
    expect(answer('hoeveel doden onder de bevolking', { index }).results[0]).toMatchObject({ text: 'De politie meldde 70 doden onder de bevolking.', caveats: ['RETRACTED: “ingetrokken”'] });
    expect(answer('hoeveel agenten gedood', { index }).results.find((r) => r.text.startsWith('Er zouden'))?.caveats).toEqual(['hedged: “zouden”']);
    expect(answer('doden almaty', { index }).results[0]?.caveats).toEqual([]);
    expect(caveats('informatie ingetrokken').flat()).toEqual([]);
  });
});
