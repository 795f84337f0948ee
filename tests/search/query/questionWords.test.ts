/** Question words: what kind of answer is wanted, and which words are no content. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarAsked, readQuestionWords, type Intent } from '../../../src/search/query/questionWords.js';

const read = (question: string): { intents: Intent[]; consumed: number[] } => {
  const parse = readQuestionWords(question.split(' '));
  return { intents: [...parse.intents].sort(), consumed: [...parse.consumed].sort((a, b) => a - b) };
};

/** Whether `word` of the question (split on spaces) is read as a question word or framing, not content. */
const readsAsFraming = (question: string, word: string): boolean => {
  const words = question.split(' ');
  return readQuestionWords(words).consumed.has(words.indexOf(word));
};

describe('readQuestionWords', () => {
  it.each(['what does our dossier say about paratroopers', 'how many troops per our dossier', 'wat zegt ons dossier over de troepen', 'hoeveel troepen volgens dat artikel'])('reads the dossier named as the source in %j as no quote asked', (question) => {
    expect([...readQuestionWords(question.split(' ')).intents]).not.toContain('quote');
  });

  it.each(['hoe laat was er weer internet', 'what time does the curfew start', 'om hoe laat begon het'])('asks an hour in %j, not only a day', (question) => {
    expect([...readQuestionWords(question.split(' ')).intents]).toEqual(['clock']);
  });

  it.each(['wanneer kon de csto volgens het oude standpunt worden ingeschakeld', 'under the old doctrine in what situation could a member invoke the alliance'])('reads the rules named in %j as no source quoted', (question) => {
    const parse = readQuestionWords(question.split(' '));
    expect([...parse.intents]).not.toContain('quote');
    expect(parse.consumed.size).toBeGreaterThan(3);
  });

  it.each(['which foreign country trained the terrorists', 'which kazakh city had the most deaths', 'in welke andere stad vielen doden'])('asks a place named in %j, past the words qualifying its kind', (question) => {
    expect([...readQuestionWords(question.split(' ')).intents]).toContain('where');
  });

  it('asks no place of "which russian airborne unit"', () => {
    expect([...readQuestionWords('which russian airborne unit'.split(' ')).intents]).not.toContain('where');
  });

  it('takes no answer type from the sentences around the question (contextSentences.ts)', () => {
    const words = 'putin says moscow sent soldiers whose government are they keeping up'.split(' ');
    expect([...readQuestionWords(words).intents]).toContain('quote');
    expect([...readQuestionWords(words, { context: new Set([0, 1, 2, 3, 4, 5]) }).intents]).not.toContain('quote');
  });

  it.each([
    ['how many people were arrested', ['figure'], [0, 1]],
    ['hoeveel mensen zijn gearresteerd', ['figure'], [0]],
    ['hoe veel doden', ['figure'], [0, 1]],
    ['death toll almaty', ['figure'], [1]],
    ['hoe lang blijven de troepen', ['duration'], [0, 1]],
    ['for how long will the csto stay', ['duration'], [0, 1, 2]],
    ['tot wanneer blijven de russen', ['duration'], [0, 1]],
    ['until when will the troops stay', ['duration'], [0, 1]],
    ['hoe oud is nazarbajev', ['age'], [0, 1]],
    ['wie is tokajev', ['who'], [0]],
    ['welke landen stuurden troepen', ['who'], [0, 1]],
    ['what is the name of the police chief', ['name'], [0, 1, 2, 3, 4]],
    ['hoe heet de politiechef', ['name'], [0, 1]],
    ['wanneer begon de opstand', ['when'], [0]],
    ['since when is tokajev president', ['when'], [0, 1]],
    // What a measure or price is asks for its figure; not what is behind it, and typed alone it is a topic.
    ['what is the petrol price', ['figure'], [0]],
    ['wat is de bevolking van almaty', ['figure'], [0]],
    ['what is behind the fuel price protests', ['why'], [0, 1, 2]],
    // What started the story itself, the object between verb and particle.
    ['what set the whole thing off', ['why'], [0, 1, 2, 3, 4, 5]],
    // What something is for asks its reason.
    ['what is the point of bringing in foreign help', ['why'], [0, 1, 2, 3, 4]],
    // A firm figure is the dossier's figure, however firm.
    ['what is the death toll do we have a solid number', ['figure'], [0, 4, 5, 6, 7, 8, 9, 10]],
    ['fuel prices', [], []],
    // "What kind of X is Y" asks what Y is.
    ['what kind of organisation is the csto', ['who'], [0, 1, 2, 3, 4]],
    ['wat voor organisatie is de csto', ['who'], [0, 1, 2, 3]],
    ['what kind of weapons were used in almaty', ['which'], [0, 1, 2]],
    // An idiom of the question's framing is no content.
    ['who put him in power in the first place', ['who'], [0, 5, 6, 7, 8]],
    // Confirming is what a yes/no question asks of its claim; "who confirmed" asks who.
    ['is the 164 figure confirmed', ['figure'], [3, 4]],
    ['klopt het dat de doden bevestigd zijn', [], [0, 1, 2, 5]],
    ['who confirmed the deaths', ['who'], [0]],
    // Whom they belong to: a generic "people" after "whose", "hoorden", "close to" only say belonging.
    ['whose people were the sacked deputies', ['owner', 'who'], [0, 1]],
    ['van wie waren de ontslagen vicevoorzitters vertrouwelingen', ['owner', 'who'], [1]],
    ['bij wie hoorden die ontslagen vicevoorzitters', ['owner', 'who'], [1, 2]],
    ['who were those sacked chiefs close to', ['owner', 'who'], [0, 5, 6]],
    ['whose loyalists were the sacked deputies', ['owner', 'who'], [0]],
    // Making sure of what the clause says, and "wat … betreft", frame it; worrying does not.
    ['hoe zorgden de betogers ervoor dat de olie stil lag', [], [0, 1, 4]],
    ['is de csto veranderd wat binnenlandse onrust betreft', [], [4, 7]],
    ['maakt tokajev zich zorgen dat hij de macht verliest', [], []],
    // "How long before/after" asks the time between two events.
    ['how long before the deployment did moscow warn', ['interval'], [0, 1]],
    ['hoe lang na de waarschuwing kwamen de troepen', ['interval'], [0, 1]],
    // "count as" is being regarded as, and "one" after a preposition is one of them: no figure.
    ['does an attack on one member count as an attack on all', [], [4]],
    // Which piece says it is the source; "vs" sets two things side by side.
    ['first story said nobody knew the size', [], [0, 1, 2]],
    ['8000 arrests vs the number of opponents', ['figure'], [2, 4, 5]],
    // Who calls it so asks whose word it is; naming oneself or calling the shots asks who.
    ['wie noemt de troepen een vredesmacht', ['source'], [0, 1]],
    ['who calls the shots in the csto', ['who'], [0]],
    ['who calls himself leader of the nation', ['who'], [0]],
    // A rough figure asked ("zo'n", "pakweg"): every figure of the dossier is one.
    ["zijn er zo'n 8000 mensen opgepakt", [], [2]],
    ['zijn er pakweg 8000 mensen opgepakt', [], [2]],
    // "Happen to know" only frames; "how high" asks a figure.
    // Asking for the source frames: every answer is cited ("hebben we een bron", "- source?" at the end).
    ['hebben betogers treinen tegengehouden hebben we een bron', [], [4, 5, 6, 7]],
    ['two officers beheaded source', [], [3]],
    ['bron voor csto russisch antwoord op de navo', [], [0, 1]],
    // A kind of what is named asks the thing; "according to the analysis" names the piece; an intensifier frames.
    ['is the csto a sort of counterweight to nato', [], [3, 4, 5]],
    ['is de csto een soort russische navo', [], [3, 4]],
    ['has tokayev lost his grip according to the analysis', [], [5, 6, 7, 8]],
    ['was it a full-blown uprising', [], [3]],
    // What something did to another asks the causal link, as "why" does.
    ['what effect did the troops have on the militants', ['why'], [0, 1]],
    ['welk effect had de komst van de troepen', ['why'], [0, 1]],
    ['what is the source of the unrest', ['source'], [0, 1, 2, 3, 4]],
    ['hoe hoog waren de brandstofprijzen', ['figure'], [0, 1]],
    ['when was nazarbayev last seen, does anyone happen to know', ['when'], [0, 5, 6, 7, 8, 9]],
    // Hedges on a name ("zogenaamde") and "at this point" frame.
    ['waar zijn die zogenaamde terroristen getraind', ['where'], [0, 3]],
    ['who controls the airport at this point', ['who'], [0, 4, 5, 6]],
    // Where the line stands in the copy frames it ("in mijn concept staat dat …").
    ['in mijn concept staat dat nazarbajev 81 is', [], [0, 1, 2, 3, 4]],
    // Whether a line may run ("mag ik schrijven dat …") checks the claim after it.
    ['mag ik schrijven dat er 164 doden zijn', [], [0, 1, 2, 3]],
    // The verb that holds a cause asked as a thing only asks for it.
    ['waar legt poetin de oorzaak van het geweld', ['where', 'why'], [0, 1, 4]],
    ['what reason does tokayev give for the purge', ['why'], [0, 1, 4]],
    // The piece as the one who thinks is the source; a full name is a name.
    ['why does the piece think tokayev is scared', ['why'], [0, 1, 2, 3, 4]],
    ['full name of the kazakh president', ['name'], [0, 1, 2]],
    // "whose the leader" is a typo for "who's"; "whose claim is that" asks for the source.
    ['whose the leader of the nation', ['who'], [0]],
    ['who fired the deputies', ['who'], [0]],
    // A class of people after "which" is the kind of answer, not a word of it.
    ['welke groepen vochten in kirgizie', ['who'], [0, 1]],
    ['welke andere staten hebben troepen beloofd', ['who'], [0, 1, 2]],
    // The aim asked as a thing, after a why: what for.
    ["why is tokayev purging them what's the aim", ['why'], [0, 5, 6, 7]],
    ['which people were arrested', ['who'], [0, 1]],
    ['welke functie raakte hij kwijt', [], [0, 1]],
    ['what title did he give himself', [], [0, 1]],
    // "when" inside a question that already asked opens a clause; "waar … voor" asks what for.
    ['what rules apply when a member wants help', [], [0, 3]],
    ['how long and when', ['duration', 'when'], [0, 1, 3]],
    ['waar zijn de paratroepers voor opgeleid', [], [0, 4]],
    ['waar gaat het om', [], [0, 3]],
    ['waar vonden de gevechten plaats', ['where'], [0]],
    ['waar zit de familie van nazarbajev', ['where'], [0]],
    // The split preposition may stand before the verbs that close the clause, or before who says so.
    ['waar lijkt hij zich zorgen over te maken', [], [0, 5]],
    ['waar zit moskou nou over te overleggen', [], [0, 4]],
    ['klopt het dat het de tegenstanders zijn waar tokajev het over had', [], [0, 1, 2, 7, 10]],
    ['waar is kazachstan het slachtoffer van volgens poetin', ['quote'], [0, 5, 6]],
    ['waar is de leider van de rebellen', ['where'], [0]],
    // Or before a phrase put after it; not a preposition of a phrase of its own ("van de csto").
    ['waar overlegt moskou over met kazachstan', [], [0, 3]],
    ['waar vechten ze om in kirgizie', [], [0, 3]],
    ['waar komen de troepen van de csto vandaan', ['where'], [0]],
    // Which piece says it is the source, not a quote asked for.
    ['hoeveel doden vielen er volgens het tweede stuk', ['figure'], [0, 4, 5, 6, 7]],
    ['what is the troop total in the later article', [], [0, 5, 6, 7, 8]],
    ['waar zijn de troepen van rusland gebleven', ['where'], [0]],
    ['waar werden de demonstranten door agenten beschoten', ['where'], [0]],
    // How long ago asks when, not how long.
    ['how long ago was the last mission', ['when'], [0, 1, 2]],
    ['hoe lang geleden is hij vervangen', ['when'], [0, 1, 2]],
    ['op welke dag begon de opstand', ['date'], [0, 1, 2]],
    ['what year did the csto intervene', ['date'], [0, 1]],
    ['kirgizie hulpverzoek csto jaartal', ['date'], [3]],
    ['waar vonden de gevechten plaats', ['where'], [0]],
    ['waarom stuurde rusland troepen', ['why'], [0]],
    ['what set off the protests', ['why'], [0, 1, 2]],
    ['wat is de oorzaak van het geweld', ['why'], [0, 1, 2, 3]],
    ['volgens wie was het een staatsgreep', ['source'], [0, 1]],
    ['who says officers were beheaded', ['source'], [0, 1]],
    ['who put out the arrest figure', ['figure', 'source'], [0, 1, 2, 5]],
    ['staat dat getal nog', ['figure'], [2]],
    ['who is the source for the figure', ['figure', 'source'], [0, 1, 2, 3, 4, 6]],
    ['wat vindt poetin van de opstand', ['quote'], [0, 1]],
    // A bare question word says a question is asked, but not what kind.
    ['wat gebeurde er in almaty', [], [0]],
    // The source named in the question is no content, no question word, and no quote asked.
    ['heeft tokajev de situatie in de hand volgens de krant', [], [7, 8, 9]],
    ['what does the article say about the death toll', ['figure'], [0, 1, 2, 3, 4, 8]],
    // The newsroom's framing around the question (who asks, for which page) is no content either.
    ['desk wants to know how many people died', ['figure'], [0, 1, 2, 3, 4, 5]],
    ['voor de economiepagina hoe afhankelijk is kazachstan van olie', [], [0, 1, 2, 3]],
    ['for the sports page who won', ['who'], [0, 1, 2, 3, 4]],
    ['has nazarbayev fled anything in the dossier on that', [], [3, 4, 5, 6, 7, 8]],
    // Asking for conditions asks for a condition; its words are no content.
    ['under what circumstances could members call in the csto', ['condition'], [0, 1, 2]],
    ['in welke gevallen mag de csto ingrijpen', ['condition'], [0, 1, 2]],
    // "Het voor het zeggen hebben" is being in charge: no quote asked, no content.
    ['wie heeft het voor het zeggen binnen de csto', ['who'], [0, 5]],
    // "What does X stand for" asks what it is.
    ['what does csto stand for', ['who'], [0, 3, 4]],
    ['waar staat csto voor', ['who'], [0, 1, 3]],
    // A tag after a claim is no content either.
    ['the csto sent 2000 troops is that right', [], [5, 6, 7]],
    // A fact-checker's opening is no content: the claim after it is the question.
    ['klopt het dat er 16 doden vielen', [], [0, 1, 2]],
    ['was it confirmed that russia sent troops', [], [0, 1, 2, 3]],
    // Comparing amounts wants each one's figure: a group's total does not say who sent more.
    ['did tajikistan send more troops than armenia', ['figure'], []],
    ['stuurde armenie meer militairen dan belarus', ['figure'], []],
    // Claiming an amount wants the figure that settles it.
    ['did more than 2000 troops arrive', ['figure'], []],
    ['what is happening exactly', [], [0]],
    ['wat is er precies gebeurd', [], [0]],
    // Exactness in "what is X" asks for nothing more than what it is; "these days" is now.
    ['what exactly is the csto', ['who'], [0, 1]],
    ['wat is de csto precies', ['who'], [0, 4]],
    ['where is the former president these days', ['where'], [0, 5, 6]],
    ['will tokayev show proof at some point', [], [4, 5, 6]],
    ['how many dead so far', ['figure'], [0, 1, 3, 4]],
    // How long a state has lasted up to now is since when: a start answers it.
    ['how long has tokayev been in power', ['when'], [0, 1]],
    ['hoe lang zit tokajev al aan de macht', ['when'], [0, 1]],
    ['how long did the internet blackout last', ['duration'], [0, 1]],
    // Asking how things were before names a time, not a thing.
    ['when could members originally call on the csto', ['condition'], [0, 3]],
    // An effect asked alone, as a keyword, asks the causal link as "what effect" does.
    ['effect buitenlandse troepen op militanten', ['why'], [0]],
    ['knock-on effect of the blockade', ['why'], [1]],
    // What something achieved is its effect; a force's size is a figure; "what's the rule" asks in which case.
    ['what did the foreign troops achieve', ['why'], [0, 5]],
    ['csto force size', ['figure'], [2]],
    // The task asked of a force is what it is there for.
    ['welke taak krijgen de csto-soldaten in kazachstan', ['why'], [0, 1]],
    ['when can a member call in the csto whats the rule', ['condition'], [0, 8, 9, 10]],
    ['risk of a bloody confrontation under what condition', ['condition'], [5, 6, 7]],
    ['who is the talking head on maidan techniques', ['source'], [0, 1, 2, 3, 4, 5]],
    ['waartegen werd er aanvankelijk gedemonstreerd', [], [0, 3]],
    // What everyone talks about is what is asked, not who talks.
    ['who are these terrorists everyone keeps mentioning', ['who'], [0, 4, 5, 6]],
    // "On the ground" is where it happens, as in every sentence; "boots on the ground" are troops.
    ['what is happening on the ground in almaty', [], [0, 3, 4, 5]],
    ['russian boots on the ground', [], []],
    // Reports as the source: "the reported cause" asks the cause, "volgens de berichten" as "volgens de krant".
    ['what was the reported cause of death', ['why'], [0, 2, 3, 4]],
    ['is de politiechef volgens de berichten overleden', [], [3, 4, 5]],
    // A discourse marker is no content: "nato for instance" asks about NATO.
    ['can a member join nato for instance', [], [5, 6]],
    // "weten we" frames only before a question word: "waarom weten we zo weinig" asks why little is known.
    ['weten we waar de troepen zijn', ['where'], [0, 1, 2]],
    ['waarom weten we zo weinig', ['why'], [0]],
    // "What is X" with a filler ("eigenlijk", "basically") still asks what X is.
    ['wat is de csto eigenlijk', ['who'], [0]],
    ['wat is de csto nou precies', ['who'], [0, 5]],
    // Asked inside a sentence, verb last; not what happened.
    ['could someone explain what the csto actually is', ['who'], [2, 3]],
    ['weet iemand wat de csto eigenlijk is', ['who'], [0, 1, 2]],
    ['kun je uitleggen wat er gebeurd is', [], [3]],
    ['what is the csto basically', ['who'], [0]],
    ['what is the csto anyway', ['who'], [0]],
    // Whereabouts ask where; a soundbite is a quote; "fair?" checks a line; the latest is what the dossier has; "stuff" is filler.
    ['what are the former president whereabouts', ['where'], [0, 5]],
    ['need a putin soundbite on interference', ['quote'], [3]],
    ['tokayev calls unrest attempted coup fair', [], [5]],
    ['when did putin bring up the maidan stuff', ['when'], [0, 7]],
    // What is said of a thing, not what it is.
    ['what is the latest on the curfew', [], [0, 2, 3, 4]],
    // Hanging out somewhere is what "where" asks; "stationed" stays, a sentence may say it is unknown.
    ['weet iemand waar nazarbajev uithangt', ['where'], [0, 1, 2, 4]],
    ['where are the troops stationed', ['where'], [0]],
    // What something was about asks what it concerned, no definition.
    ['what was that afghanistan job about', [], [0, 4]],
    ['what was that afghanistan job', ['who'], [0, 4]],
    // Lying somewhere is being there: "waar lagen de auto's" asks where, "lagen" is no content; "zich bevinden" stays (a sentence says it is unknown).
    ['waar lagen de autos', ['where'], [0, 1]],
    ['where are the cars located', ['where'], [0, 4]],
    // Their streets are their country, not a street asked about.
    ['how will kazakhs react to soldiers on their streets', [], [0, 6, 7, 8]],
    // Named first, then asked of.
    ['csto what is it', ['who'], [1, 2, 3]],
    ['maidan wat is dat', ['who'], [1]],
    ['how', [], [0]],
    // Dutch "of what", "about what": one question word, never a rare content word that blocks an answer.
    ['waarvan wordt masimov beschuldigd', [], [0]],
    ['waarover sprak poetin', ['quote'], [0, 1]],
    ['waardoor ontstond de onrust', ['why'], [0]],
    // A measure named without a question word asks for its figure, and stays what is searched.
    ['population of almaty', ['figure'], []],
    ['dodental almaty', ['figure'], []],
    ['how did the population react', [], [0]],
    // "Which X" and "which of the X" want the X specified; not a question word after it.
    ['which neighbours asked for help', ['which'], [0]],
    ['welke functionarissen moesten vertrekken', ['which'], [0]],
    ['which of the officials resigned', ['which'], [0]],
    ['welke van de buurlanden vroegen om hulp', ['which'], [0]],
    // Which place asks for one named ("in welke stad", "which country").
    ['in welke stad pleegde de politiechef zelfmoord', ['where', 'which'], [1]],
    ['which cities were hit hardest', ['where', 'which'], [0]],
    // "Naar welk land": a destination; "welk land" alone asks who did it.
    ['naar welk land is hij gevlucht', ['where', 'who'], [1, 2]],
    ['welk land vroeg om hulp', ['who'], [0, 1]],
    ['which country did he flee to', ['where', 'who'], [0, 1]],
    ['which of these is true', [], [0]],
    // Asking for the exact words: exactness is what a quote gives, not a word to search.
    ['what exactly did putin say', ['quote'], [0, 1, 4]],
    ['exact putin wording on destabilisation', ['quote'], [0, 2]],
    ['was the report exact', [], []],
  ])('%j → intents %j, question words at %j', (question, intents, consumed) => {
    expect(read(question)).toEqual({ intents, consumed });
  });

  it('reads a speech verb after a question word as asking for a statement', () => {
    expect(read('what did putin say')).toEqual({ intents: ['quote'], consumed: [0, 3] });
    expect(read('wat zei tokajev over de troepen')).toEqual({ intents: ['quote'], consumed: [0, 1] });
  });

  it('reads a speech verb later in a question without question words too, but not one that opens it', () => {
    expect(read('tokajev zei')).toEqual({ intents: ['quote'], consumed: [1] });
    expect(read('zei tokajev')).toEqual({ intents: [], consumed: [] });
    expect(read('zei')).toEqual({ intents: [], consumed: [] });
  });

  it('reads "which countries said they would …" as asking who pledged it, "what did X say he would do" as asking for the words', () => {
    expect(read('which countries said they would send troops')).toEqual({ intents: ['who'], consumed: [0, 1, 2] });
    expect(read('what did putin say he would do')).toEqual({ intents: ['quote'], consumed: [0, 3] });
    // "What does X tell us about Y" asks what it shows.
    expect(read('what does the purge tell us about his fears')).toEqual({ intents: [], consumed: [0, 4, 5] });
  });

  it('reads "told X to …" as an order, not a statement', () => {
    expect(read('did tokajev tell the army to shoot')).toEqual({ intents: [], consumed: [2] });
    expect(read('who told the troops to open fire')).toEqual({ intents: ['who'], consumed: [0, 1] });
    expect(read('what did tokajev tell the army')).toEqual({ intents: ['quote'], consumed: [0, 3] });
  });

  it('finds no question words among content words', () => {
    expect(read('tokajev almaty csto 8.000 arrestaties')).toEqual({ intents: [], consumed: [] });
    expect(readQuestionWords([])).toEqual({ intents: new Set(), consumed: new Set(), polar: false, earlier: false, ahead: false, objectAsked: false, compares: false, checks: false, namesRoles: false });
  });

  it.each([
    ['was tokayev arrested', true],
    ['heeft de csto ingegrepen', true],
    ['did nazarbayev die', true],
    ['when was tokayev arrested', false],
    ['tokayev arrested', false],
    ['is er een avondklok', true],
    ['how many were arrested', false],
    ['heeft tokajev de situatie in de hand volgens de krant', true],
    // A fact-checker's opening asks the claim after it, yes or no.
    ['klopt het dat er 16 doden vielen', true],
    ['is it true that tokayev fired his deputies', true],
    // A tag after a claim makes it a yes/no question too.
    ['164 doden klopt dat', true],
    ['the authorities confirmed 164 deaths correct', true],
    ['waar', false],
    // A claim the newsroom checks, with the tag asking for it.
    ['reports say nazarbaev has fled abroad can we confirm', true],
    ['tokaev called it an attempted coup can i use that line', true],
    ['a wire story says troops were killed does our material back that up', true],
    // A claimed amount is asked as a figure, not as yes or no.
    ['is it true that more than 160 people died', false],
    // The desk checking a line: an imperative, whether it may run, whether it may go in the caption.
    ['confirm the csto flew in the troops', true],
    ['can we say putin blamed the west', true],
    ['nazarbaev ran kazakhstan for decades ok for the caption', true],
    ['what does the article say about arrests', false],
    // Who says it, or that someone said it, is part of the claim a tag checks.
    ['volgens de politie zijn er honderden relschoppers gedood klopt dat', true],
    ['poetin zei dat de troepen binnen twee weken vertrekken klopt dat', true],
    ['tokayev told the army to shoot without warning confirmed', true],
    ['can someone check 80,000 arrests', true],
    ['tokayev called it a coup can we print that as fact', true],
    // A figure stated as a claim, pasted without a mark, is checked; a keyword query with a number is not.
    ['de csto heeft 5000 man naar kazachstan gestuurd', true],
    ['8000 arrests almaty', false],
    // A claim seen elsewhere, asked whether it holds.
    ['viral tweet says officials confirmed 164 civilians dead does that hold', true],
    ['rumour going round that nazarbayev has fled abroad does it hold up', true],
    // Whether a figure is the one: "…, is that the number?"
    ['around 80,000 detained is that the number', true],
  ])('%j is a yes/no question: %s', (question, polar) => {
    expect(readQuestionWords(question.split(' ')).polar).toBe(polar);
  });

  it('reads a reported claim asked with a question mark as a check of it, not as asking for a quote ("Tokajev zegt dat … voorbij is?")', () => {
    const words = 'tokajev zegt dat de jacht voorbij is'.split(' ');
    expect(readQuestionWords(words, { questionMark: true }).polar).toBe(true);
    expect([...readQuestionWords(words, { questionMark: true }).intents]).toEqual([]);
    // Without the mark it asks for what was said; a question word asks as it does.
    expect([...readQuestionWords(words).intents]).toEqual(['quote']);
    expect(readQuestionWords('wat zegt tokajev dat er gebeurt'.split(' '), { questionMark: true }).polar).toBe(false);
  });

  it('reads "what will X do" as asking what will be, not what was done', () => {
    expect(readQuestionWords('what will the csto troops actually be doing there'.split(' ')).ahead).toBe(true);
    expect(readQuestionWords('wat gaan die buitenlandse troepen daar precies doen'.split(' ')).ahead).toBe(true);
    expect(readQuestionWords('what did the troops do'.split(' ')).ahead).toBe(false);
    expect(readQuestionWords('what will the troops guard'.split(' ')).ahead).toBe(false);
  });

  it('reads whose view frames a yes/no claim as no content ("does Putin think …")', () => {
    expect([...readQuestionWords('does putin think this is the last attempt'.split(' ')).consumed]).toContain(2);
    expect([...readQuestionWords('do they believe the troops will stay'.split(' ')).consumed]).toContain(2);
    // Not the thing thought, nor where nothing follows it.
    expect([...readQuestionWords('what does putin think'.split(' ')).consumed]).not.toContain(3);
    expect([...readQuestionWords('does putin think so'.split(' ')).consumed]).not.toContain(2);
  });

  it('reads whose view a question asks in as its source ("in the Russian leader\'s view", "in de ogen van"), not "in view of"', () => {
    const consumed = (q: string): number[] => [...readQuestionWords(q.split(' ')).consumed].sort((a, b) => a - b);
    expect(consumed('what is kazakhstan the victim of in the russian leader view')).toEqual(expect.arrayContaining([0, 6, 10]));
    expect(consumed('wie zit er achter in de ogen van tokajev')).toEqual(expect.arrayContaining([4, 5, 6, 7]));
    expect(consumed('troops stay in view of the unrest')).not.toContain(3);
  });

  it('reads two things set side by side', () => {
    const compares = (q: string): boolean => readQuestionWords(q.split(' ')).compares;
    expect(compares('does the 8k arrests figure match the number of bandits')).toBe(true);
    expect(compares('hoe verhoudt het aantal arrestaties zich tot het aantal tegenstanders')).toBe(true);
    expect(compares('are there more arrests than fighters')).toBe(true);
    expect(compares('how many foreigners are among the people detained')).toBe(false);
  });

  it('reads "back in 2010" as then, not as support', () => {
    const parse = readQuestionWords('did the csto go into kyrgyzstan back in 2010'.split(' '));
    expect(parse.earlier).toBe(true);
    expect([...parse.consumed]).toEqual(expect.arrayContaining([6, 7]));
    expect(readQuestionWords('did russia back the government'.split(' ')).earlier).toBe(false);
  });

  it('reads the unit of time a question asks exactly', () => {
    const unit = (q: string) => calendarAsked(q.split(' '));
    expect(unit('in which month of 2010 did kyrgyzstan ask for help')).toBe('month');
    expect(unit('in welk jaar vroeg kirgizie om hulp')).toBe('year');
    expect(unit('jaartal kirgizie hulpverzoek')).toBe('year');
    expect(unit('what was the exact date of the deployment')).toBe('day');
    expect(unit('when did kyrgyzstan ask for help')).toBeUndefined();
    expect(unit('how many years did nazarbayev rule')).toBeUndefined();
  });

  it('reads "what" as what the verb is done to after an auxiliary, in one clause', () => {
    const objectAsked = (q: string): boolean => readQuestionWords(q.split(' ')).objectAsked;
    expect(objectAsked('what did tokayev promise')).toBe(true);
    expect(objectAsked('wat moeten de soldaten beschermen')).toBe(true);
    expect(objectAsked('what caused the unrest')).toBe(false);
    expect(objectAsked('how many troops did russia send')).toBe(false);
    expect(objectAsked('wat is het risico als de kazachen de soldaten niet accepteren')).toBe(false);
    expect(objectAsked('did tokayev promise elections')).toBe(false);
    // "Which" with the kind it asks, then the auxiliary.
    expect(objectAsked('which country did the terrorists train in')).toBe(true);
    expect(objectAsked('welke andere staten hebben militairen beloofd')).toBe(true);
    expect(objectAsked('which countries sent troops')).toBe(false);
    // "What kind of X" asks as "which X" does: no yes/no question for its "did".
    expect(objectAsked('what kind of revolutions did putin vow to stop')).toBe(true);
    expect(readQuestionWords('what kind of revolutions did putin vow to stop'.split(' ')).polar).toBe(false);
    expect(readQuestionWords('what kind of revolutions did putin vow to stop'.split(' ')).intents).toEqual(new Set(['which']));
    // What something is stays asked as "what is": "what kind of organisation is the csto".
    expect(readQuestionWords('what kind of organisation is the csto'.split(' ')).intents).toEqual(new Set(['who']));
  });

  it('reads "when will …" as asking what will be: a past time does not answer it', () => {
    const ahead = (q: string): boolean => readQuestionWords(q.split(' ')).ahead;
    expect(ahead('when will the internet be fully back in almaty')).toBe(true);
    expect(ahead('wanneer gaan de troepen weer naar huis')).toBe(true);
    expect(ahead('when is tokayev going to present evidence')).toBe(true);
    expect(ahead('when did the internet come back')).toBe(false);
    expect(ahead('wanneer was het internet terug')).toBe(false);
  });

  it('reads "thing" after what it stands for as filler ("the Maidan thing"), not as something asked', () => {
    expect(readsAsFraming('when did putin bring up the maidan thing', 'thing')).toBe(true);
    expect(readsAsFraming('when did putin bring up the maidan thing', 'maidan')).toBe(false);
  });

  it('reads "the reports that/of" as framing what is reported ("who is denying the reports that …")', () => {
    expect(readsAsFraming('who is denying the reports that nazarbayev fled', 'reports')).toBe(true);
    expect(readsAsFraming('who is denying the reports that nazarbayev fled', 'fled')).toBe(false);
  });

  it('reads "line" as the newsroom\'s word for what someone says, not a position held', () => {
    expect(readsAsFraming('where does the coup line come from', 'line')).toBe(true);
    expect(readsAsFraming('putin colour revolution line', 'line')).toBe(true);
    expect(readsAsFraming('has the csto dropped its old line on domestic unrest', 'line')).toBe(false);
  });

  it('reads "voluit" as the name written out, no content ("CSTO voluit?")', () => {
    expect(readsAsFraming('hoe heet de kazachse president voluit', 'voluit')).toBe(true);
  });

  it('reads "who is the source on that" as asking the source, not who did it', () => {
    expect(readQuestionWords('beheaded cops who is the source on that'.split(' ')).intents).toEqual(new Set(['source']));
    expect(readQuestionWords('twee agenten onthoofd wie is de bron'.split(' ')).intents).toEqual(new Set(['source']));
  });

  it('reads the piece as the one who sketches or paints, as it says ("the worst case the piece sketches")', () => {
    expect(readsAsFraming('what is the worst case the piece sketches', 'sketches')).toBe(true);
    expect(readsAsFraming('welk scenario schetst het stuk', 'schetst')).toBe(true);
  });

  it('reads a stand-in after what it stands for as framing ("the csto afghanistan job"), not a job of its own kind or held before something', () => {
    expect(readsAsFraming('what was the csto afghanistan job about', 'job')).toBe(true);
    expect(readsAsFraming('what happened to nazarbayev job as head of the security council', 'job')).toBe(true);
    expect(readsAsFraming('who helped tokayev into the top job', 'job')).toBe(false);
    expect(readsAsFraming('was it an inside job', 'job')).toBe(false);
    expect(readsAsFraming('what was tokayev job before he became president', 'job')).toBe(false);
    expect(readsAsFraming('did he lose his job', 'job')).toBe(false);
  });

  it('reads who it is explained to, our framing and a precedent as framing; a "bit" after what it stands for too', () => {
    expect(readsAsFraming('how do we explain the csto to listeners in one line', 'listeners')).toBe(true);
    expect(readsAsFraming('is tokayev losing his grip whats our framing', 'framing')).toBe(true);
    expect(readsAsFraming('kyrgyzstan 2010 the csto precedent what happened', 'precedent')).toBe(true);
    expect(readsAsFraming('how do we explain putin maidan techniques bit', 'bit')).toBe(true);
  });

  it('reads a request for brevity ("one line pls", "kort graag") and "how bad is it … wise" as framing, so what is asked stays', () => {
    expect(readsAsFraming('what is the csto exactly one line pls', 'one')).toBe(true);
    expect(readsAsFraming('wat is de csto in het kort', 'kort')).toBe(true);
    expect(readsAsFraming('hoe kort was de inzet', 'kort')).toBe(false);
    expect(readsAsFraming('how bad is it death toll wise', 'wise')).toBe(true);
    expect(readsAsFraming('how bad is it death toll wise', 'bad')).toBe(true);
  });

  it('reads a rule named by what it says as framing ("an attack-on-one-is-attack-on-all rule", "article 5 style clause")', () => {
    expect(readsAsFraming('does the csto have an attack-on-one-is-attack-on-all rule', 'rule')).toBe(true);
    expect(readsAsFraming('csto got an article 5 style clause', 'clause')).toBe(true);
    expect(readsAsFraming('are there rules on when members may ask for help', 'rules')).toBe(false);
  });

  it('reads who is said to say it and early reports as framing ("why are people saying …", "early reports: …")', () => {
    expect(readsAsFraming('why are people saying tokayev has lost it', 'saying')).toBe(true);
    expect(readsAsFraming('early reports at least how many security guys were killed', 'reports')).toBe(true);
  });

  it('reads who the answer is for as framing ("need context for readers")', () => {
    expect(readsAsFraming('what is maidan again need context for readers', 'context')).toBe(true);
    expect(readsAsFraming('what is maidan again need context for readers', 'readers')).toBe(true);
    expect(readsAsFraming('what is maidan again need context for readers', 'maidan')).toBe(false);
    expect(readsAsFraming('explain it for a listener', 'listener')).toBe(true);
  });

  it('reads "what is the deal with" as framing: the thing after it is asked', () => {
    expect(readsAsFraming('what is the deal with the 164 dead figure', 'deal')).toBe(true);
    expect(readsAsFraming('what is the deal with the 164 dead figure', 'dead')).toBe(false);
  });

  it('reads the wire, the material and how firmly it may run as framing ("wire says …", "can we state that flatly or is it hedged")', () => {
    expect(readsAsFraming('wire says over 2,000 troops and hundreds of vehicles', 'wire')).toBe(true);
    expect(readsAsFraming('burnt-out vehicles on the main square is that in our material', 'material')).toBe(true);
    expect(readsAsFraming('16 security personnel died can we state that flatly or is it hedged', 'state')).toBe(true);
    expect(readsAsFraming('16 security personnel died can we state that flatly or is it hedged', 'hedged')).toBe(true);
    expect(readsAsFraming('16 security personnel died can we state that flatly or is it hedged', 'died')).toBe(false);
  });

  it('reads "whose term is that", "who is it attributed to" as asking the source', () => {
    expect(readQuestionWords('draft calls the csto troops peacekeepers whose term is that'.split(' ')).intents).toEqual(new Set(['source']));
    expect(readQuestionWords('beheading claim who is it attributed to'.split(' ')).intents).toEqual(new Set(['source']));
  });

  it('reads "is it fair to describe X as Y" as a claim checked yes or no', () => {
    expect(readQuestionWords('is it fair to describe the csto as a sort of mini nato'.split(' ')).polar).toBe(true);
    expect(readsAsFraming('ok to describe the csto as a counterweight to nato', 'describe')).toBe(true);
    expect(readsAsFraming('is it fair to describe the csto as a sort of mini nato', 'mini')).toBe(true);
  });

  it('reads "whose claim" as asking the source, as "who says" does', () => {
    expect(readQuestionWords('foreign-trained terrorists claim whose claim'.split(' ')).intents).toEqual(new Set(['source']));
  });

  it('reads the copy asked for as framing, not content ("quick one-liner pls")', () => {
    expect(readsAsFraming('what is the csto exactly quick one-liner pls', 'quick')).toBe(true);
    expect(readsAsFraming('what is the csto exactly quick one-liner pls', 'one-liner')).toBe(true);
    expect(readsAsFraming('what is the csto exactly quick one-liner pls', 'csto')).toBe(false);
  });

  it('reads a statement asked with a mark as a claim to check ("two deputy security chiefs were sacked on saturday?")', () => {
    expect(readQuestionWords('two deputy security chiefs were sacked on saturday'.split(' '), { questionMark: true }).polar).toBe(true);
    expect(readQuestionWords('the almaty police chief killed himself'.split(' '), { questionMark: true }).polar).toBe(true);
    // Without the mark it is a statement of keywords; a few words with a mark are keywords still; a Dutch verb first asks.
    expect(readQuestionWords('two deputy security chiefs were sacked on saturday'.split(' ')).polar).toBe(false);
    expect(readQuestionWords('troops sent kazakhstan'.split(' '), { questionMark: true }).polar).toBe(false);
    expect(readQuestionWords('zegt tokajev dat de aanvallen vanuit één plek werden aangestuurd'.split(' '), { questionMark: true }).polar).toBe(false);
  });

  it('reads a reported claim without "that" as a check of it, the reporting verb as its frame ("Tokayev claims the militants were homegrown?")', () => {
    const parse = readQuestionWords('tokayev claims the militants were all homegrown'.split(' '), { questionMark: true });
    expect(parse.polar).toBe(true);
    expect(parse.consumed.has(1)).toBe(true);
    // What was talked about is no claim.
    expect([...readQuestionWords('tokayev said about the bandits'.split(' '), { questionMark: true }).intents]).toEqual(['quote']);
  });

  it.each([
    'the troops left , yeah',
    'tokayev says the violence was spontaneous , no',
    // Question tags as read after the contraction is written out ("didn't he", "isn't it").
    'nazarbayev stepped down voluntarily , did not he',
    'the airport is open , is not it',
  ])('reads %j, a claim with a tag asked back, as a yes/no question', (question) => {
    const split = question.split(' ');
    const words = split.filter((w) => w !== ',');
    // The word before each comma ends a clause.
    const clauseEnds = new Set(split.flatMap((_, i) => (split[i + 1] === ',' ? [i - split.slice(0, i).filter((x) => x === ',').length] : [])));
    expect(readQuestionWords(words, { clauseEnds }).polar).toBe(true);
  });

  it('reads a bare "no" or "yes" as a tag only after a break, and a year as no stated figure', () => {
    expect(readQuestionWords('csto troops kazakhstan no'.split(' ')).polar).toBe(false);
    expect(readQuestionWords('in 2022 zijn er protesten geweest'.split(' ')).polar).toBe(false);
  });

  it('asks in which case something holds: "in welke gevallen", "under what conditions", "when can …" (not "when will …")', () => {
    expect([...readQuestionWords('in welke gevallen kon een lidstaat de csto inschakelen'.split(' ')).intents]).toEqual(['condition']);
    expect([...readQuestionWords('under what conditions can csto help be invoked'.split(' ')).intents]).toEqual(['condition']);
    expect([...readQuestionWords('when can the csto be called upon'.split(' ')).intents]).toEqual(['condition']);
    expect([...readQuestionWords('wanneer mocht je de csto om hulp vragen'.split(' ')).intents]).toEqual(['condition']);
    expect([...readQuestionWords('when will the troops leave'.split(' ')).intents]).toEqual(['when']);
    // "When can the troops leave" asks a time: no one is called in.
    expect([...readQuestionWords('when can the troops leave'.split(' ')).intents]).toEqual(['when']);
    expect([...readQuestionWords('wanneer kunnen de troepen vertrekken'.split(' ')).intents]).toEqual(['when']);
    // A prospect asks in which case it comes ("Als de rust niet terugkeert, … dan komt …").
    expect([...readQuestionWords('when does a bloody confrontation become more likely'.split(' ')).intents]).toEqual(['condition']);
    expect([...readQuestionWords('wanneer dreigt een bloedige confrontatie'.split(' ')).intents]).toEqual(['condition']);
    expect([...readQuestionWords('when did the confrontation turn bloody'.split(' ')).intents]).toEqual(['when']);
    // Allowed, said at length, as "when can …".
    expect([...readQuestionWords('when was a csto member allowed to call for help'.split(' ')).intents]).toEqual(['condition']);
    expect([...readQuestionWords('when were journalists allowed back in'.split(' ')).intents]).toEqual(['when']);
  });

  it('asks for a year or years as for a date ("in welke jaren", "which years")', () => {
    expect([...readQuestionWords('in welke jaren was de opstand'.split(' ')).intents]).toEqual(['date']);
    expect([...readQuestionWords('which years was the uprising'.split(' ')).intents]).toEqual(['date']);
  });

  it.each([
    ['who did putin thank', true],
    ['how many troops did russia send', true],
    ['did putin thank tokayev', true],
    // The doer after "the" is named too (whether it is a name of the dossier is for the search to see).
    ['why did the militants drop their plan', true],
    // The name may be the one done to.
    ['wie hielp nazarbajev', false],
    // "Who has thanked" is asked of the doer; a Dutch passive names who it was done to.
    ['who has thanked putin', false],
    ['wanneer werd poetin bedankt', false],
    ['wie bedankte poetin', false],
    ['who was arrested', false],
  ])('%j names who did it or to whom: %s', (question, named) => {
    expect(readQuestionWords(question.split(' ')).namesRoles).toBe(named);
  });

  it.each([
    ['when did putin thank tokayev', 2],
    ['did putin thank tokayev', 1],
    ['heeft poetin tokajev bedankt', 1],
    // Dutch: the subject follows the verb after a question word that is no subject.
    ['wanneer bedankte tokajev poetin', 2],
    ['hoe lang blijven de russen daar', 4],
    ['hoe veel troepen stuurde rusland', undefined],
    ['is it true that putin thanked tokayev', 4],
    ['who thanked putin', undefined],
    // After "the": the organisation the question names ("when did the CSTO ask …").
    ['when did the csto ask kyrgyzstan for help', 3],
    // Past a phrase saying when ("in 2010, which country did russia ask …").
    ['in 2010 which country did russia ask for help', 5],
    // A Dutch perfect with "is" and a participle may be a passive: no doer named.
    ['hoe lang geleden is nazarbajev vervangen', undefined],
  ])('%j names its doer at %s', (question, at) => {
    expect(readQuestionWords(question.split(' ')).doerAt).toBe(at);
  });

  it('reads no quote into a check\'s own verb of saying ("can we say …") nor into a claim\'s ("Poetin zei dat …, klopt dat?")', () => {
    expect([...readQuestionWords('can we say putin blamed the west'.split(' ')).intents]).toEqual([]);
    expect([...readQuestionWords('volgens de politie zijn er doden gevallen klopt dat'.split(' ')).intents]).toEqual([]);
  });

  it('drops the exactness asked of a figure or a day ("exact number?", "which day exactly")', () => {
    const parse = readQuestionWords('how many rioters were killed exact number'.split(' '));
    expect([...parse.intents]).toEqual(['figure']);
    expect(parse.consumed.has(5)).toBe(true);
  });

  it.each([
    ['wanneer vroeg de csto kirgizie om hulp', 1],
    ['waarom ontsloeg tokajev de vicevoorzitters', 1],
    ['wanneer werd poetin bedankt', undefined],
    ['when did putin thank tokayev', undefined],
  ])('%j has its Dutch finite verb at %s', (question, at) => {
    expect(readQuestionWords(question.split(' ')).verbAt).toBe(at);
  });

  it.each([
    ['who helped nazarbayev come to power', 2],
    ['who fired the deputies', 3],
    ['who did putin thank', undefined],
    ['wie hielp nazarbajev', undefined],
    // A passive asked of its doer: the one done to follows the auxiliary.
    ['door wie is nazarbajev aan de macht geholpen', 3],
    ['door wie werd de vicevoorzitter ontslagen', 4],
  ])('%j names the one done to at %s', (question, at) => {
    expect(readQuestionWords(question.split(' ')).doneToAt).toBe(at);
  });

  it('reads a question word wherever it stands among content words (property)', () => {
    const content = fc.array(fc.constantFrom('tokajev', 'almaty', 'csto', 'troepen', '8.000', 'arrestaties', 'kazachstan', 'poetin'), { maxLength: 6 });
    const cues: Array<[string, Intent]> = [['hoeveel', 'figure'], ['wanneer', 'when'], ['waarom', 'why'], ['wie', 'who'], ['waar', 'where']];
    fc.assert(
      fc.property(content, fc.nat(), fc.constantFrom(...cues), (words, at, [cue, intent]) => {
        const position = at % (words.length + 1);
        const question = [...words.slice(0, position), cue, ...words.slice(position)];
        const parse = readQuestionWords(question);
        expect([...parse.intents]).toEqual([intent]);
        expect([...parse.consumed]).toEqual([position]);
      }),
      { seed: 20220106, numRuns: 300 },
    );
  });
});

describe('"waar … mee" split over a clause', () => {
  it('asks what with, also where a comma closes the clause before the question goes on', () => {
    const words = 'waar begon de onrust mee wat was de aanleiding'.split(' ');
    expect(readQuestionWords(words, { clauseEnds: new Set([4]) }).intents.has('where')).toBe(false);
    // Without the comma "mee" is no clause's last word: it may be a place after all.
    expect(readQuestionWords(words).intents.has('where')).toBe(true);
  });
});

describe('"where" after a passage ("the quote where …")', () => {
  it('picks out the passage: no place asked', () => {
    expect([...readQuestionWords("what is the quote where tokayev calls it a coup".split(' ')).intents]).not.toContain('where');
    expect([...readQuestionWords('where is the quote'.split(' ')).intents]).toContain('where');
  });
});

describe('"state" after a determiner or "member"', () => {
  it('is a noun, no verb of saying asking for a quote', () => {
    expect([...readQuestionWords('when could a member state invoke the csto'.split(' ')).intents]).toEqual(['condition']);
    expect([...readQuestionWords('what did tokayev state about the coup'.split(' ')).intents]).toContain('quote');
  });
});

describe('a claim asked with a mark and no question word ("so 164 is the confirmed toll?")', () => {
  it('drops the confirming, as a yes/no question does', () => {
    const words = 'so 164 is the confirmed official toll'.split(' ');
    expect(readQuestionWords(words, { questionMark: true }).consumed.has(4)).toBe(true);
    expect(readQuestionWords(words).consumed.has(4)).toBe(false);
  });
});

describe('what set something off', () => {
  it('asks why ("what kicked off the protests", "what prompted")', () => {
    expect([...readQuestionWords('what kicked off the protests'.split(' ')).intents]).toEqual(['why']);
    expect([...readQuestionWords('what prompted the crackdown'.split(' ')).intents]).toEqual(['why']);
    expect([...readQuestionWords('wat was de trigger voor de protests'.split(' ')).intents]).toEqual(['why']);
  });
});

describe('"tell me", "tell us"', () => {
  it('ask to be told, not for anyone\'s words ("could someone tell me what the CSTO does")', () => {
    expect([...readQuestionWords('could someone tell me what the csto does'.split(' ')).intents]).not.toContain('quote');
    expect([...readQuestionWords('what did tokayev tell the army'.split(' ')).intents]).toContain('quote');
  });
});

describe('"talks about"', () => {
  it('asks what someone said; "in talks with" does not', () => {
    expect([...readQuestionWords('the quote where putin talks about interference'.split(' ')).intents]).toContain('quote');
    expect([...readQuestionWords('is moscow in talks with allies'.split(' ')).intents]).not.toContain('quote');
  });
});

describe('what something is named after', () => {
  it('asks for the thing, not for a name ("named after", "waar … naar genoemd"); "waar … naar" at the end stays where to', () => {
    expect([...readQuestionWords('what are maidan techniques named after'.split(' ')).intents]).toEqual([]);
    expect([...readQuestionWords('waar zijn de maidan-technieken naar genoemd'.split(' ')).intents]).toEqual([]);
    expect([...readQuestionWords('waar gaan de troepen naar'.split(' ')).intents]).toEqual(['where']);
    expect([...readQuestionWords('waar is nazarbajev naar gevlucht'.split(' ')).intents]).toEqual(['where']);
    expect([...readQuestionWords('what is the name of the colonel'.split(' ')).intents]).toEqual(['name']);
  });
});

describe('the verb said of "who" as its subject', () => {
  it.each([
    ['who fired the deputies', 1],
    ['wie betaalt de inzet', 1],
    ['wie heeft de inzet betaald', 4],
    ['who has ordered the shooting', 2],
    ['who has been arrested', 3],
    ['who did putin thank', undefined],
    ['who is tokayev', undefined],
    // A progressive's verb: "who is leading".
    ['who is leading the protests', 2],
    ['who is being held', undefined],
    ['when did putin speak', undefined],
  ] as const)('%j: at %s', (question, at) => {
    expect(readQuestionWords(question.split(' ')).predicateAt).toBe(at);
  });
});

describe('what something costs, asked with "what"', () => {
  it.each(['what does the war cost moscow', 'what will the deployment cost the kremlin', 'what is the mission costing russia', 'wat kostte de operatie', 'wat gaat de inzet rusland kosten', 'wat heeft de onrust kazachstan gekost'])('asks an amount in %j, as "how much" does', (question) => {
    expect([...readQuestionWords(question.split(' ')).intents]).toEqual(['figure']);
  });

  it.each(['what costs are mentioned', 'what did the report say about the cost', 'wat zegt het artikel over de kosten'])('asks no amount in %j: the cost a noun', (question) => {
    expect([...readQuestionWords(question.split(' ')).intents]).not.toContain('figure');
  });
});
