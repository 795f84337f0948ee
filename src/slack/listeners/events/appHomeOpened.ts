/** Opening the app's Home tab shows the dossiers, their articles and how to ask. */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { homeView } from '../../blocks/homeView.js';
import type { SlackDeps } from '../../deps.js';

export function appHomeOpened(deps: SlackDeps) {
  return async ({ event, client }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_home_opened'>): Promise<void> => {
    if (event.tab !== 'home') return;
    await client.views.publish({ user_id: event.user, view: homeView(deps.library.current().dossiers) });
  };
}
