/**
 * The greeting and newsroom context a chatty question opens with: "hi, for tonight's piece: why
 * has Moscow sent soldiers?", "Goedenavond, ik zit op de buitenlandpagina: welke landen …",
 * "Morning! Doing a graphic on the energy angle — what's …", "quick check before I file the update:
 * how many …". Who asks, and for what, says nothing
 * about the answer, and its words ("piece", "graphic", "angle") would count as content the dossier
 * lacks. Cut at the first break (a colon, a dash, a comma, a sentence's end) after which a question of
 * its own starts, when what comes before it only greets or frames. Names in the preamble stay:
 * "writing the Nazarbayev profile — when did he last appear?" is about Nazarbayev. Pure.
 */
import { fold } from '../analysis/fold.js';
import { isStopword } from '../analysis/stopwords.js';
import { AUXILIARIES, endsWithTag, namesPage, QUESTION_WORDS } from './questionWords.js';
import { flatMap, mapped } from '../../lists/loops.js';

/** Where a preamble ends: a colon, a dash between spaces, a comma, the end of a sentence. */
const BREAK = /\s*(?::|\s[—–-]\s|[!?.,])\s*/gu;
/** Words a question of its own opens with: a question word, an auxiliary, or a preposition or verb a question starts with. */
const OPENERS = new Set([
  ...QUESTION_WORDS, ...AUXILIARIES, "what's", 'whats', "who's", 'any', 'klopt', 'gaat', 'gaan', 'weten', 'weet', 'vanuit', 'tot', 'sinds', 'since',
  'according', 'volgens', 'in', 'op', 'confirm', 'verify', 'check', 'bevestig', 'if', 'als',
]);
/** Words that ask: a part holding one is a question itself, not a preamble ("Did police use live rounds - who …"). */
const ASKING = new Set([...QUESTION_WORDS, 'did', 'does']);
/** "Hé", or "he" before a comma or an exclamation mark, greets; "He says …" is someone saying something. */
const HE_GREETING = /^(\s*)(?:hé|he(?=\s*[,!]))/iu;
/** Greetings a message opens with. */
const GREETINGS = new Set(['hi', 'hello', 'hey', 'hiya', 'morning', 'evening', 'afternoon', 'good', 'hoi', 'hallo', 'hee', 'goedemorgen', 'goedemiddag', 'goedenavond', 'dag', 'moi', 'yo', 'sorry', 'excuse', 'excuus', 'pardon']);
/** Words of the newsroom's own work: who asks, for which piece or page, by when. */
const FRAMING = new Set([
  'piece', 'story', 'article', 'graphic', 'graphics', 'profile', 'explainer', 'liveblog', 'live', 'blog', 'desk', 'editor', 'editors',
  'newsletter', 'podcast', 'broadcast', 'bulletin', 'tonight', 'tomorrow', 'writing', 'working', 'doing', 'wires', 'quick', 'question',
  'deadline', 'angle', 'background', 'stuk', 'artikel', 'profiel', 'achtergrond', 'duiding', 'redactie', 'eindredactie', 'vanavond', 'morgen',
  'vraag', 'vraagje', 'nieuwsbrief', 'uitzending', 'journaal', 'ochtendnieuws', 'avondnieuws', 'schrijf', 'werk', 'bezig', 'update',
  'check', 'factcheck', 'file', 'sidebar', 'lede', 'intro', 'kader', 'vraagt', 'dienst', 'avonddienst', 'nachtdienst', 'dagdienst',
  'team', 'all', 'iedereen', 'allen', 'collega', 'collegas', 'folks', 'guys',
  // Checking copy, and what it is needed for ("checking a line in my draft", "need it for the sidebar").
  'checking', 'line', 'draft', 'copy', 'need', 'needed', 'nodig', 'heb', 'timeline', 'factbox', 'box', 'caption', 'headline', 'kop',
  'column', 'columnist', 'meeting', 'chart', 'map', 'grafiek', 'kaart', 'infographic', 'tijdlijn', 'sorry', 'bug', 'please', 'pls', 'graag',
  'pic', 'pics', 'photo', 'photos', 'picture', 'foto', "foto's", 'fotos', 'one-liner', 'oneliner', 'standfirst', 'strapline', 'subhead',
  // Who asks and the short form of asking ("intern q:", "need one line for the bulletin").
  'intern', 'stagiair', 'stagiaire', 'q', 'qs', 'one', 'radio', 'presenter', 'anchor', 'readout',
  // Who the question comes from or is for ("luisteraar vraagt:", "quick orientation, I've just been put on this:").
  'listener', 'listeners', 'luisteraar', 'luisteraars', 'reader', 'readers', 'lezer', 'lezers', 'viewer', 'viewers', 'kijker', 'kijkers', 'orientation', 'put',
  // Where a claim was seen ("seeing posts that …", "viral tweet says …").
  'seeing', 'posts', 'post', 'viral', 'tweet', 'tweets', 'twitter', 'telegram', 'tiktok', 'rumour', 'rumours', 'rumor', 'rumors', 'gerucht', 'geruchten',
  // Which shift or edition asks ("night editor:", "for the 2nd edition:").
  'night', 'nacht', 'shift', 'edition', 'editie', 'print', 'weekend', 'foreign', 'buitenland', 'buitenlandredactie', 'chef', 'producer',
  // Hedging the question itself ("sorry if this is obvious, but …", "misschien een domme vraag, maar …").
  'obvious', 'basic', 'dumb', 'stupid', 'silly', 'naive', 'new', 'newbie', 'domme', 'dom', 'stomme', 'simpele', 'nieuw', 'nieuwe', 'misschien',
  // Apologising for asking ("sorry to bother you, but …", "apologies for the interruption").
  'bother', 'bothering', 'disturb', 'disturbing', 'interrupt', 'interrupting', 'interruption', 'apologies', 'apologise', 'apologize', 'storen', 'stoor',
  // What the asker needs and for where ("fact check: …", "… ? need a source", "need a number for the web update").
  'fact', 'source', 'sources', 'bron', 'bronnen', 'number', 'cijfer', 'web', 'website', 'site', 'online',
  // The sub-editors, what a desk needs, a push alert ("sub here -", "radio needs:", "voor de push:").
  'sub', 'subs', 'subeditor', 'needs', 'wants', 'push', 'pushbericht', 'pushmelding', 'alert', 'reporter', 'correspondent', 'verslaggever',
  // The eindredactie in short, and a desk that wants to know ("eindred hier -", "radio wil weten:").
  'eindred', 'eindreds', 'weten', 'journo', 'journos',
  // Checking in Dutch, and the explainer ("even checken:", "ff checken -", "voor de uitlegger:").
  'checken', 'checkje', 'ff', 'effe', 'uitlegger', 'quiz',
  // A claim put up to be checked ("Claim: …. Correct?", "Bewering voor de intro: …, klopt dat?").
  'claim', 'bewering', 'stelling',
  // The dossier itself and the copy a long message quotes ("does our dossier back that?", "wire copy says …", "a stringer claims …").
  'dossier', 'dossiers', 'wire', 'stringer', 'stringers', 'persbureau', 'persbureaus', 'nieuwsbureau', 'newswire', 'agency', 'analyst', 'analysts',
  'analist', 'analisten', 'alinea', 'paragraph', 'reportage', 'factchecker', 'factcheckers', 'fact-checker', 'fact-checkers',
]);
/** Who asks, named by their beat ("data desk:", "political desk:", "politics team:"); not by a subject of the dossier ("csto desk"). */
const ASKING_HEADS: ReadonlySet<string> = new Set(['desk', 'team', 'redactie', 'editor', 'editors', 'shift', 'dienst', 'producer', 'chef', 'reporter', 'correspondent', 'verslaggever', 'journo', 'journalist', 'q', 'vraag']);
const BEATS: ReadonlySet<string> = new Set([
  'data', 'political', 'politics', 'economics', 'economy', 'business', 'finance', 'sport', 'sports', 'news', 'home', 'world', 'international',
  'metro', 'city', 'picture', 'pictures', 'photo', 'video', 'social', 'science', 'opinion', 'culture', 'investigations', 'investigative',
  'politiek', 'politieke', 'economie', 'economische', 'binnenland', 'sportredactie', 'beeld', 'beeldredactie', 'wetenschap', 'opinie', 'cultuur',
]);
/** A word of the newsroom's own work ("headline", "bulletin", "soundbite"): about the asking, unless the dossier has it. */
export const isNewsroomWord = (folded: string): boolean => FRAMING.has(folded) && !GENERAL.has(folded);
/** Any word that frames a preamble, everyday content words among them ("foreign", "number"). */
export const isFramingWord = (folded: string): boolean => FRAMING.has(folded);
/** Framing words that are everyday content too, wherever they stand. */
const GENERAL: ReadonlySet<string> = new Set(['weten', 'needs', 'wants', 'push', 'alert', 'reporter', 'correspondent', 'verslaggever', 'all', 'new', 'one', 'foreign', 'buitenland', 'number', 'cijfer', 'source', 'sources', 'bron', 'bronnen', 'night', 'nacht', 'tomorrow', 'morgen', 'tonight', 'vanavond', 'weekend', 'print', 'team', 'working', 'doing', 'check', 'put', 'werk', 'heb', 'need', 'needed', 'nodig', 'map', 'kaart', 'box', 'meeting', 'question', 'vraag', 'online', 'web', 'site', 'website', 'live']);

/** A conjunction a question may open with after a hedge ("…, but who asked?", "…, maar klopt het …"): not part of it. */
const OPENING_CONJUNCTIONS = /^(?:but|maar|though|and|en)\s+/iu;

/** "how many", "how much" without their "how" still ask ("I need to know how many …" is read word by word). */
const AMOUNT_ASKED = new Set(['many', 'much']);
/** A reaction or a nudge after the question ("… decapitated? sounds grim", "… ? asap, thx"): it asks nothing. */
const REMARKS = new Set([
  'sounds', 'sound', 'seems', 'seem', 'grim', 'bad', 'awful', 'terrible', 'horrible', 'crazy', 'wild', 'insane', 'odd', 'weird', 'strange',
  'wow', 'yikes', 'jeez', 'lol', 'haha', 'cheers', 'thanks', 'thank', 'thx', 'ty', 'ta', 'urgent', 'asap', 'curious', 'wondering',
  'bedankt', 'dank', 'merci', 'spoed', 'dringend', 'snel', 'graag', 'kort', 'beknopt', 'bondig', 'alsjeblieft', 'aub', 'svp', 'benieuwd', 'heftig', 'raar', 'vreemd', 'gek', 'bizar',
]);
/** A first-person opening: after the question, what the asker says of themselves ("I keep seeing different numbers"). */
const FIRST_PERSON = new Set(['i', "i'm", 'im', "i've", "i'd", "i'll", 'we', "we're", "we've", 'ik', 'wij']);
/** A remark opening on what is the asker's ("My hunch is …"); later in it, theirs is someone else's subject ("Putin told our reporter …"). */
const FIRST_PERSON_OWN = new Set(['my', 'our', 'mijn', 'onze', 'ons']);
/** Where a remark about the asker has its subject: first, or after one or two words in Dutch order ("Die wil ik in het portret"). */
const FIRST_PERSON_WITHIN = 3;

const wordsOf = (text: string): string[] => text.split(/[^\p{L}\p{N}'’]+/u).filter(Boolean);
/** A word as compared with the lists: folded, without a possessive ("tonight's" → tonight). */
const plain = (word: string): string => fold(word).replace(/['’]s$/u, '');
/** An ordinal in digits: which edition or version ("for the 2nd edition", "de 2e editie"). */
const ORDINAL = /^\d+(?:st|nd|rd|th|e|de|ste)$/u;
/** Days and months are when the piece runs, not names the question is about ("Monday's liveblog"). */
/** A time of day the piece runs at ("the 6 o'clock bulletin", "het journaal van acht uur"). */
const CLOCK = /^(?:\d{1,2}(?:[:.]\d{2})?(?:am|pm|u)?|o['’]clock|oclock|uur)$/u;
const CALENDAR = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|january|february|march|april|may|june|july|august|september|october|november|december|januari|februari|maart|mei|juni|juli|augustus|oktober)$/u;

/** A day of the week or a month, English or Dutch (folded). */
export const isCalendarWord = (word: string): boolean => CALENDAR.test(word);

/**
 * Whether `preamble` only greets and frames: it asks nothing itself (no question mark, no word a
 * question opens with), and it opens with a greeting or names the newsroom's work, its other words
 * function words, names or a few more of the same ("Doing a graphic on the energy angle").
 */
function frames(preamble: string): boolean {
  if (preamble.includes('?')) return false;
  const words = mapped(wordsOf(preamble.replace(HE_GREETING, '$1hee')), plain);
  if (words.length === 0) return false;
  // A question word in a greeting's framing is reported, not asked ("hoi, de eindredactie vraagt waarom …").
  if (words.some((w) => ASKING.has(w)) && !(GREETINGS.has(words[0] as string) && words.some((w) => FRAMING.has(w)))) return false;
  // Days and ordinals frame only beside the newsroom's work ("Monday's liveblog", "the 2nd edition").
  const framed = (w: string, k: number): boolean => framingAt(words, k) || CALENDAR.test(w) || ORDINAL.test(w);
  const framing = words.filter(framed).length;
  // A time of day counts neither way: beside the bulletin it frames ("the 6 o'clock bulletin"), alone ("8 uur:") it does not.
  const other = words.filter((w, k) => !framed(w, k) && !CLOCK.test(w) && !isStopword(w, ['nl', 'en'])).length;
  // "Hey, on the curfew in Almaty: …" is about the curfew; "Hey, the wires are buzzing with rumours — …" is not.
  return (framing >= 2 && (GREETINGS.has(words[0] as string) || framing > other)) || (framing > 0 && other === 0);
}

/** Whether `preamble` is framing words only ("data journo q", "night desk"), no word of anything asked about. */
function onlyFrames(preamble: string): boolean {
  const words = mapped(wordsOf(preamble), plain);
  return words.length > 0 && words.every((w, k) => framingAt(words, k) || isStopword(w, ['nl', 'en']));
}

/** Whether word `k` greets, names the newsroom's work or a page, or is the beat of a desk that asks ("data desk"). */
function framingAt(words: readonly string[], k: number): boolean {
  const word = words[k] as string;
  return GREETINGS.has(word) || FRAMING.has(word) || namesPage(word) || (BEATS.has(word) && ASKING_HEADS.has(words[k + 1] ?? ''));
}

/** A question of its own: it opens as one, or it is a claim with a tag asking whether it holds ("the Kremlin warned …. Correct?"). */
function asksOnItsOwn(rest: string): boolean {
  // Only the first words and the last few (the longest tag) are read, from the ends of the text: a
  // long paste is neither split nor folded at every break.
  const head = wordsOf(rest.slice(0, HEAD_CHARS));
  if (head.length < 2 && wordsOf(rest.slice(0, HEAD_CHARS * 4)).length < 2) return false;
  return OPENERS.has(fold(head[0] as string)) || endsWithTag(mapped(wordsOf(rest.slice(-TAIL_CHARS)).slice(-TAG_WORDS), (w) => fold(w)));
}
/** Characters enough for a question's first two words, and for the longest tag at its end. */
const HEAD_CHARS = 64;
const TAIL_CHARS = 160;
/** Words the longest tag has ("does our material back that up"), and one more for a claim before it. */
const TAG_WORDS = 8;

/** Names in a cut part stay: capitalised words, not the first of a sentence ("Morning! Doing …"), not a day, not "I'm". */
function namesIn(part: string): string[] {
  return mapped(flatMap(part
    .split(/[.!?]/u), (sentence) => wordsOf(sentence).slice(1)), (w) => w.replace(/['’]s$/u, ''))
    .filter((w) => /^\p{Lu}\p{L}*$/u.test(w) && !CALENDAR.test(plain(w)) && !isStopword(plain(w), ['nl', 'en']));
}

/**
 * What follows the question's mark, when it only frames or comments: "… zonder internet? Need het
 * voor de timeline", "… died in the unrest? I keep seeing different numbers floating around". What
 * asks stays ("… ? I need to know how many died"); so do the names in what is cut ("… For the
 * Nazarbayev profile").
 */
export function withoutPostamble(text: string): string {
  const at = text.lastIndexOf('?');
  if (at < 0) return text;
  const after = text.slice(at + 1);
  // After the last mark there is no other: a second question ends with its own.
  const words = mapped(wordsOf(after), plain);
  if (words.length === 0) return text;
  // What asks is kept: "… help? I need to know how many were arrested" asks how many.
  if (words.some((w) => ASKING.has(w) || AMOUNT_ASKED.has(w))) return text;
  const remarks = words.every((w) => REMARKS.has(w) || isStopword(w, ['nl', 'en']));
  const aboutAsker = FIRST_PERSON_OWN.has(words[0] as string) || words.slice(0, FIRST_PERSON_WITHIN).some((w) => FIRST_PERSON.has(w));
  if (!frames(after) && !aboutAsker && !remarks) return text;
  return [text.slice(0, at + 1), ...namesIn(` ${after}`)].join(' ');
}

/**
 * Where the copy goes or how long it may be, inside the question ("for the 11pm update", "for the
 * live blog", "per the piece", "in one line"): a preposition, a determiner, words that say which
 * edition, and a word for the copy. It asks nothing; a name before the copy word stays ("for the
 * Nazarbayev profile" is not matched).
 */
/** Which kind of edition or copy ("the opinion piece", "the sunday profile"), words of both alternatives of `ASIDE`. */
const EDITION_KIND = 'opinion|opinie|background|achtergrond|weekend|sunday|zondag|saturday|zaterdag';
const ASIDE = new RegExp(
  // Not after "ok": "ok for the caption?" asks whether a claim may run (a tag, questionWords.ts).
  String.raw`(?<!\p{L})(?<!(?:ok|okay|good|safe|fine|goed)\s)(?:for|voor|in|per)\s+(?:the|our|my|a|one|een|de|het|ons|onze|mijn|tonight['’]s|today['’]s)\s+` +
    String.raw`(?:(?:\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm|u|uur)?|o['’]clock|live|web|online|print|radio|tv|morning|evening|night|late|early|top|main|daily|nightly|avond|ochtend|nacht|laatste|latest|next|volgende|${EDITION_KIND})\s+){0,3}` +
    String.raw`(?:update|bulletin|blog|liveblog|edition|editie|piece|stuk|show|journaal|newsletter|nieuwsbrief|podcast|broadcast|explainer|caption|headline|para|graf|intro|lede|copy|timeline|factbox|sidebar|website|site|push|pushbericht|pushmelding|alert)(?:\s+(?:box|blog|post|item|update|page|pagina))?(?!\p{L})` +
    // Kinds of copy that are also things in the world ("the analysis of the bullets", "in the portrait"): only after "for".
    String.raw`|(?<!\p{L})(?:for|voor)\s+(?:the|our|my|a|een|de|het|ons|onze|mijn)\s+(?:(?:${EDITION_KIND}|long|lange)\s+){0,2}` +
    String.raw`(?:analysis|analyse|column|profile|profiel|portrait|portret|essay|commentary|commentaar|op-ed|opiniestuk|achtergrondstuk|longread|read|feature|uitlegger|duiding)(?!\p{L})` +
    // How long the copy may be: "in one line", "in een zin"; not "in the line of fire".
    String.raw`|(?<!\p{L})in\s+(?:one|a|een|één|1|two|twee|2)\s+(?:line|lines|sentence|sentences|zin|zinnen|regel|regels|tweet)(?!\s+of)(?!\p{L})` +
    // Not knowing the thing asked about: "whats the csto, never heard of it", "nooit van gehoord".
    String.raw`|(?<!\p{L})(?:i['’]?ve\s+|i\s+have\s+)?never\s+heard\s+of\s+(?:it|them|this|that|him|her)(?!\p{L})|(?<!\p{L})(?:nog\s+)?nooit\s+van\s+gehoord(?!\p{L})`,
  'giu',
);

/** The question without its asides on where the copy goes (`ASIDE`). */
export function withoutAsides(text: string): string {
  // Bounded work: the pattern is anchored on a preposition and at most five words long.
  return text.replace(ASIDE, ' ').replace(/\s{2,}/gu, ' ').trim();
}

export function withoutPreamble(text: string): string {
  // The first break after which a question of its own starts, with only greeting and framing before it;
  // after a colon, a fragment too, when only framing words stand before it ("data journo q: 8000 arrests vs …").
  for (const m of text.matchAll(BREAK)) {
    const at = m.index ?? 0;
    const after = text.slice(at + m[0].length);
    const question = after.replace(OPENING_CONJUNCTIONS, '');
    if (question.length === 0) continue;
    if (!asksOnItsOwn(question) && !(m[0].includes(':') && onlyFrames(text.slice(0, at)) && wordsOf(question).length >= 2)) continue;
    if (!frames(text.slice(0, at))) return text;
    return [...namesIn(text.slice(0, at)), question].join(' ');
  }
  return text;
}
