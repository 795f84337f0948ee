/**
 * The greeting and newsroom context a chatty question opens with: "hi, for tonight's piece: why
 * has Moscow sent soldiers?", "Goedenavond, ik zit op de buitenlandpagina: welke landen …",
 * "Morning! Doing a graphic on the energy angle — what's …". Who asks, and for what, says nothing
 * about the answer, and its words ("piece", "graphic", "angle") would count as content the dossier
 * lacks. Cut at the last break (a colon, a dash, an exclamation mark) after which a question of its
 * own starts, when what comes before it greets or frames. Names in the preamble stay: "writing the
 * Nazarbayev profile — when did he last appear?" is about Nazarbayev. Pure.
 */
import { fold } from '../analysis/fold.js';

/** Where a preamble ends: a colon, a dash between spaces, an exclamation or question mark. */
const BREAK = /\s*(?::|\s[—–-]\s|[!?])\s*/gu;
/** Words a question of its own opens with, English and Dutch. */
const OPENERS = new Set([
  'what', "what's", 'whats', 'who', "who's", 'why', 'how', 'when', 'where', 'which', 'whose', 'did', 'does', 'do', 'is', 'are', 'was', 'were',
  'has', 'have', 'had', 'can', 'could', 'will', 'would', 'should', 'any', 'wat', 'wie', 'waarom', 'hoe', 'wanneer', 'waar', 'welke', 'welk',
  'hoeveel', 'heeft', 'hebben', 'zijn', 'waren', 'wordt', 'worden', 'werd', 'werden', 'kan', 'kunnen', 'klopt', 'gaat', 'gaan', 'zal', 'zullen',
  'weten', 'weet', 'vanuit', 'tot', 'sinds', 'since', 'according', 'volgens', 'in', 'op',
]);
/** Greetings a message opens with. */
const GREETINGS = new Set(['hi', 'hello', 'hey', 'hiya', 'morning', 'evening', 'afternoon', 'good', 'hoi', 'hallo', 'hee', 'goedemorgen', 'goedemiddag', 'goedenavond', 'dag', 'moi', 'yo']);
/** Words of the newsroom's own work: who asks, for which piece or page, by when. */
const FRAMING = new Set([
  'piece', 'story', 'article', 'graphic', 'graphics', 'profile', 'explainer', 'liveblog', 'live', 'blog', 'desk', 'editor', 'editors',
  'newsletter', 'podcast', 'broadcast', 'bulletin', 'tonight', 'tomorrow', 'writing', 'working', 'doing', 'wires', 'quick', 'question',
  'deadline', 'angle', 'background', 'stuk', 'artikel', 'profiel', 'achtergrond', 'duiding', 'redactie', 'eindredactie', 'vanavond', 'morgen',
  'vraag', 'vraagje', 'nieuwsbrief', 'uitzending', 'journaal', 'ochtendnieuws', 'avondnieuws', 'schrijf', 'werk', 'bezig', 'update',
  'check', 'factcheck',
]);
/** A page or section of the paper: "buitenlandpagina", "front page". */
const PAGE = /(?:pagina|page|katern|rubriek)$/u;

const wordsOf = (text: string): string[] => text.split(/[^\p{L}\p{N}'’]+/u).filter(Boolean);

function frames(preamble: string): boolean {
  const words = wordsOf(preamble).map((w) => fold(w));
  if (words.length === 0) return false;
  return GREETINGS.has(words[0] as string) || words.some((w) => FRAMING.has(w) || PAGE.test(w));
}

function asksOnItsOwn(rest: string): boolean {
  const words = wordsOf(rest);
  return words.length >= 2 && OPENERS.has(fold(words[0] as string));
}

export function withoutPreamble(text: string): string {
  let cut: { end: number; rest: number } | undefined;
  for (const m of text.matchAll(BREAK)) {
    const at = m.index ?? 0;
    const rest = at + m[0].length;
    // A break at the very end ("… today?") ends the question, it opens none.
    if (rest >= text.length) continue;
    if (frames(text.slice(0, at)) && asksOnItsOwn(text.slice(rest))) cut = { end: at, rest };
  }
  if (!cut) return text;
  // Names in the preamble stay: capitalised words, not the first of a sentence ("Morning! Doing …").
  const names = text
    .slice(0, cut.end)
    .split(/[.!?]/u)
    .flatMap((part) => wordsOf(part).slice(1))
    .filter((w) => /^\p{Lu}/u.test(w));
  return [...names, text.slice(cut.rest)].join(' ');
}
