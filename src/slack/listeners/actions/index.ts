import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { ACTION } from '../../blocks/actionIds.js';
import type { SlackDeps } from '../../deps.js';
import { moreResults, recordFeedback, shareAnswer } from './answerActions.js';
import { addArticle, cancelAdd, cancelRemove, removeArticle } from './articleActions.js';

export function registerActions(app: App, deps: SlackDeps): void {
  app.action<BlockAction<ButtonAction>>(ACTION.share, shareAnswer(deps));
  app.action<BlockAction<ButtonAction>>(ACTION.more, moreResults(deps));
  app.action<BlockAction<ButtonAction>>(ACTION.helpful, recordFeedback(deps, true));
  app.action<BlockAction<ButtonAction>>(ACTION.unhelpful, recordFeedback(deps, false));
  app.action<BlockAction<ButtonAction>>(ACTION.addArticle, addArticle(deps));
  app.action<BlockAction<ButtonAction>>(ACTION.cancelArticle, cancelAdd(deps));
  app.action<BlockAction<ButtonAction>>(ACTION.removeArticle, removeArticle(deps));
  app.action<BlockAction<ButtonAction>>(ACTION.cancelRemove, cancelRemove(deps));
}
