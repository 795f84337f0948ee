import { mapped } from '../lists/loops.js';
/**
 * What can follow a dossier's command: the one table that parsing, Slack's help, the console's
 * help and the Home tab all read, so what the bot says it can do is what it does.
 */

export type SubcommandKind = 'ask' | 'sources' | 'figures' | 'digest' | 'add' | 'remove' | 'help';

interface SubcommandBase {
  /** The words that call it, English and Dutch, lower case; the first is its name. None for a question. */
  words: readonly string[];
  /** What to type after the dossier's command. */
  usage: string;
  description: string;
}

/** Subcommands that take words after their name (`figures arrestaties`, `add <link>`): parsing reads `takesTopic`. */
type WithTopic = 'figures' | 'add' | 'remove';
export type Subcommand = SubcommandBase & ({ kind: WithTopic; takesTopic: true } | { kind: Exclude<SubcommandKind, WithTopic>; takesTopic?: false });

export const SUBCOMMANDS: readonly Subcommand[] = [
  { kind: 'ask', words: [], usage: '<question>', description: 'the best matching sentences, verbatim, each with its citation' },
  { kind: 'figures', words: ['figures', 'cijfers'], usage: 'figures [topic]', takesTopic: true, description: 'the figures per topic (deaths, arrests, …): who says so, when, retracted or hedged, and where sources differ' },
  { kind: 'sources', words: ['sources', 'bronnen', 'artikelen', 'articles'], usage: 'sources', description: 'the articles in this dossier' },
  { kind: 'digest', words: ['digest'], usage: 'digest', description: "a preview of today's digest" },
  { kind: 'add', words: ['add', 'toevoegen'], usage: 'add <link>', takesTopic: true, description: 'editors: add a news article by its link (or share a .txt, .md or .html file with the bot), after a preview' },
  { kind: 'remove', words: ['remove', 'verwijderen'], usage: 'remove <article>', takesTopic: true, description: 'editors: take an article out of the dossier (it is set aside, not deleted), after a confirmation' },
  { kind: 'help', words: ['help', 'hulp', '?', 'uitleg', 'usage'], usage: 'help', description: 'this help, with examples' },
];

/** Each subcommand as `/kazakhstan figures [topic]` with its description. */
export function usageLines(command: string): Array<{ kind: SubcommandKind; usage: string; description: string }> {
  return mapped(SUBCOMMANDS, (s) => ({ kind: s.kind, usage: `${command} ${s.usage}`, description: s.description }));
}
