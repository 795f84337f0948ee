/**
 * Today's digest from the app's state: the library now serving, the query log, when articles were
 * first seen and when the last digest went out. Used by the scheduler, `npm run digest` and the
 * `/<dossier> digest` preview alike.
 */
import type { LibraryHolder } from '../library/holdLibrary.js';
import type { DigestSettings } from '../config/readConfig.js';
import { ArticleCatalog } from '../state/articleCatalog.js';
import { QueryLog, type QueryLogEntry } from '../state/queryLog.js';
import { composeDigest, type Digest } from './composeDigest.js';
import { DigestLedger } from './ledger.js';
import { localTime } from '../time/localTime.js';
import { flatMap, mapped } from '../lists/loops.js';

export interface DigestSource {
  ledger: DigestLedger;
  catalog: ArticleCatalog;
  /** The digest as it would go to `channel` now (new = since that channel's last digest), from this replica's query log. */
  compose(options?: { channel?: string; dossierId?: string }): Digest;
  /** The same, with every replica's questions (the shared query log): what is posted. */
  composeShared(options?: { channel?: string; dossierId?: string }): Promise<Digest>;
  /** Notes articles not seen before (on start-up and after every reload). */
  noteArticles(): string[];
}

export function digestSource(library: LibraryHolder, stateDir: string, settings: DigestSettings, now: () => Date = () => new Date(), queryLog = new QueryLog({ stateDir })): DigestSource {
  const ledger = new DigestLedger(stateDir);
  const catalog = new ArticleCatalog(stateDir);
  const noteArticles = (): string[] => catalog.record(flatMap(library.current().dossiers, (d) => mapped(d.dossier.articles, (a) => a.id)), now());
  const compose = ({ channel, dossierId }: { channel?: string; dossierId?: string }, queries: QueryLogEntry[]): Digest => {
    noteArticles();
    const since = (channel ?? settings.channels[0]) ? ledger.lastSent(channel ?? settings.channels[0] ?? '') : undefined;
    const dossiers = library.current().dossiers.filter((d) => !dossierId || d.dossier.id === dossierId);
    return composeDigest({ dossiers, date: localTime(now(), settings.timeZone).date, ...(since ? { since } : {}), firstSeen: catalog.firstSeen(), queries });
  };
  return {
    ledger,
    catalog,
    noteArticles,
    compose: (options = {}) => compose(options, queryLog.entries()),
    composeShared: async (options = {}) => compose(options, await queryLog.sharedEntries()),
  };
}
