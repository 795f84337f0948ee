/**
 * `/kazakhstan add <link>` and `/kazakhstan remove <article>`: acknowledged at once (fetching a page
 * may take seconds, and so may asking Slack who is in the editors' group), the preview or the
 * confirm step follows through `response_url`, seen only by the editor.
 */
import type { RespondFn, webApi } from '@slack/bolt';
import type { DossierIndex } from '../../../search/sentenceIndex.js';
import type { Request } from '../../../reply/parseRequest.js';
import { addUsageMessage, fetchingMessage, removeUsageMessage } from '../../blocks/articleMessages.js';
import type { SlackMessage } from '../../blocks/limits.js';
import { proposeArticle, proposeRemoval, type Editorial } from '../../editArticles.js';

type Ack = (message: { response_type: 'ephemeral' } & SlackMessage) => Promise<void>;

export async function editorialCommand(editorial: Editorial, index: DossierIndex, request: Extract<Request, { kind: 'add' | 'remove' }>, who: { userId: string; client: webApi.WebClient }, ack: Ack, respond: RespondFn): Promise<void> {
  const { dossier } = index;
  if (request.kind === 'add') {
    if (!request.link) {
      await ack({ response_type: 'ephemeral', ...addUsageMessage(dossier) });
      return;
    }
    await ack({ response_type: 'ephemeral', ...fetchingMessage(request.link) });
    const message = await proposeArticle(editorial, index, who, { kind: 'link', url: request.link }, request.link);
    await respond({ response_type: 'ephemeral', replace_original: true, ...message });
    return;
  }
  if (!request.article) {
    await ack({ response_type: 'ephemeral', ...removeUsageMessage(dossier) });
    return;
  }
  await ack({ response_type: 'ephemeral', ...fetchingMessage(`${dossier.command} for “${request.article}”`) });
  await respond({ response_type: 'ephemeral', replace_original: true, ...(await proposeRemoval(editorial, index, who, request.article)) });
}
