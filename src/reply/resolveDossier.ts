/**
 * Which dossier a request is for: the one place every surface asks (slash command, mention, DM,
 * console, `ask`, buttons), so "no such dossier" reads the same everywhere.
 *
 * - by command or id (`/kazakhstan`, `kazakhstan`): that dossier, or `unknown`;
 * - free text (mentions, DMs, the console) may start with a dossier's command or name
 *   (`/kazakhstan troops`, `kazakhstan troops`); otherwise the first dossier answers. A leading
 *   `/word` that names no dossier is `unknown`, not a question.
 */
import type { Library } from '../library/loadLibrary.js';
import type { DossierIndex } from '../search/sentenceIndex.js';
import { mapped } from '../lists/loops.js';

export type DossierProblem = { kind: 'none-loaded' } | { kind: 'unknown'; asked: string; known: string[] };

export type Resolved = { index: DossierIndex; text: string } | { problem: DossierProblem };

/** A dossier by its slash command (with or without the slash) or its folder name. */
export function dossierNamed(library: Library, name: string): Resolved {
  const index = library.byCommand(name) ?? library.byId(name.replace(/^\//u, '').toLowerCase());
  if (index) return { index, text: '' };
  return library.dossiers.length === 0 ? { problem: { kind: 'none-loaded' } } : { problem: { kind: 'unknown', asked: name, known: commandsOf(library) } };
}

/** The dossier a free-form message is for, and the message without the dossier's name. */
export function dossierFor(library: Library, message: string): Resolved {
  const trimmed = message.trim();
  const first = /^(\/?)([\p{L}\p{N}_-]+)(?:\s+([\s\S]*))?$/u.exec(trimmed);
  if (first?.[2]) {
    const named = dossierNamed(library, first[2]);
    if ('index' in named) return { index: named.index, text: first[3] ?? '' };
    if (first[1] === '/' && named.problem.kind === 'unknown') return { problem: { ...named.problem, asked: `/${first[2]}` } };
  }
  const index = library.dossiers[0];
  return index ? { index, text: trimmed } : { problem: { kind: 'none-loaded' } };
}

/** What a user is told, in plain text (surfaces escape it for their medium). */
export function dossierProblemText(problem: DossierProblem): string {
  return problem.kind === 'none-loaded'
    ? 'No dossiers are loaded yet: an editor adds a folder of articles to the knowledge folder.'
    : `There is no dossier called ${problem.asked}. Dossiers: ${problem.known.join(', ')}.`;
}

const commandsOf = (library: Library): string[] => mapped(library.dossiers, (d) => d.dossier.command);
