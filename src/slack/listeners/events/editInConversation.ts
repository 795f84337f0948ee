/**
 * A file or link shared with the bot in a direct message or a mention, or `add <link>` / `remove
 * <article>` said there: the editing flow (editArticles.ts), answered with a message only the
 * editor sees (ephemeral), in the same conversation and thread. Returns false when the message is
 * not about editing, so it is answered as a question.
 */
import type { webApi } from '@slack/bolt';
import { acceptsFile, sourceOfFile } from '../../../ingest/draftArticle.js';
import { parseRequest } from '../../../reply/parseRequest.js';
import { dossierFor, dossierProblemText } from '../../../reply/resolveDossier.js';
import { stripMention } from '../../../reply/stripMention.js';
import { addUsageMessage, notEditorMessage, refusedMessage, removeUsageMessage } from '../../blocks/articleMessages.js';
import type { SlackMessage } from '../../blocks/limits.js';
import { replyMessage } from '../../blocks/replyMessage.js';
import { escapeText } from '../../blocks/mrkdwn.js';
import type { SlackDeps } from '../../deps.js';
import { downloadFile, type SharedFile } from '../../downloadFile.js';
import { proposeArticle, proposeRemoval } from '../../editArticles.js';
import { mapped } from '../../../lists/loops.js';

export interface ConversationMessage {
  channel: string;
  user: string;
  text: string;
  thread_ts?: string;
  files?: SharedFile[];
}

/** What Bolt's context says about the bot: its user id (to strip its mention), its token (to download files). */
interface BotContext {
  botUserId?: string;
  botToken?: string;
}

const plain = (text: string): SlackMessage => ({ text: escapeText(text), blocks: [{ type: 'section', text: { type: 'mrkdwn', text: escapeText(text) } }] });

/** Seen by the one user only, in the conversation and thread the message came from. */
async function postEphemeralTo(client: webApi.WebClient, message: ConversationMessage, reply: SlackMessage): Promise<void> {
  await client.chat.postEphemeral({ channel: message.channel, user: message.user, ...(message.thread_ts ? { thread_ts: message.thread_ts } : {}), text: reply.text, blocks: reply.blocks });
}

export async function editInConversation(deps: SlackDeps, message: ConversationMessage, client: webApi.WebClient, bot: BotContext): Promise<boolean> {
  const { editorial } = deps;
  const text = stripMention(message.text, bot.botUserId);
  const shared = message.files ?? [];
  // Only article files make it an edit: a screenshot with "wie is Tokajev?" is a question.
  const files = shared.filter((file) => acceptsFile(file.name ?? ''));
  const library = deps.library.current();
  const found = dossierFor(library, text);
  const request = parseRequest('problem' in found ? text : found.text);
  if (files.length === 0 && request.kind !== 'add' && request.kind !== 'remove') {
    // Files of another kind and no words: an editor meant to add them, anyone else gets the usual silence.
    if (shared.length === 0 || text !== '' || !editorial || !(await editorial.editors.isEditor(message.user, client))) return false;
    for (const file of shared) await postEphemeralTo(client, message, refusedMessage(file.name ?? 'the file', 'only .txt, .md and .html files can be added'));
    return true;
  }
  const tell = (reply: SlackMessage): Promise<void> => postEphemeralTo(client, message, reply);
  if ('problem' in found) {
    await tell(plain(dossierProblemText(found.problem)));
    return true;
  }
  const { index } = found;
  // Several dossiers: a file goes where the editor says, never to whichever comes first.
  if (files.length > 0 && library.dossiers.length > 1 && found.text === text) {
    await tell(plain(`Which dossier is it for? Share it again with the dossier's name, e.g. “${mapped(library.dossiers, (d) => d.dossier.id).join('” or “')}”.`));
    return true;
  }
  if (!editorial) {
    await tell(replyMessage({ kind: 'editorial', dossier: index.dossier, action: request.kind === 'remove' ? 'remove' : 'add' }, { surface: 'ephemeral' }));
    return true;
  }
  const actor = { userId: message.user, client };
  if (files.length > 0) {
    // Checked before anything is downloaded: a reporter's file is never fetched.
    if (!(await editorial.editors.isEditor(actor.userId, client))) {
      await tell(notEditorMessage(index.dossier, editorial.editors.whomToAsk(), 'add'));
      return true;
    }
    for (const file of shared) {
      const name = file.name ?? 'the file';
      if (!acceptsFile(name)) {
        await tell(refusedMessage(name, 'only .txt, .md and .html files can be added'));
        continue;
      }
      const downloaded = await downloadFile(file, bot.botToken ?? '', editorial.slackApiUrl ? { slackApiUrl: editorial.slackApiUrl } : {});
      await tell(downloaded.ok ? await proposeArticle(editorial, index, actor, sourceOfFile(name, downloaded.bytes), name) : refusedMessage(name, downloaded.reason));
    }
    return true;
  }
  if (request.kind === 'add') {
    await tell(request.link ? await proposeArticle(editorial, index, actor, { kind: 'link', url: request.link }, request.link) : addUsageMessage(index.dossier));
  } else if (request.kind === 'remove') {
    await tell(request.article ? await proposeRemoval(editorial, index, actor, request.article) : removeUsageMessage(index.dossier));
  }
  return true;
}
