/**
 * Messages of the editing flow: the preview of an article with Add / Cancel, the confirmation
 * naming the article and the editor, the removal's confirm step, and every refusal. Pure; titles,
 * sources, links and sentences come from outside (web pages, files) and are escaped.
 */
import { section, context, button } from './elements.js';
import { articleFileName, type Article, type Dossier } from '../../knowledge/types.js';
import type { Draft } from '../../ingest/draftArticle.js';
import { ACTION } from './actionIds.js';
import type { KnownBlock } from './blockTypes.js';
import { finishMessage, type SlackMessage } from './limits.js';
import { escapeText, linkTarget } from './mrkdwn.js';
import { mapped } from '../../lists/loops.js';

/** One plain sentence as a message: the fallback text and a section saying the same. */
const said = (mrkdwn: string, plain: string): SlackMessage => finishMessage({ text: plain, blocks: [section(mrkdwn)] });

/** `Title — Source, date` as the citation will show it; unknowns said as such, never invented. */
function byline(title: string, source: string | undefined, date: string | undefined): { mrkdwn: string; plain: string } {
  const rest = `${source ?? 'source unknown'}, ${date ?? 'date unknown'}`;
  return { mrkdwn: `*${escapeText(title)}* — ${escapeText(rest)}`, plain: `“${title}” — ${rest}` };
}

export function fetchingMessage(what: string): SlackMessage {
  return finishMessage({ text: `Reading ${what}…`, blocks: [context(`Reading ${escapeText(what)}…`)] });
}

export function notEditorMessage(dossier: Dossier, whomToAsk: string, action: 'add' | 'remove'): SlackMessage {
  // `whomToAsk` is mentions this app built (`<@U…>`, `<!subteam^S…>`): not escaped, so they link.
  const how = action === 'add' ? `they can add it with \`${dossier.command} add <link>\`` : `they can take it out with \`${dossier.command} remove <article>\``;
  return finishMessage({
    text: `Only the dossier's editors can change ${dossier.command}. Ask one of them.`,
    blocks: [section(`Only the dossier's editors can change *${dossier.command}*. Ask ${whomToAsk} — ${how}.`)],
  });
}

export function refusedMessage(what: string, reason: string): SlackMessage {
  return said(`:x: ${escapeText(what)} was not added: ${escapeText(reason)}. Nothing changed in the dossier.`, `${what} was not added: ${reason}. Nothing changed in the dossier.`);
}

export function addUsageMessage(dossier: Dossier): SlackMessage {
  return said(
    `Add an article with \`${dossier.command} add <link to the article>\`, or share a .txt, .md or .html file with me in a direct message. You see a preview before anything is added.`,
    `Add an article with ${dossier.command} add <link>, or share a .txt, .md or .html file with the bot.`,
  );
}

export function previewMessage(dossier: Dossier, draft: Draft, pendingId: string): SlackMessage {
  const r = draft.report;
  const line = byline(r.title, r.source, r.date);
  const facts = [
    `${line.mrkdwn}${r.titleDerived ? ' _(no headline given: its opening words)_' : ''}`,
    r.url ? `<${linkTarget(r.url)}|${escapeText(r.url)}>` : 'no link',
    `${r.paragraphs} paragraph${r.paragraphs === 1 ? '' : 's'}, ${r.sentences} sentence${r.sentences === 1 ? '' : 's'}${r.date && draft.dateFromPage ? ' · date as the page states it' : ''}`,
  ];
  const blocks: KnownBlock[] = [section(`Add this article to *${dossier.command}*?\n${facts.join('\n')}`)];
  if (draft.opening.length > 0) blocks.push(section(mapped(draft.opening, (s) => `> ${escapeText(s)}`).join('\n')));
  const notes: string[] = [];
  if (r.sameLink) notes.push(`Same link as “${escapeText(r.sameLink.title)}” (\`${escapeText(r.sameLink.file)}\`), already in the dossier — most likely an earlier version. Adding keeps both; \`${dossier.command} remove ${escapeText(r.sameLink.file)}\` takes the old one out.`);
  if (r.overlaps.length > 0) notes.push(`Shares sentences with ${mapped(r.overlaps, (o) => `“${escapeText(o.title)}” (${o.shared})`).join(', ')}.`);
  if (r.captions.length > 0) notes.push(`${r.captions.length} photo caption${r.captions.length === 1 ? '' : 's'} kept but never given as answers.`);
  if (!r.source || !r.date) notes.push('What the page does not state stays unknown in the citation.');
  if (notes.length > 0) blocks.push(context(notes.join(' ')));
  blocks.push({ type: 'actions', block_id: 'article_preview', elements: [button('Add to dossier', ACTION.addArticle, pendingId, 'primary'), button('Cancel', ACTION.cancelArticle, pendingId)] });
  return finishMessage({ text: `Add ${line.plain} to ${dossier.command}?`, blocks });
}

export function addedMessage(dossier: Dossier, added: { title: string; source?: string; date?: string; url?: string }, editor: string, searchable: boolean): SlackMessage {
  const line = byline(added.title, added.source, added.date);
  const link = added.url ? ` <${linkTarget(added.url)}|open article>` : '';
  const when = searchable ? `Reporters get answers from it now: try \`${dossier.command} …\`.` : 'Reporters get answers from it within a few seconds.';
  return finishMessage({
    text: `Added ${line.plain} to ${dossier.command}.`,
    blocks: [section(`:white_check_mark: Added ${line.mrkdwn}${link} to *${dossier.command}*, by <@${editor}>. ${when}`)],
  });
}

export function cancelledMessage(): SlackMessage {
  return said('Cancelled: nothing was added.', 'Cancelled: nothing was added.');
}

/** A button whose preview is gone, already used, or being used right now. */
export function staleMessage(why: 'gone' | 'busy' | 'done'): SlackMessage {
  const text = why === 'busy' ? 'That is being done right now.' : why === 'done' ? 'That was already done.' : 'That preview has expired (they last an hour); share the link or file again.';
  return said(escapeText(text), text);
}

export function notYoursMessage(): SlackMessage {
  const text = 'Only the editor who asked for this preview can confirm it.';
  return said(text, text);
}

export function removeUsageMessage(dossier: Dossier): SlackMessage {
  return said(
    `Say which article: \`${dossier.command} remove <file name or words of its title>\`. \`${dossier.command} sources\` lists the articles by title.`,
    `Say which article: ${dossier.command} remove <file name or words of its title>.`,
  );
}

export function removeChoicesMessage(dossier: Dossier, asked: string, matches: readonly Article[]): SlackMessage {
  if (matches.length === 0) return said(`No article in *${dossier.command}* matches “${escapeText(asked)}”. \`${dossier.command} sources\` lists the articles by title; a few words of one are enough.`, `No article in ${dossier.command} matches “${asked}”.`);
  const list = mapped(matches, (a) => `• \`${escapeText(articleFileName(a))}\` — ${escapeText(a.title)}`).join('\n');
  return finishMessage({ text: `“${asked}” matches ${matches.length} articles; name one by its file.`, blocks: [section(`“${escapeText(asked)}” matches ${matches.length} articles; name one by its file name:\n${list}`)] });
}

export function removeConfirmMessage(dossier: Dossier, article: Article, value: string): SlackMessage {
  const line = byline(article.title, article.source, article.date);
  return finishMessage({
    text: `Remove ${line.plain} from ${dossier.command}?`,
    blocks: [
      section(`Remove ${line.mrkdwn} (\`${escapeText(articleFileName(article))}\`) from *${dossier.command}*? Reporters will no longer get answers from it. The file is set aside, not deleted.`),
      { type: 'actions', block_id: 'article_remove', elements: [button('Remove from dossier', ACTION.removeArticle, value, 'danger'), button('Cancel', ACTION.cancelRemove, value)] },
    ],
  });
}

export function removedMessage(dossier: Dossier, title: string, editor: string): SlackMessage {
  return finishMessage({ text: `Removed “${title}” from ${dossier.command}.`, blocks: [section(`Removed *${escapeText(title)}* from *${dossier.command}*, by <@${editor}>. The file is kept aside in the knowledge folder (\`.removed/\`).`)] });
}

export function keptMessage(): SlackMessage {
  return said('Cancelled: the article stays in the dossier.', 'Cancelled: the article stays in the dossier.');
}
