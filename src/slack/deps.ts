/** What the Slack listeners need, injected so tests can hand in their own. */
import type { LibraryHolder } from '../library/holdLibrary.js';
import type { QueryLog } from '../state/queryLog.js';
import type { EventClaims } from '../state/eventClaims.js';
import type { Votes } from '../state/votes.js';
import type { DigestSource } from '../digest/digestSource.js';
import type { TurnQueue } from '../library/takeTurns.js';
import type { AnswerPool } from '../library/answerPool.js';
import type { Editorial } from './editArticles.js';
import type { Metrics } from '../observe/metrics.js';

export interface SlackDeps {
  library: LibraryHolder;
  /** Which replica answers which event (exactly once). */
  eventClaims: EventClaims;
  /** 👍/👎, once per person per answer. */
  votes: Votes;
  /** Questions asked and their feedback; no user ids. */
  queryLog: QueryLog;
  /** For `/<dossier> digest` previews. */
  digest?: DigestSource;
  /** Where answers that no ack waits for take their turn (mentions, DMs, buttons); inline when absent. */
  turns?: TurnQueue;
  /** Worker threads that answer questions off the main thread (large dossiers); `turns` when absent. */
  answers?: AnswerPool;
  /** Adding and removing articles from Slack; without it, `add` and `remove` say where else to do it. */
  editorial?: Editorial;
  /** Where questions, Slack calls, acks and deduplicated events are counted; none counted without. */
  metrics?: Metrics;
  /** Short reference ids for error messages (injectable for tests); each request's own otherwise. */
  reference?: () => string;
}
