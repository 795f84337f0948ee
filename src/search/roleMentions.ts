/**
 * Who a role word stands for in an article: news text names a person once ("De Kazachse president
 * Kassym-Jomart Tokajev") and then writes "de president". A sentence that says only the role refers
 * back to the person the article bound it to, the way "hij" refers to the sentence before. Pure.
 */
import type { Term } from './analysis/analyzeText.js';
import { isPeopleAdjective } from '../text/dutchAdjectives.js';
import { spellingVariants } from './query/nameVariants.js';
import { flatMap, mapped } from '../lists/loops.js';
import { remembered } from '../lists/remembered.js';

const ROLES = new Set([
  'president', 'oud-president', 'premier', 'minister', 'leider', 'voorzitter', 'woordvoerder', 'directeur', 'chef',
  'politiechef', 'kolonel', 'generaal', 'autocraat', 'koning', 'burgemeester', 'rechterhand', 'vertrouweling',
  'vertrouwelingen', 'oprichter', 'regeringsleider', 'ambassadeur', 'commandant', 'leader', 'chairman', 'spokesman',
]);

/**
 * Whether a folded word is one person's role ("president", "oud-president", "vice-premier", a
 * compound headed by one: "vicevoorzitter", "partijleider"): what binds to a name and is resolved to it.
 */
export const isRole = (form: string): boolean => remembered(singularMemo, form, MEMO_LIMIT, () => ROLES.has(form) || (form.includes('-') && ROLES.has(form.slice(form.lastIndexOf('-') + 1))) || hasRoleForm(form, SINGULAR));

/**
 * Whether a folded word names people by a role, one or more ("commandanten", "vicevoorzitters"):
 * what says who someone is, or that someone else stands between a name and a verb. A plural never
 * binds: "de commandanten" is not the one commander the article named.
 */
export const namesRole = (form: string): boolean => remembered(pluralMemo, form, MEMO_LIMIT, () => isRole(form) || hasRoleForm(form, PLURAL));

/** Asked of every word of every sentence a question looks at closely, for each question: each form once (bounded). */
const MEMO_LIMIT = 50_000;
const singularMemo = new Map<string, boolean>();
const pluralMemo = new Map<string, boolean>();

/** Short roles ("chef") only as listed; longer ones head compounds. One expression each: asked of every word of every sentence. */
const MIN_HEAD = 5;
const heads = [...ROLES].filter((r) => r.length >= MIN_HEAD).join('|');
const SINGULAR = new RegExp(`^\\p{L}{3,}-?(?:${heads})$`, 'u');
const PLURAL = new RegExp(`^(?:\\p{L}{3,}-?)?(?:${heads}|${[...ROLES].join('|')})(?:s|en)$`, 'u');
/** The last letters of every role, plural or not: most words end otherwise, and skip the expressions. */
const ENDING = 4;
const ROLE_ENDINGS = new Set(mapped(flatMap([...ROLES], (r) => [r, `${r}s`, `${r}en`]), (r) => r.slice(-ENDING)));
const hasRoleForm = (form: string, expression: RegExp): boolean => ROLE_ENDINGS.has(form.slice(-ENDING)) && expression.test(form);

/** Names right after a role that are its holder ("president Kassym-Jomart Tokajev"): a first name and a surname at most. */
const HOLDER_WINDOW = 2;
/** Only spaces between a role and its holder: "vertrouwelingen van Nazarbajev" names an owner, not the role's holder. */
const ADJACENT = /^\s+$/u;
/** "Nazarbajev, de zelfbenoemde leider": the role after a name, a comma and an article. */
const APPOSED_ROLE = /^\s*,\s+(?:de|het|the)\s+(?:[^\s,]+\s+)?[‘'"“]?$/iu;

export interface RoleMentions {
  /** Roles the sentence binds to names, keyed by terms as `role` or `modifier role` ("russisch president"), with the names' terms. */
  named: Array<{ role: string; names: string[] }>;
  /** Roles the sentence uses without a name beside them, keyed the same way. */
  bare: string[];
}

/** The key of the role word at `i`, by terms: with the people adjective before it, if any ("Russische president"). */
function roleKey(words: readonly Term[], i: number, text: string): string {
  const role = (words[i] as Term).term;
  const before = words[i - 1];
  return before && isPeopleAdjective(before.form) && ADJACENT.test(text.slice(before.end, (words[i] as Term).start)) ? `${before.term} ${role}` : role;
}

/** The terms of the names right after the role word at `i` that are its holder ("president Kassym-Jomart Tokajev"). */
export function holdersAfter(text: string, words: readonly Term[], i: number, isName: (folded: string) => boolean): string[] {
  const holders: string[] = [];
  for (let k = i + 1; k <= i + HOLDER_WINDOW; k++) {
    const next = words[k];
    if (!next || !isName(next.form) || isPeopleAdjective(next.form) || !ADJACENT.test(text.slice((words[k - 1] as Term).end, next.start))) break;
    holders.push(next.term);
  }
  return holders;
}

export function roleMentions(text: string, words: readonly Term[], isName: (folded: string) => boolean): RoleMentions {
  const named: RoleMentions['named'] = [];
  const bare: string[] = [];
  const between = (a: Term, b: Term): string => text.slice(a.end, b.start);
  words.forEach((word, i) => {
    if (!isRole(word.form)) return;
    const holders = holdersAfter(text, words, i, isName);
    // "Nazarbajev, de zelfbenoemde leider": the name before, an article and at most one word between.
    if (holders.length === 0) {
      for (let k = i - 1; k >= Math.max(0, i - 2); k--) {
        const previous = words[k] as Term;
        if (!isName(previous.form)) continue;
        if (!isPeopleAdjective(previous.form) && APPOSED_ROLE.test(between(previous, word))) holders.push(previous.term);
        break;
      }
    }
    const nameBefore = i > 0 && isName((words[i - 1] as Term).form) && !isPeopleAdjective((words[i - 1] as Term).form);
    if (holders.length > 0) named.push({ role: roleKey(words, i, text), names: holders });
    else if (!nameBefore) bare.push(roleKey(words, i, text));
  });
  return { named, bare };
}

/**
 * An article's bindings, in reading order: a bare role refers to the person bound to it with the
 * same people adjective, or, said without one, to the first person the article gave that role.
 */
export class RoleBindings {
  private readonly bound = new Map<string, string[]>();

  learn(mentions: RoleMentions): void {
    for (const { role, names } of mentions.named) {
      if (!this.bound.has(role)) this.bound.set(role, names);
      const plain = role.slice(role.indexOf(' ') + 1);
      // Said without an adjective, a role is the first person the article gave it.
      if (!this.bound.has(plain)) this.bound.set(plain, names);
    }
  }

  /** The names the sentence's bare roles stand for. */
  resolve(mentions: RoleMentions): string[] {
    return flatMap(mentions.bare, (role) => this.bound.get(role) ?? []);
  }
}

/** Per role key, the names of every mention that binds it: what a question's "the president" may stand for. */
export type RoleTable = ReadonlyMap<string, readonly (readonly string[])[]>;

/** The table of a dossier's bindings, as IndexData keeps them: [sentence id, role key, names]. */
export function roleTableOf(bindings: ReadonlyArray<readonly [number, string, readonly string[]]>): Map<string, string[][]> {
  const table = new Map<string, string[][]>();
  for (const [, role, names] of bindings) {
    const holders = table.get(role);
    if (holders) holders.push([...names]);
    else table.set(role, [[...names]]);
  }
  return table;
}

/** Share of a role's mentions one person must have for the role to stand for them. */
const CLEAR_MAJORITY = 2 / 3;

/**
 * Who a role stands for across the dossier: the person (by last name, up to its transliterations)
 * that clearly most of its mentions name, with every name used for them; none when unclear.
 */
export function holdersOf(table: RoleTable, key: string): string[] {
  const mentions = table.get(key) ?? [];
  // Counted per last name first: a large dossier has thousands of mentions of a few people.
  const bySurname = new Map<string, { count: number; names: Set<string> }>();
  for (const names of mentions) {
    const surname = names[names.length - 1] as string;
    const entry = bySurname.get(surname) ?? { count: 0, names: new Set<string>() };
    entry.count++;
    for (const name of names) entry.names.add(name);
    bySurname.set(surname, entry);
  }
  for (const surname of bySurname.keys()) {
    const same = mapped([surname, ...spellingVariants(surname)], (s) => bySurname.get(s)).filter((e) => e !== undefined);
    if (same.reduce((sum, e) => sum + e.count, 0) >= CLEAR_MAJORITY * mentions.length) return [...new Set(flatMap(same, (e) => [...e.names]))];
  }
  return [];
}

/** Every role key with its holder (none when unclear), worked out once per index. */
export function resolveRoles(table: RoleTable): Map<string, string[]> {
  return new Map(mapped([...table.keys()], (key) => [key, holdersOf(table, key)]));
}

/** Whether `term` modifies some role in the table ("kazachs" in "kazachs president"). */
export function isRoleModifier(table: ReadonlyMap<string, unknown>, term: string): boolean {
  for (const key of table.keys()) if (key.startsWith(`${term} `)) return true;
  return false;
}
