/** What the Slack listeners need, injected so tests can hand in their own. */
import type { LibraryHolder } from '../answer/libraryHolder.js';
import type { FeedbackLog } from '../state/feedbackLog.js';
import type { SeenEvents } from '../state/seenEvents.js';

export interface SlackDeps {
  library: LibraryHolder;
  seenEvents: SeenEvents;
  feedback: FeedbackLog;
  /** Short reference ids for error messages (injectable for tests). */
  reference?: () => string;
}
