import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { ACTION } from '../../blocks/actionIds.js';
import type { SlackDeps } from '../../deps.js';
import { moreResults, recordFeedback, shareAnswer } from './answerActions.js';

export function registerActions(app: App, deps: SlackDeps): void {
  app.action<BlockAction<ButtonAction>>(ACTION.share, shareAnswer(deps));
  app.action<BlockAction<ButtonAction>>(ACTION.more, moreResults(deps));
  app.action<BlockAction<ButtonAction>>(ACTION.helpful, recordFeedback(deps, true));
  app.action<BlockAction<ButtonAction>>(ACTION.unhelpful, recordFeedback(deps, false));
}
