/**
 * Function words that carry no content, for Dutch and English (after folding). Based on the
 * Snowball lists, minus everything that can carry the meaning of a question: number words,
 * quantity qualifiers (`bijna`, `ruim`, `minstens`) and question words, which the query parser
 * reads before stop words are dropped. Dutch pronominal adverbs ("erachter", "daarover") only
 * point back: "welk centrum erachter zat" asks which centre.
 */

export const DUTCH_STOPWORDS: ReadonlySet<string> = new Set(
  `de en van ik te dat die in een hij het niet zijn is was op aan met als voor had er maar om hem dan zou of
   mijn men dit zo door over ze zich bij ook tot je mij uit der daar haar naar heb heeft hebben deze u want
   nog zal me zij nu ge geen omdat iets worden toch al waren doen toen moet ben kan hun dus alles onder ja
   eens hier werd altijd doch wordt wezen kunnen ons zelf na reeds wil kon niets uw iemand geweest andere
   ander anderen zou zouden zullen kunnen moeten mag mogen werden hen wel den des dezen elk elke
   hierbij daarbij waarbij welk welke wiens zoals zulke zulk tijdens sinds vanaf jullie onze we wij m n
   t s d 't 'n hadden heeft ging gaat gaan komt kwam echter immers overigens inmiddels bovendien
   daarnaast daardoor waardoor terwijl hoewel nadat voordat zodat toch nog al erg zeer vooral juist
   zit zitten zat zaten eigenlijk echt nou
   ie z'n m'n d'r da's 'm amai allez allee awel jeetje tjonge sjonge
   erin eraan erop erover ervan ermee ervoor erdoor eruit ertegen erbij ernaar erachter eronder erom ertoe
   hierin hierover hiervan hiermee hiervoor hierop hieraan daarin daarover daarvan daarmee daarvoor daarop
   daaraan daaruit
   mocht mochten konden moest moesten wilde wilden wou
   daarheen erheen hierheen daarnaartoe ernaartoe hiernaartoe`.split(/\s+/u),
);

export const ENGLISH_STOPWORDS: ReadonlySet<string> = new Set(
  `a an the of in on at to for with by from about as into onto upon over under after before during
   between among amongst against through throughout within without up down out off again further
   is are was were be been being am do does did doing have has had having will would shall should can
   could may might must and or but nor not so than then too very just also only even still yet
   this that these those it its it's they them their theirs he him his she her hers we us our ours you
   your yours i me my mine there here any each every either neither some such own same other others
   s t don't doesn't didn't isn't aren't wasn't weren't tell show give me please find about regarding
   get got getting let lets know dont doesnt didnt isnt arent wasnt werent cant couldnt wont wouldnt
   shouldnt hasnt havent hadnt if whether no anything something anyone someone basically actually really anyway anyhow related so-called
   myself yourself himself herself itself ourselves yourselves themselves`.split(/\s+/u),
);

export function isStopword(word: string, languages: readonly ('nl' | 'en')[]): boolean {
  return languages.some((language) => (language === 'nl' ? DUTCH_STOPWORDS : ENGLISH_STOPWORDS).has(word));
}

/**
 * Particles that make a phrasal verb with the word before them: "step down" (resign) is not "step
 * in" (intervene), "walk back" not "walk"; "kwamen om" (died) is not "kwamen" (came). Stop words
 * everywhere else; kept after a content word where glossary phrases are looked up, on both sides,
 * so the two meet.
 */
const STOP_PARTICLES = (words: readonly string[]): ReadonlySet<string> => new Set(words.filter((word) => isStopword(word, ['nl', 'en'])));
// Only stop words: a particle that is a word of its own ("back", "terug", "open") stays one on both sides anyway.
// With them the reflexives of "killed themselves", "calls itself": an intensifier elsewhere ("the Kremlin itself").
const PARTICLES: Record<'nl' | 'en', ReadonlySet<string>> = {
  en: STOP_PARTICLES(['up', 'down', 'out', 'off', 'over', 'in', 'on', 'into', 'myself', 'yourself', 'himself', 'herself', 'itself', 'ourselves', 'yourselves', 'themselves']),
  nl: STOP_PARTICLES(['om', 'op', 'in', 'uit', 'aan', 'door', 'over', 'toe', 'af', 'mee']),
};

/**
 * The negations among the stop words: dropped from a question like any stop word, they turn a
 * glossary phrase's one word round ("niet bekend"), which a sentence must then negate too.
 * (Others, like "zonder", are words of their own and searched.)
 */
export const NEGATIONS: ReadonlySet<string> = new Set(['niet', 'geen', 'not', 'no', 'without'].filter((word) => isStopword(word, ['nl', 'en'])));

const REFLEXIVES: ReadonlySet<string> = new Set(['myself', 'yourself', 'himself', 'herself', 'itself', 'ourselves', 'yourselves', 'themselves', 'zich', 'zichzelf']);
/** Whether folded `word` is a reflexive pronoun ("killed themselves"): the verb's own only right after it. */
export const isReflexive = (word: string): boolean => REFLEXIVES.has(word);

/** Whether folded `word`, after `previous` (folded, or undefined at the start), is a particle kept in a phrasal verb. */
export function isPhrasalParticle(word: string, previous: string | undefined, language: 'nl' | 'en'): boolean {
  const particles = PARTICLES[language];
  return particles.has(word) && previous !== undefined && !particles.has(previous) && !isStopword(previous, ['nl', 'en']);
}

/**
 * Prepositions that open a fixed expression with the word after them: "in charge" (leading) is
 * not "charge" (an accusation), "at risk", "under control", "in handen", "op de vlucht". Dropped
 * like any stop word, yet both sides keep them where glossary phrases are looked up.
 */
const LEADING_PREPOSITIONS: ReadonlySet<string> = new Set(
  ['in', 'on', 'at', 'under', 'out', 'off', 'by', 'for', 'into', 'behind', 'op', 'aan', 'onder', 'uit', 'bij', 'met', 'te', 'achter', 'buiten'].filter((word) => isStopword(word, ['nl', 'en'])),
);

/** Whether folded `word` is a preposition that can open a fixed expression (`LEADING_PREPOSITIONS`). */
export function isLeadingPreposition(word: string): boolean {
  return LEADING_PREPOSITIONS.has(word);
}
