/**
 * Reply → Slack message (Block Kit + fallback text). Pure: the listeners decide where it goes.
 */
import { section, context, button } from './elements.js';
import type { Reply, SourceSummary } from '../../reply/replyTo.js';
import type { Dossier } from '../../knowledge/types.js';
import { ACTION, encodeRef, MAX_OFFSET } from './actionIds.js';
import type { Button, KnownBlock } from './blockTypes.js';
import { finishMessage, groupLines, type SlackMessage } from './limits.js';
import { sourceLines } from './sourceLines.js';
import { usageLines } from '../../reply/commands.js';
import { cleanQuestion } from '../../search/query/cleanQuestion.js';
import { citationText, escapeText, highlightedSentence } from './mrkdwn.js';
import { plainCitation } from '../../answer/citationFields.js';
import { gapNote } from '../../answer/gapNote.js';
import { figureLines } from '../../digest/figureLines.js';
import { digestMessage } from './digestMessage.js';
import { figureMrkdwn } from './figureText.js';
import { figureSeries, seriesTable } from '../../figures/figureSeries.js';
import { mapped } from '../../lists/loops.js';

export interface RenderOptions {
  /** Where the message appears: an ephemeral slash-command answer can be shared; a thread reply already is. */
  surface: 'ephemeral' | 'public';
  /** Slack user id of the asker, for attribution when an answer is shared in the channel. */
  askedBy?: string;
  /** The question's query-log entry, carried by the buttons so feedback can refer to it. */
  logId?: string;
}


function answerMessage(reply: Extract<Reply, { kind: 'answer' }>, options: RenderOptions): SlackMessage {
  const { dossier, answer, offset } = reply;
  const asked = `${options.askedBy ? `<@${options.askedBy}> asked` : 'You asked'} *${dossier.command}* ${escapeText(answer.query)}`;
  const blocks: KnownBlock[] = [section(asked)];
  const notes: string[] = [];
  if (answer.unmatched.length > 0) notes.push(`Not in this dossier: ${escapeText(answer.unmatched.join(', '))}.`);
  if (answer.suggestions.length > 0) notes.push(`Did you mean: ${mapped(answer.suggestions, escapeText).join(', ')}?`);

  if (answer.results.length === 0) {
    blocks.push(section(`No sentence in *${escapeText(dossier.title)}* answers that.${notes.length ? ` ${notes.join(' ')}` : ''}`));
    blocks.push(context(`Try other words, or \`${dossier.command} help\` for examples. \`${dossier.command} sources\` lists the articles.`));
    return finishMessage({ text: `No sentence in ${dossier.title} answers “${answer.query}”. ${notes.join(' ')}`.trim(), blocks });
  }

  const gap = gapNote(answer);
  if (gap) blocks.push(section(`:warning: ${escapeText(gap)}`));
  answer.results.forEach((result, i) => {
    blocks.push(section(`*${offset + i + 1}.* ${highlightedSentence(result)}`));
    const caveats = mapped(result.caveats, (c) => `⚠️ *${escapeText(c)}*`).join(' · ');
    blocks.push(context(`${caveats ? `${caveats} · ` : ''}${result.match === 'partial' ? '_related, not an exact answer_ · ' : ''}${citationText(result.citation)}`));
  });
  if (notes.length > 0) blocks.push(context(notes.join(' ')));

  const ref = { dossierId: dossier.id, query: answer.query, offset, ...(options.logId ? { logId: options.logId } : {}) };
  const buttons: Button[] = [];
  if (options.surface === 'ephemeral') buttons.push(button('Share in channel', ACTION.share, encodeRef(ref), 'primary'));
  // Pages end at MAX_OFFSET: a More beyond it could not be followed.
  if (answer.more > 0 && offset + answer.results.length <= MAX_OFFSET) buttons.push(button(`More (${answer.more})`, ACTION.more, encodeRef({ ...ref, offset: offset + answer.results.length })));
  buttons.push(button('👍', ACTION.helpful, encodeRef(ref)), button('👎', ACTION.unhelpful, encodeRef(ref)));
  blocks.push({ type: 'actions', block_id: 'answer_actions', elements: buttons });

  const fallback = mapped(answer.results, (r, i) => `${offset + i + 1}. “${r.text}”${mapped(r.caveats, (c) => ` [${c}]`).join('')} (${plainCitation(r.citation)})`).join('\n');
  return finishMessage({ text: `${dossier.command} ${answer.query}\n${gap ? `${gap}\n` : ''}${fallback}`, blocks });
}

export function helpMessage(dossier: Dossier, reason: 'asked' | 'no-question' = 'asked'): SlackMessage {
  const examples = dossier.examples.length > 0 ? dossier.examples : ['troops', 'hoeveel doden'];
  const lines = [
    reason === 'no-question' ? 'I did not find a question in that. Ask with a few words, in English or Dutch:' : `*${escapeText(dossier.title)}*${dossier.description ? ` — ${escapeText(dossier.description)}` : ''}`,
    '',
    ...mapped(usageLines(dossier.command), (line) => `• \`${escapeText(line.usage)}\` — ${escapeText(line.description)}${line.kind === 'ask' ? ' (only you see it; *Share in channel* posts it)' : ''}`),
    '• Mention the bot in a channel (`@Dossier bot wie is Nazarbajev?`) for an answer in the thread, or send it a direct message.',
    '',
    `Examples: ${mapped(examples, (e) => `\`${dossier.command} ${escapeText(e)}\``).join(', ')}`,
  ];
  return finishMessage({
    text: `${dossier.command}: ask a question in English or Dutch, e.g. ${dossier.command} ${examples[0] ?? ''}. Also: ${dossier.command} sources, ${dossier.command} help.`,
    blocks: [section(lines.join('\n')), context('Answers are sentences copied from the articles, never generated or paraphrased.')],
  });
}

function sourcesMessage(dossier: Dossier, sources: readonly SourceSummary[]): SlackMessage {
  const blocks: KnownBlock[] = [section(`*${escapeText(dossier.title)}* — ${sources.length} article${sources.length === 1 ? '' : 's'}`)];
  for (const group of groupLines(sourceLines(sources))) blocks.push(section(group));
  return finishMessage({ text: `${dossier.title}: ${sources.length} article${sources.length === 1 ? '' : 's'}. ${mapped(sources, (s) => s.title).join('; ')}`, blocks });
}

export function replyMessage(reply: Reply, options: RenderOptions): SlackMessage {
  switch (reply.kind) {
    case 'answer':
      return answerMessage(reply, options);
    case 'help':
      return helpMessage(reply.dossier, reply.reason);
    case 'sources':
      return sourcesMessage(reply.dossier, reply.sources);
    case 'figures':
      return figuresMessage(reply);
    case 'digest':
      return reply.digest
        ? digestMessage(reply.digest)
        : finishMessage({ text: 'The digest preview is not available here.', blocks: [section('The digest preview is not available here.')] });
    case 'editorial': {
      // Shown only where the editing flow is not wired in (src/slack/editArticles.ts handles it otherwise).
      const text = `Changing ${reply.dossier.command} from Slack is not set up here; on the server: npm run ingest -- <link | file> --dossier ${reply.dossier.id}.`;
      return finishMessage({ text, blocks: [section(escapeText(text))] });
    }
    case 'too_long':
      return finishMessage({
        text: `That question is ${reply.length} characters long; please ask in at most ${reply.max}.`,
        blocks: [section(`That question is ${reply.length} characters long — please ask in at most ${reply.max}, with a few key words (\`${reply.dossier.command} troops\`, \`${reply.dossier.command} hoeveel doden\`).`)],
      });
  }
}

function figuresMessage(reply: Extract<Reply, { kind: 'figures' }>): SlackMessage {
  const { dossier } = reply;
  const lines = mapped(figureLines(reply.topics), (line) => {
    const values = mapped(line.figures, (f) => `${figureMrkdwn(f.description)}\n      “${escapeText(f.sentence)}” (${citationText(f.citation)})`);
    const updates = mapped(line.updates, (u) => `updated: ${escapeText(u)}`);
    return [`• *${escapeText(line.label)}*${line.sourcesDiffer ? ` ⚠️ _sources differ: ${escapeText(line.disagreements.join('; '))}_` : ''}`, ...updates, ...values].join('\n   ');
  });
  const topics = mapped(dossier.topics, (t) => `\`${dossier.command} figures ${escapeText(t.name)}\``).join(', ');
  if (lines.length === 0) {
    const text = reply.asked ? `No figures for “${reply.asked}” in ${dossier.title}.` : `No figures tracked in ${dossier.title}.`;
    return finishMessage({ text, blocks: [section(escapeText(text)), ...(topics ? [context(`Topics: ${topics}`)] : [])] });
  }
  const blocks: KnownBlock[] = [section(`*Figures in ${escapeText(dossier.title)}*${reply.asked ? ` — ${escapeText(reply.asked)}` : ''}`)];
  for (const group of groupLines(lines)) blocks.push(section(group));
  for (const series of figureSeries(reply.topics)) blocks.push(section(`*How ${escapeText(series.label)} moved* (chart sent to you in a direct message):\n\`\`\`${escapeText(seriesTable(series).join('\n'))}\`\`\``));
  blocks.push(context(`Figures are quoted as the articles give them, with who says so and when; retracted, corrected and hedged figures are marked. Where sources differ, each is shown with its source. Topics: ${topics}`));
  const text = mapped(figureLines(reply.topics), (l) => `${l.label}: ${mapped(l.figures, (f) => `${f.description.value}${f.standing ? '' : ` (${f.description.warnings[0] ?? ''})`}`).join(l.sourcesDiffer ? ' vs ' : ', ')}`).join('; ');
  return finishMessage({ text: `${dossier.title} figures — ${text}`, blocks });
}

/** A short apology with a reference the team can find in the logs. */
export function errorMessage(reference: string): SlackMessage {
  return { text: `Sorry, something went wrong answering that (reference ${escapeText(reference)}).`, blocks: [section(`Sorry, something went wrong answering that. If it keeps happening, tell the team reference \`${reference}\`.`)] };
}

/** The ack of a question whose answer follows through `response_url` (a busy or very large dossier). */
export function searchingMessage(title: string, question: string): SlackMessage {
  const asked = cleanQuestion(question).slice(0, 200);
  // The fallback text is escaped by finishMessage; the block's mrkdwn here.
  return finishMessage({ text: `Searching ${title} for “${asked}”…`, blocks: [context(`Searching ${escapeText(title)} for “${escapeText(asked)}”…`)] });
}
