/** The greeting and newsroom context a chatty question opens with is not part of the question. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withoutAsides, withoutPostamble, withoutPreamble } from '../../../src/search/query/preamble.js';

describe('withoutPreamble', () => {
  it.each([
    ["hi, for tonight's piece: why has Moscow sent soldiers?", 'why has Moscow sent soldiers?'],
    ['Goedenavond, ik zit op de buitenlandpagina: welke landen sturen militairen?', 'welke landen sturen militairen?'],
    ["Morning! Doing a graphic on the energy angle — what's the daily oil output?", "what's the daily oil output?"],
    ['Goedemorgen! Voor het ochtendnieuws: wie spreekt de geruchten tegen?', 'wie spreekt de geruchten tegen?'],
    ['quick question - how many people died', 'how many people died'],
    ['Hé, even checken: hoeveel doden?', 'hoeveel doden?'],
    ['quick check before I file the update: how many people have been detained?', 'how many people have been detained?'],
    ['morning all - doing the sidebar on the purge, who did tokayev sack?', 'who did tokayev sack?'],
    ['Hoi, de eindredactie vraagt waarom we zo vaag blijven. Waarom is er zo weinig bekend?', 'Waarom is er zo weinig bekend?'],
    // Which shift or edition asks, and the desk's imperative check.
    ['night editor: can we say the troops left?', 'can we say the troops left?'],
    ['for the 2nd edition: is the airport open?', 'is the airport open?'],
    ['night desk: confirm the CSTO flew in 2,000 soldiers?', 'confirm the CSTO flew in 2,000 soldiers?'],
    // A hedged question, and the conjunction after the hedge.
    ['Sorry if this is obvious, but who asked for the troops?', 'who asked for the troops?'],
    ['Sorry to bother you, but why is so little known?', 'why is so little known?'],
    ['writing the caption for the airport pic - who controls Almaty airport now?', 'who controls Almaty airport now?'],
    ['intern q: who is nazarbayev?', 'who is nazarbayev?'],
    // Checking in Dutch, and the explainer.
    ['even checken: zijn er agenten onthoofd?', 'zijn er agenten onthoofd?'],
    ['ff checken - wie vroeg om de troepen?', 'wie vroeg om de troepen?'],
    ['voor de uitlegger: wat is de CSTO?', 'wat is de CSTO?'],
    ["need one line for the 6 o'clock bulletin: what will the troops be doing?", 'what will the troops be doing?'],
    ['Apologies for interrupting: who asked for the troops?', 'who asked for the troops?'],
    ['Sorry, misschien een domme vraag, maar klopt het dat er agenten zijn onthoofd?', 'klopt het dat er agenten zijn onthoofd?'],
    ["Sorry, I'm new on this story — what kind of organisation is the CSTO?", 'what kind of organisation is the CSTO?'],
    // A condition is part of the question.
    ['Sorry als dit een domme vraag is, maar als één land wordt aangevallen, moeten de anderen helpen?', 'als één land wordt aangevallen, moeten de anderen helpen?'],
    // What the asker needs it for.
    ['Fact check: are the arrests only a fraction of the fighters?', 'are the arrests only a fraction of the fighters?'],
    // Who it comes from: a listener, a newcomer to the story.
    ['luisteraar vraagt: wat bedoelt Poetin met Maidan-technieken?', 'wat bedoelt Poetin met Maidan-technieken?'],
    ["quick orientation, I've just been put on this: who is the president?", 'who is the president?'],
    // A desk named by its beat, the sub-editors, what a desk needs, the push alert.
    ['data desk: do we have a death toll yet?', 'do we have a death toll yet?'],
    ['political desk: why is tokayev scared?', 'why is tokayev scared?'],
    ["sub here - who calls himself 'leader of the nation'?", "who calls himself 'leader of the nation'?"],
    ['radio needs: how long was almaty offline?', 'how long was almaty offline?'],
    ['voor de push: hoeveel olie pompt kazachstan op', 'hoeveel olie pompt kazachstan op'],
    // After a colon and framing words only, a fragment is the question too.
    ['data journo q: 8000 arrests vs the opponents', '8000 arrests vs the opponents'],
    ['night desk: csto troop total', 'csto troop total'],
    ['data q: how many troops did the bloc fly in', 'how many troops did the bloc fly in'],
  ])('cuts %j to its question', (text, question) => {
    expect(withoutPreamble(text)).toBe(question);
  });

  it('cuts a framing that checks a claim ending with a tag ("… Correct?")', () => {
    expect(withoutPreamble('Checking a line in my draft: the Kremlin warned against meddling. Correct?')).toBe('the Kremlin warned against meddling. Correct?');
    expect(withoutPreamble('Claim for the intro: the Kremlin warned against meddling. Correct?')).toBe('the Kremlin warned against meddling. Correct?');
    expect(withoutPreamble('Bewering: het Kremlin waarschuwde voor inmenging, klopt dat?')).toBe('het Kremlin waarschuwde voor inmenging, klopt dat?');
  });

  it('keeps the names of the preamble: the question may refer to them', () => {
    expect(withoutPreamble('Hi all, writing the Nazarbayev profile for tomorrow — when did he last appear?')).toBe('Nazarbayev when did he last appear?');
  });

  it('cuts at the first break only: a second question keeps the first', () => {
    expect(withoutPreamble('Hi! Why did troops go to Almaty? What did they do there?')).toBe('Why did troops go to Almaty? What did they do there?');
    expect(withoutPreamble('Hoi! Wat is de CSTO? Wie leidt het?')).toBe('Wat is de CSTO? Wie leidt het?');
  });

  it('keeps no day and no "I\'m" as a name', () => {
    expect(withoutPreamble("Hi, for Monday's liveblog: why did Moscow act?")).toBe('why did Moscow act?');
    expect(withoutPreamble("hi all, I'm doing the update for the desk — how many died?")).toBe('how many died?');
  });

  it.each([
    // What comes before the break is what the question is about, not who asks.
    'Almaty airport: who controls it now?',
    'Hey, on the curfew in Almaty: when does it end?',
    'Almaty airport, who controls it now?',
    'Kazachstan. Hoeveel doden?',
    // A question before the break is no preamble.
    'Did police use live rounds - who ordered it?',
    'tokayev: who is he?',
    // No question of its own after the break.
    'hi, for tonight: troops',
    // One question, its mark at the end.
    'did Putin thank Tokayev?',
    'hoeveel doden vielen er in Almaty - en wanneer?',
    // A time of day alone is when the question is about, not the bulletin it is for.
    '8 uur: wat gebeurde er?',
    // A desk named by a subject of the dossier, not a beat: the subject may be what is asked about.
    'csto desk: who leads it?',
    // A fragment after what it is about, not after framing.
    'csto: troop total',
    'csto q: who leads it?',
    // "He" opening a sentence is someone, not the Dutch greeting "hé".
    'He says the attacks were steered from one place. Did he ever name it?',
  ])('leaves %j as it is', (text) => {
    expect(withoutPreamble(text)).toBe(text);
  });

  it('never adds words: the result is the question after a break, with at most the preamble’s names before it (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('hi', 'Hoi', 'piece', 'voor', 'de', 'pagina', ':', '—', '!', 'why', 'did', 'Putin', 'troops', 'wat', '?', 'Almaty'), { maxLength: 14 }), (parts) => {
        const text = parts.join(' ');
        const out = withoutPreamble(text);
        if (out === text) return;
        const words = (s: string): string[] => s.split(/[^\p{L}]+/u).filter(Boolean);
        // Every word of the result is in the text, and the result ends with the text's end.
        for (const word of words(out)) expect(words(text)).toContain(word);
        expect(text.endsWith(out.split(' ').slice(-1)[0] ?? '')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('withoutPostamble', () => {
  it.each([
    ['Hoe lang zat Almaty zonder internet? Need het voor de timeline', 'Hoe lang zat Almaty zonder internet?'],
    ['Wat gaan de troepen bewaken? Heb het nodig voor de factbox', 'Wat gaan de troepen bewaken?'],
    ['how many died in the unrest? I keep seeing different numbers floating around', 'how many died in the unrest?'],
    ['was the right-hand man arrested? Need it for the sidebar', 'was the right-hand man arrested?'],
    ['Were police officers really beheaded? need a source', 'Were police officers really beheaded?'],
    ["What's the nationwide death toll? need a number for the web update", "What's the nationwide death toll?"],
    // A reaction or a nudge.
    ['is it true some officers were decapitated? sounds grim', 'is it true some officers were decapitated?'],
    ['hoeveel doden? graag snel, dank', 'hoeveel doden?'],
    // A remark about the asker, its subject first or, in Dutch order, after a word or two.
    ['Who really calls the shots in that bloc? My hunch is one member dominates.', 'Who really calls the shots in that bloc?'],
    ['Hoeveel olie haalt Kazachstan per dag uit de grond? Die wil ik in een grafiek zetten.', 'Hoeveel olie haalt Kazachstan per dag uit de grond?'],
  ])('cuts what frames or comments after %j', (text, question) => {
    expect(withoutPostamble(text)).toBe(question);
  });

  it('keeps a remark whose subject is someone else, though it says "our"', () => {
    expect(withoutPostamble('Wie leidt de CSTO? Volgens onze bronnen Rusland.')).toBe('Wie leidt de CSTO? Volgens onze bronnen Rusland.');
    expect(withoutPostamble('Who asked for the troops? Putin told our reporter it was Tokayev.')).toBe('Who asked for the troops? Putin told our reporter it was Tokayev.');
  });

  it('keeps a second question, a clarification and the names of what it cuts', () => {
    expect(withoutPostamble('Is de CSTO een club? Hoe heet ie voluit?')).toBe('Is de CSTO een club? Hoe heet ie voluit?');
    expect(withoutPostamble('how many died? in Almaty')).toBe('how many died? in Almaty');
    expect(withoutPostamble('Hey, can you help? I need to know how many people were arrested')).toBe('Hey, can you help? I need to know how many people were arrested');
    expect(withoutPostamble('How long did he rule? Need it for the Nazarbayev profile')).toBe('How long did he rule? Nazarbayev');
  });
});

describe('withoutAsides', () => {
  it.each([
    ['for the 11pm update I need the size of the foreign force', 'I need the size of the foreign force'],
    ['need the putin colour revolutions quote for the live blog', 'need the putin colour revolutions quote'],
    ['csto - what is it in one line', 'csto - what is it'],
    ["whats the point of bringing in foreign help, per the piece", "whats the point of bringing in foreign help,"],
    ['for the explainer box I need a one-liner on the CSTO', 'I need a one-liner on the CSTO'],
    ['heb het getal nodig voor de push', 'heb het getal nodig'],
    // Which kind of copy: an opinion piece, an analysis, a profile.
    ['For the opinion piece I need the stated aim of the deployment.', 'I need the stated aim of the deployment.'],
    ['Voor mijn analyse: waar zijn de strijders opgeleid?', ': waar zijn de strijders opgeleid?'],
    ['for the nazarbayev profile, how old is he', 'for the nazarbayev profile, how old is he'],
    // Not knowing the thing asked about.
    ['whats the csto exactly, never heard of it', 'whats the csto exactly,'],
    ['wat is de CSTO, nog nooit van gehoord', 'wat is de CSTO,'],
    // A kind of copy that is also a thing in the world, after "in": the thing.
    ['what did investigators find in the analysis of the bullets', 'what did investigators find in the analysis of the bullets'],
  ])('cuts where the copy goes from %j', (text, question) => {
    expect(withoutAsides(text)).toBe(question);
  });

  it.each([
    // A tag asking whether a claim may run, a name before the copy word, content after a preposition.
    'nazarbaev ran Kazakhstan for 20 years — ok for the caption?',
    'need it for the Nazarbayev profile',
    'who was in the line of fire',
    'how many troops are in the country',
  ])('leaves %j as it is', (text) => {
    expect(withoutAsides(text)).toBe(text);
  });
});
