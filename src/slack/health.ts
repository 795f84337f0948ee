/** What `GET /healthz` reports: that the app is up, and what it serves. */
import type { Library } from '../library/loadLibrary.js';
import { mapped } from '../lists/loops.js';

export function health(library: Library): object {
  return {
    status: 'ok',
    dossiers: mapped(library.dossiers, (d) => ({ id: d.dossier.id, command: d.dossier.command, articles: d.dossier.articles.length, sentences: d.sentences.length })),
    problems: library.problems.filter((p) => p.severity === 'error').length,
  };
}
