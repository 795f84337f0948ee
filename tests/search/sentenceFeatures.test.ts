/** What kind of answer a sentence can give: what its figures count, ages, time, cause, statements, names. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeText, wholeTermOf, type AnalyzerContext } from '../../src/search/analysis/analyzeText.js';
import { appositionRestates, describesMatch, namesOwner, namesSomeone, placesName, sentenceFeatures, type SentenceFeatures } from '../../src/search/sentenceFeatures.js';

/** A context that knows no words: no compound parts or possessives, only the words themselves. */
const CONTEXT: AnalyzerContext = { language: 'nl', vocabulary: new Set(), compoundParts: { isWord: () => false, hasStem: () => false }, properNouns: new Set() };
const term = (folded: string): string => wholeTermOf(folded, 'nl');
const features = (text: string, isName?: (folded: string) => boolean): SentenceFeatures => sentenceFeatures(text, analyzeText(text, CONTEXT), isName);

describe('sentenceFeatures: what is asked for', () => {
  it.each([
    ['In 2010 verzocht Kirgizië de CSTO om militaire hulp toen er gevechten uitbraken.', [term('militaire'), term('hulp')]],
    // Dutch puts the asking last in a clause; "om … te …" says what for, not what is asked.
    ['Toen enkele buurlanden om hulp vroegen om de grenzen te bewaken.', [term('hulp')]],
    ['Rusland heeft troepen gestuurd om de regering overeind te houden.', []],
  ])('%j asks for %j', (text, requested) => {
    expect(features(text).requested).toEqual(requested);
  });
});

describe('sentenceFeatures: figures and ages', () => {
  it.each([
    ['Zijn veiligheidsdiensten meldden maandag dat er bijna 8.000 mensen zijn gearresteerd.', [['8000', term('mensen'), term('gearresteerd')]]],
    // A clause break ends what a figure counts.
    ['Er vielen 16 doden, volgens de politie.', [['16', term('doden')]]],
    // A preposition between counted words stands as a break: what follows says of which, not what.
    ['Tokajev sprak van ‘20.000 bandieten’ in Almaty.', [['20000', term('bandieten'), '|', term('almaty')]]],
    // At most three content words after the figure.
    ['Er zijn 8.000 mensen gearresteerd in de grootste stad van het land.', [['8000', term('mensen'), term('gearresteerd'), '|', term('grootste')]]],
    // Number words count too.
    ['Twee agenten zijn onthoofd.', [[term('twee'), term('agenten'), term('onthoofd')]]],
    ['Het land produceert 1,6 miljoen vaten olie.', [['1.6', term('miljoen'), term('vaten'), term('olie')], [term('miljoen'), term('vaten'), term('olie')]]],
    // Another amount begins another figure, and a conjunction another clause: the five count days, "een paar" the hours.
    ['Almaty had voor het eerst in vijf dagen een paar uur internet waardoor meer beelden naar buiten kwamen.', [[term('vijf'), term('dagen')], [term('paar'), term('uur'), term('internet')]]],
    // A year is a date, not a figure.
    ['In 2010 verzocht Kirgizië de CSTO om militaire hulp.', []],
    ['De orde is hersteld.', []],
  ])('%j counts %j', (text, counts) => {
    expect(features(text).counts).toEqual(counts);
  });

  it('gives an age to whom it belongs, and does not count it as a figure', () => {
    const found = features('De 81-jarige Nazarbajev trad af.');
    expect(found.ages).toEqual([[term('nazarbajev'), term('trad'), term('af')]]);
    expect(found.counts).toEqual([]);
  });
});

describe('sentenceFeatures: which words a time belongs to', () => {
  it('a time belongs to its own clause, not to the one a conjunction opens', () => {
    const f = features('Terwijl de president gisteren probeerde te voorkomen dat de demonstraties uitliepen op een opstand.');
    expect(f.timed).toContain(term('president'));
    expect(f.timed).not.toContain(term('demonstraties'));
    expect(f.datedTerms).not.toContain(term('demonstraties'));
  });

  it('what someone said keeps the time of the saying', () => {
    const f = features('Hij zei maandag dat de militanten vanuit een enkel centrum werden aangestuurd.');
    expect(f.timed).toContain(term('militanten'));
    expect(f.datedTerms).toContain(term('centrum'));
  });

  it('a sentence without a time has no timed words', () => {
    expect(features('De demonstranten blokkeerden het treinverkeer.').timed).toEqual([]);
  });
});

describe('sentenceFeatures: an end in time is a duration', () => {
  it.each([
    ['De troepen blijven tot 20 januari in Kazachstan.', true],
    ['De avondklok geldt tot maandag.', true],
    // Not "tot" in other senses.
    ['Het leidde tot onrust.', false],
    ['Tot nu toe bleef het rustig.', false],
  ])('%j → duration %s', (text, expected) => {
    expect(sentenceFeatures(text, analyzeText(text, CONTEXT), () => false).duration).toBe(expected);
  });
});

describe('sentenceFeatures: the time between two events', () => {
  it.each([
    ['Een dag eerder waarschuwde het Kremlin nog voor inmenging.', true, false],
    ['A week later the troops arrived.', true, false],
    // A length of time is a duration, not the time between; "een dag" alone is neither.
    ['De troepen blijven twee weken.', false, true],
    ['Het was een dag van onrust.', false, false],
  ])('%j → interval %s, duration %s', (text, interval, duration) => {
    const found = sentenceFeatures(text, analyzeText(text, CONTEXT), () => false);
    expect([found.interval, found.duration]).toEqual([interval, duration]);
  });
});

describe('sentenceFeatures: a quoted term', () => {
  it.each([
    ['Volgens de CSTO zijn de troepen een ‘vredesmacht’.', true],
    ['Oud-president Nazarbajev, de zelfbenoemd ‘leider van de natie’, zweeg.', true],
    // A quoted clause is a statement, not a term; plain words are neither.
    ['Poetin zei dat zij blijven ‘zo lang als nodig is’.', false],
    // A name in quotes is a name, not what someone calls something.
    ['De troepen vallen onder de ‘Collectieve Veiligheidsverdragorganisatie’ (CSTO).', false],
    ['Poetin sprak over ‘Maidan-technieken’.', true],
    ['De troepen blijven voorlopig in Kazachstan.', false],
  ])('%j → term %s', (text, expected) => {
    expect(features(text).term).toBe(expected);
  });
});

describe('sentenceFeatures: a condition, a case, an exception', () => {
  it.each([
    ['Er kon alleen een beroep op worden gedaan bij een buitenlandse aanval.', true],
    ['Als de rust niet terugkeert, dan komt een confrontatie dichterbij.', true],
    ['De troepen blijven, tenzij de regering anders besluit.', true],
    ['In dat geval grijpt de alliantie in.', true],
    // "als" comparing or saying a capacity, "alleen" without a case, "geval" in other senses: no condition.
    ['Ze beschouwen een aanval op één land als een aanval op alle.', false],
    ['Als president ontsloeg Tokajev twee vicevoorzitters.', false],
    ['Alleen Almaty lag onder vuur.', false],
    ['Alleen al in januari greep de CSTO in.', false],
    ['Dat is niet het geval.', false],
    ['Het gevallen regime vluchtte.', false],
    ['Russia provided troops.', false],
    ['De orde is hersteld.', false],
  ])('%j → condition %s', (text, expected) => {
    expect(features(text).condition).toBe(expected);
  });
});

describe('sentenceFeatures: time, duration, cause, statements', () => {
  it.each([
    ['Een dag eerder waarschuwde het Kremlin voor inmenging.', { time: true, dated: false }],
    ['Maandag hadden inwoners weer internet.', { time: true, dated: true }],
    ['De autoriteiten spraken afgelopen weekeinde van 164 doden.', { time: true, dated: true }],
    ['In 2010 verzocht Kirgizië de CSTO om hulp.', { time: true, dated: true }],
    ['De orde is hersteld.', { time: false, dated: false }],
    // "Now" and "by now" place nothing: "when will the troops leave" is not answered by them.
    ['De vraag is nu hoe de troepen ontvangen zullen worden.', { time: false, dated: false }],
    ['Inmiddels zijn Russische militairen verschenen in de straten.', { time: false, dated: false }],
  ])('%j: %j', (text, expected) => {
    const found = features(text);
    expect({ time: found.time, dated: found.dated }).toEqual(expected);
  });

  it.each([
    ['De buitenlandse troepen blijven voorlopig in Kazachstan.', true],
    ['Zij blijven zo lang als nodig is.', true],
    ['Het duurde vijf dagen voordat het internet terug was.', true],
    ['Er zijn 3 tot 4 weken nodig.', true],
    // A span up to now.
    ['Hij noemde het geweld van de afgelopen dagen een staatsgreep.', true],
    ['Er vielen 164 doden.', false],
    ['Maandag kwam het internet terug.', false],
    ['De laatste demonstranten gingen naar huis.', false],
    ['Op de laatste dag van de top sprak Tokajev.', false],
    // "Ago" says when, not how long.
    ['Hij hielp Tokajev drie jaar geleden aan de macht.', false],
  ])('%j states a duration: %s', (text, duration) => {
    expect(features(text).duration).toBe(duration);
  });

  it.each([
    ['Het verzoek werd afgewezen, omdat Rusland vond dat de CSTO daar niet voor bedoeld was.', true],
    ['De grenzen gingen dicht vanwege de onrust.', true],
    // Why someone was arrested: the charge ("op beschuldiging van", "op verdenking van").
    ['De oud-premier werd opgepakt op verdenking van fraude.', true],
    // A motive is a reason too: fear, worry, an aim.
    ['De zuivering suggereert dat de president zich zorgen maakt over een interne dreiging.', true],
    ['De regering vreest een nieuwe opstand.', true],
    ['De gevechten waren het zwaarst in Almaty.', false],
  ])('%j gives a cause: %s', (text, cause) => {
    expect(features(text).cause).toBe(cause);
  });

  it.each([
    ['“De orde is hersteld”, aldus Tokajev.', true],
    ['Tokajev zegt dat de orde is hersteld.', true],
    ['Volgens Poetin was het een opstand.', true],
    ['Putin said the troops would stay.', true],
    ['Hij noemde de demonstranten ‘terroristen die in het buitenland zijn getraind’.', true],
    ['De gevechten waren het zwaarst in Almaty.', false],
    // A single-quoted word or title is a term, not something said; a quoted clause is.
    ['Zij waren vertrouwelingen van de zelfbenoemde ‘leider van de natie’.', false],
    ['De troepen zijn een ‘vredesmacht’.', false],
    ['Zij blijven ‘zo lang als het nodig is’.', true],
  ])('%j is a statement: %s', (text, statement) => {
    expect(features(text).statement).toBe(statement);
  });
});

describe('sentenceFeatures: places without a name', () => {
  it.each([
    ['Terroristen, die in het buitenland getraind zijn, bestormden depots.', ['buitenland']],
    ['De autoriteiten spraken op sociale media van 164 doden.', ['media']],
    // A compound ending in a place noun.
    ['De troepen worden uitgezonden naar de olie-installaties.', ['olie-installaties']],
    // No preposition of place, or a clause break between: no place.
    ['Het buitenland reageerde verdeeld.', []],
    ['Ze bleven in, zo zei de politie, de stad.', []],
    // A place denied or rumoured is no fact.
    ['Zijn woordvoerder ontkent geruchten dat hij naar het buitenland is gevlucht.', []],
  ])('%j places: %j', (text, expected) => {
    expect(features(text).places).toEqual(expected.map(term));
  });
});

describe('sentenceFeatures: who says so', () => {
  it.each([
    ['Twee agenten zijn volgens de politie onthoofd.', ['politie']],
    ['De Kazachse politie zegt dat het relschoppers heeft gedood.', ['kazachse', 'politie']],
    ['“De orde is hersteld”, aldus Tokajev.', ['tokajev']],
    // The verb second in its clause: the subject follows it.
    ['Dat zegt de Kazachse politie.', ['kazachse', 'politie']],
    // A title he gave himself: he says it.
    ['Nazarbajev, de zelfbenoemde leider van de natie, is vertrokken.', ['zelfbenoemde']],
    // Nobody says it.
    ['Twee agenten zijn onthoofd.', []],
  ])('%j: %j', (text, expected) => {
    expect([...features(text).sources].sort()).toEqual(expected.map(term).sort());
  });
});

describe('sentenceFeatures: names, enumerations and years', () => {
  it('takes capitalised words as names, the first word only when it is a name elsewhere', () => {
    expect(features('Tokajev zei dat Poetin hielp.').names).toEqual([term('poetin')]);
    expect(features('Tokajev zei dat Poetin hielp.', (folded) => folded === 'tokajev').names).toEqual([term('tokajev'), term('poetin')]);
  });

  it('marks the names of an enumeration as listed', () => {
    const found = features('CSTO-lidstaten Rusland, Armenië, Belarus, Tadzjikistan en Kirgizië hebben samen ruim tweeduizend militairen naar Kazachstan overgebracht.');
    expect(found.listed).toEqual(['rusland', 'armenie', 'belarus', 'tadzjikistan', 'kirgizie'].map(term));
    expect(found.names).toEqual(expect.arrayContaining([term('kazachstan'), term('rusland')]));
    expect(found.listed).not.toContain(term('kazachstan'));
  });

  it('needs three names for an enumeration', () => {
    expect(features('Rusland en Armenië stuurden troepen.').listed).toEqual([]);
  });

  it('keeps the years a sentence names', () => {
    expect(features('de volksopstand in Oekraïne van 2013 en 2014').years).toEqual(['2013', '2014']);
    expect(features('Ruim 2000 militairen gingen naar Kazachstan.').years).toEqual([]);
  });
});

describe('sentenceFeatures: what a sentence says is unknown', () => {
  it.each([
    ['Hoeveel mensen er door het hele land bij het geweld zijn omgekomen, is onbekend.', ['figure']],
    ['Het is niet bekend uit hoeveel militairen de interventiemacht zal bestaan en waar ze zich bevinden.', ['figure', 'where']],
    ['Het is onduidelijk wie er met de terroristen wordt bedoeld.', ['who']],
    ['Wanneer de troepen vertrekken, is niet duidelijk.', ['when']],
    // Not said is left open too.
    ['Hij zei dat de aanvallen uit één centrum kwamen, maar zei niet welk centrum.', ['which']],
    ['De politie heeft niet gezegd hoeveel mensen zijn opgepakt.', ['figure']],
    // A question word without "unknown" leaves nothing open.
    ['Hij zei waar de troepen zijn.', []],
    ['De orde is hersteld.', []],
  ])('%j leaves open %j', (text, unknown) => {
    expect(features(text).unknown).toEqual(unknown);
  });
});

describe('sentenceFeatures (property)', () => {
  it('has one figure per number that is not a year, each led by that number', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 99_999 }).filter((n) => n < 1800 || n > 2099), { minLength: 1, maxLength: 4 }), (numbers) => {
        const text = `Er waren ${numbers.map((n) => `${n} agenten`).join(', ')} in Almaty.`;
        const counts = features(text).counts;
        expect(counts).toHaveLength(numbers.length);
        expect(counts.map((c) => c[0])).toEqual(numbers.map(String));
        expect(counts.every((c) => c[1] === term('agenten'))).toBe(true);
      }),
      { seed: 20220106, numRuns: 100 },
    );
  });
});

describe('namesSomeone', () => {
  it('takes a people adjective before a word the question asked as part of what was asked, not as who', () => {
    const text = 'Zondag ontsloeg hij twee agenten van de Kazachse veiligheidsdienst.';
    const { words } = analyzeText(text, CONTEXT);
    const names = new Set([term('kazachse')]);
    expect(namesSomeone(text, words, names, new Set([term('veiligheidsdienst')]))).toBe(false);
    // Asked about something else, "Kazachse" still says whose.
    expect(namesSomeone(text, words, names, new Set([term('agenten')]))).toBe(true);
  });

  it('takes who says it ("volgens Tokayev", "aldus Poetin") for the source, not for who did it', () => {
    const text = 'Volgens Tokayev hebben terroristen depots bestormd.';
    const { words } = analyzeText(text, CONTEXT);
    expect(namesSomeone(text, words, new Set([term('tokayev')]), new Set([term('bestormd')]))).toBe(false);
    const named = 'Tokayev zegt dat terroristen depots bestormden.';
    expect(namesSomeone(named, analyzeText(named, CONTEXT).words, new Set([term('tokayev')]), new Set([term('depots')]))).toBe(true);
  });
});

describe('namesOwner', () => {
  it('takes a name after "van" past its roles and names, or a possessive name, not asked by the question', () => {
    const text = 'Zij stonden bekend als vertrouwelingen van oud-president Noersoeltan Nazarbajev.';
    const { words } = analyzeText(text, CONTEXT);
    const names = new Set([term('noersoeltan'), term('nazarbajev')]);
    expect(namesOwner(text, words, names, new Set([term('vertrouwelingen')]))).toBe(true);
    // The question named him: it asks for someone else.
    expect(namesOwner(text, words, names, new Set([term('noersoeltan'), term('nazarbajev')]))).toBe(false);
    const possessive = 'Tokajev liet Nazarbajevs rechterhand arresteren.';
    const held = analyzeText(possessive, CONTEXT).words;
    const owner = held.find((w) => w.form === 'nazarbajevs')?.term as string;
    expect(namesOwner(possessive, held, new Set([term('tokajev'), owner]), new Set([term('rechterhand')]))).toBe(true);
  });

  it('does not take the doer, nor a people adjective of what is owned ("van de Kazachse veiligheidsdienst")', () => {
    const text = 'Zondag ontsloeg Tokajev twee vicevoorzitters van de Kazachse veiligheidsdienst.';
    const { words } = analyzeText(text, CONTEXT);
    expect(namesOwner(text, words, new Set([term('tokajev'), term('kazachse')]), new Set([term('vicevoorzitters')]))).toBe(false);
  });
});

describe('placesName', () => {
  const placed = (text: string, name: string, places: string[] = []): boolean => {
    const { words } = analyzeText(text, CONTEXT);
    const names = new Set([term(name), ...words.filter((w) => /^\p{Lu}/u.test(text.slice(w.start))).map((w) => w.term)]);
    return placesName(text, words, names, new Set(places.map(term)), new Set([term(name)]));
  };

  it('takes a place after the name, in its clause, behind a preposition of place', () => {
    expect(placed('Volgens zijn woordvoerder verblijft Nazarbajev in Almaty.', 'nazarbajev')).toBe(true);
    expect(placed('Tokajev zit in het buitenland.', 'tokajev', ['buitenland'])).toBe(true);
  });

  it('not where the name is an owner, a comparison or a source, nor a name that is no place', () => {
    expect(placed('Rusland stuurde troepen naar Kazachstan om de regering van president Tokajev te steunen.', 'tokajev')).toBe(false);
    expect(placed('Net als Tokajev zoekt Poetin de oorzaak in het buitenland.', 'tokajev', ['buitenland'])).toBe(false);
    expect(placed('Tokajev probeert de hulp van Rusland te rechtvaardigen.', 'tokajev')).toBe(false);
  });
});

describe('appositionRestates', () => {
  it('holds where the apposition says what the question itself says ("which country trained the terrorists")', () => {
    const text = 'Volgens hem hebben terroristen, die in het buitenland getraind zijn, depots bestormd.';
    const { words } = analyzeText(text, CONTEXT);
    expect(appositionRestates(text, words, new Set([term('terroristen'), term('getraind')]))).toBe(true);
    // Asked who the terrorists are, it describes them.
    expect(appositionRestates(text, words, new Set([term('terroristen')]))).toBe(false);
    // A noun apposition defines whoever it follows, whatever it repeats ("who is former president Nazarbayev").
    const noun = 'Nazarbajev, de oud-president van Kazachstan, is vertrokken.';
    expect(appositionRestates(noun, analyzeText(noun, CONTEXT).words, new Set([term('nazarbajev'), term('oud-president')]))).toBe(false);
    // A word of the question after the apposition's end is not in it.
    expect(appositionRestates(text, words, new Set([term('terroristen'), term('depots')]))).toBe(false);
  });
});

describe('describesMatch', () => {
  const describedAs = (text: string, matchedForms: string[]) => {
    const { words } = analyzeText(text, CONTEXT);
    const matched = new Set(words.filter((w) => matchedForms.includes(w.form)).map((w) => w.term));
    expect(matched.size).toBe(matchedForms.length);
    return describesMatch(text, words, matched);
  };

  it.each([
    ['Nazarbajev, de zelfbenoemde leider van de natie, trad af.', ['nazarbajev'], 'apposition'],
    ['Masimov, de rechterhand van Nazarbajev, werd gearresteerd.', ['masimov'], 'apposition'],
    ['Tokajev, die sinds 2019 president is, sprak.', ['tokajev'], 'apposition'],
    ['Putin, the Russian president, spoke.', ['putin'], 'apposition'],
    ['Zaterdag werd oud-president Noersoeltan Nazarbajev gezien.', ['nazarbajev'], 'role'],
    ['De politiechef Jan Smit werd ontslagen.', ['smit'], 'role'],
    // A role the question asked about does not say who.
    ['De politiechef Jan Smit werd ontslagen.', ['smit', 'politiechef'], undefined],
    // Asked who the colonel is: another role beside the one asked is another person.
    ['Een politiechef en een kolonel uit de inlichtingendienst pleegden zelfmoord.', ['kolonel', 'inlichtingendienst'], undefined],
    // Asked who was fired at the service: the role beside it describes who.
    ['Zondag ontsloeg hij twee vicevoorzitters van de veiligheidsdienst.', ['ontsloeg', 'veiligheidsdienst'], 'role'],
    // A possessive describes someone else: Nazarbajev's right hand is Masimov.
    ['Nazarbajevs rechterhand Karim Masimov werd gearresteerd.', ['nazarbajevs'], undefined],
    // Too far from the name.
    ['Nazarbajev was jarenlang in veel landen een bekende president.', ['nazarbajev'], undefined],
    ['De gevechten waren het zwaarst in Almaty.', ['almaty'], undefined],
  ])('%j describes %j: %s', (text, matched, expected) => {
    expect(describedAs(text, matched)).toBe(expected);
  });

  it('prefers an apposition to a role word', () => {
    expect(describedAs('Oud-president Nazarbajev, de leider van de natie, trad af.', ['nazarbajev'])).toBe('apposition');
  });
});

describe('sentenceFeatures: a time of day', () => {
  it.each(['Om 8 uur ging het internet weer aan.', 'Het internet kwam om 10:30 terug.', "Demonstranten trokken 's avonds de straat op.", 'The curfew starts at midnight.'])('%j gives an hour', (text) => {
    expect(features(text).clock).toBe(true);
  });

  it.each(['Maandag hadden inwoners een paar uur internet.', 'Bijna 8.000 mensen zijn gearresteerd.', 'Het land produceert 1,6 miljoen vaten per dag.'])('%j gives none', (text) => {
    expect(features(text).clock).toBe(false);
  });
});

describe('sentenceFeatures: things said but not which', () => {
  it.each([
    ['Enkele buurlanden van Afghanistan vroegen om hulp.', [term('buurlanden')]],
    ['Een aantal hoge functionarissen moest vertrekken.', [term('hoge'), term('functionarissen')]],
    ['Tadzjikistan en Oezbekistan vroegen om hulp.', []],
    // Plural things named only as "the things" at a clause's end; not a name, not one thing, not things said more of.
    ['De troepen worden uitgezonden naar de olie-installaties.', [term('olie-installaties')]],
    ['De CSTO wordt gezien als tegenhanger van de Navo.', []],
    ['Er vielen 164 doden onder de bevolking, zei de zender.', []],
    ['De troepen bewaken de installaties van het leger.', []],
  ])('%j leaves open which %j', (text, vague) => {
    expect(features(text).vague).toEqual(vague);
  });
});
