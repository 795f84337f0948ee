/** Every listener of the app, by kind: this list is the app's table of contents. */
import type { App } from '@slack/bolt';
import type { SlackDeps } from '../deps.js';
import { claimEvents } from '../middleware/claimEvents.js';
import { registerActions } from './actions/index.js';
import { registerCommands } from './commands/index.js';
import { registerEvents } from './events/index.js';

export function registerListeners(app: App, deps: SlackDeps): void {
  app.use(claimEvents(deps.eventClaims, deps.metrics));
  registerCommands(app, deps);
  registerEvents(app, deps);
  registerActions(app, deps);
}
