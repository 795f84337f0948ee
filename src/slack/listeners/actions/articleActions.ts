/**
 * The buttons of the editing flow: Add to dossier / Cancel under a preview, Remove / Cancel under a
 * removal. Acknowledged at once; the outcome replaces the buttons, so nobody clicks twice.
 */
import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { SlackDeps } from '../../deps.js';
import { cancelArticle, confirmArticle, confirmRemoval, type Editorial } from '../../editArticles.js';
import { keptMessage } from '../../blocks/articleMessages.js';
import type { SlackMessage } from '../../blocks/limits.js';

type ButtonArgs = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction<ButtonAction>>;
type Step = (editorial: Editorial, deps: SlackDeps, args: ButtonArgs) => Promise<SlackMessage>;

function button(deps: SlackDeps, step: Step) {
  return async (args: ButtonArgs): Promise<void> => {
    await args.ack();
    const { editorial } = deps;
    if (!editorial) return;
    await args.respond({ replace_original: true, ...(await step(editorial, deps, args)) });
  };
}

const actor = (args: ButtonArgs) => ({ userId: args.body.user.id, client: args.client });

export const addArticle = (deps: SlackDeps) => button(deps, (editorial, d, args) => confirmArticle(editorial, d.library, actor(args), args.action.value ?? ''));
export const cancelAdd = (deps: SlackDeps) => button(deps, (editorial, _d, args) => cancelArticle(editorial, args.action.value ?? ''));
export const removeArticle = (deps: SlackDeps) => button(deps, (editorial, d, args) => confirmRemoval(editorial, d.library, actor(args), args.action.value));
export const cancelRemove = (deps: SlackDeps) => button(deps, async () => keptMessage());
