import type { App } from '@slack/bolt';
import type { SlackDeps } from '../../deps.js';
import { appHomeOpened } from './appHomeOpened.js';
import { appMention } from './appMention.js';
import { directMessage } from './directMessage.js';

export function registerEvents(app: App, deps: SlackDeps): void {
  app.event('app_mention', appMention(deps));
  // Only `message.im` is subscribed (manifest.yml): channel messages arrive as app_mention, once.
  app.message(directMessage(deps));
  app.event('app_home_opened', appHomeOpened(deps));
}
