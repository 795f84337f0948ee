/**
 * Editors keep a dossier current from Slack. Adding: a link or file → a draft (draftArticle.ts, the
 * same path as `npm run ingest`) → a preview only the editor sees, with Add / Cancel → on Add the
 * knowledge file is written whole, the audit log notes it, and the library reloads. Removing: an
 * article named by file or title → a confirm step → the file is set aside, never deleted. Every
 * step checks the editor again: a button can be clicked by whoever sees it, and EDITORS can change.
 * Each function returns the message to show; the listeners decide where it goes.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { webApi } from '@slack/bolt';
import { draftArticle, type ArticleSource } from '../ingest/draftArticle.js';
import type { FetchPageOptions } from '../ingest/fetchPage.js';
import { compareWithDossier } from '../ingest/prepareArticle.js';
import { setAside, writeArticle } from '../ingest/writeArticle.js';
import { parseArticle } from '../knowledge/parseArticle.js';
import type { Article } from '../knowledge/types.js';
import type { LibraryHolder } from '../library/holdLibrary.js';
import { fold } from '../search/analysis/fold.js';
import type { DossierIndex } from '../search/sentenceIndex.js';
import type { Config } from '../config/readConfig.js';
import { AuditLog } from '../state/auditLog.js';
import { PendingArticles } from '../state/pendingArticles.js';
import type { StateStore } from '../state/store/stateStore.js';
import { decodeRemoval, encodeRemoval } from './blocks/actionIds.js';
import {
  addedMessage,
  cancelledMessage,
  keptMessage,
  notEditorMessage,
  notYoursMessage,
  previewMessage,
  refusedMessage,
  removeChoicesMessage,
  removeConfirmMessage,
  removedMessage,
  staleMessage,
} from './blocks/articleMessages.js';
import type { SlackMessage } from './blocks/limits.js';
import { editorCheck, type EditorCheck } from './editors.js';

export interface Editorial {
  knowledgeDir: string;
  editors: EditorCheck;
  pending: PendingArticles;
  audit: AuditLog;
  /** Limits and allowed private hosts for fetching links. */
  fetch: FetchPageOptions;
  /** The Web API stand-in, whose host may also serve shared files (downloadFile.ts). */
  slackApiUrl?: string;
  /** Rebuilds this replica's library now; the other replicas notice the shared folder by themselves (watchKnowledge.ts). */
  reload(): Promise<void>;
  now?: () => Date;
}

/** The editing flow over the app's configuration and state store. */
export function createEditorial(config: Pick<Config, 'knowledgeDir' | 'editors' | 'ingestAllowHosts' | 'slackApiUrl'>, store: StateStore, reload: () => Promise<void>): Editorial {
  return {
    knowledgeDir: config.knowledgeDir,
    editors: editorCheck(config.editors),
    pending: new PendingArticles(store),
    audit: new AuditLog(store),
    fetch: { allowHosts: config.ingestAllowHosts },
    ...(config.slackApiUrl ? { slackApiUrl: config.slackApiUrl } : {}),
    reload,
  };
}

/** Who is acting, and the client to ask Slack about user groups with. */
export interface Actor {
  userId: string;
  client: webApi.WebClient;
}

const folderOf = (editorial: Editorial, dossierId: string): string => path.join(editorial.knowledgeDir, dossierId);
const fileOf = (article: Article): string => path.basename(article.file);
const GONE: SlackMessage = { text: 'That dossier is no longer available.', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'That dossier is no longer available.' } }] };

/** A link or file an editor handed in → its preview with Add / Cancel, or why it cannot be added. */
export async function proposeArticle(editorial: Editorial, index: DossierIndex, actor: Actor, source: ArticleSource, from: string): Promise<SlackMessage> {
  const { dossier } = index;
  if (!(await editorial.editors.isEditor(actor.userId, actor.client))) return notEditorMessage(dossier, editorial.editors.whomToAsk());
  const existing = new Set(await readdir(folderOf(editorial, dossier.id)).catch(() => []));
  const drafted = await draftArticle(source, {}, dossier, existing, editorial.fetch);
  if (!drafted.ok) return refusedMessage(from, drafted.reason);
  const { draft } = drafted;
  const r = draft.report;
  const pendingId = await editorial.pending.put({
    dossierId: dossier.id,
    fileName: draft.fileName,
    content: draft.content,
    title: r.title,
    ...(r.source ? { source: r.source } : {}),
    ...(r.date ? { date: r.date } : {}),
    ...(r.url ? { url: r.url } : {}),
    editor: actor.userId,
    from,
  });
  return previewMessage(dossier, draft, pendingId);
}

/** Writes under `fileName`, or the next free `-2`, `-3`… if another editor took the name since the preview. */
async function writeUnderFreeName(folder: string, fileName: string, content: string): Promise<string> {
  const stem = fileName.replace(/\.md$/u, '');
  for (let n = 1; ; n++) {
    const name = n === 1 ? fileName : `${stem}-${n}.md`;
    try {
      await writeArticle(folder, name, content);
      return name;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || n >= 50) throw error;
    }
  }
}

/** The Add button: exactly once across clicks and replicas, by the editor who asked for the preview. */
export async function confirmArticle(editorial: Editorial, library: LibraryHolder, actor: Actor, pendingId: string): Promise<SlackMessage> {
  const taken = await editorial.pending.take(pendingId);
  if (!taken.ok) return staleMessage(taken.why);
  const { pending } = taken;
  try {
    if (pending.editor !== actor.userId) {
      await taken.failed();
      return notYoursMessage();
    }
    const index = library.current().byId(pending.dossierId);
    if (!index) {
      await taken.failed();
      return GONE;
    }
    if (!(await editorial.editors.isEditor(actor.userId, actor.client))) {
      await taken.failed();
      return notEditorMessage(index.dossier, editorial.editors.whomToAsk());
    }
    // Someone may have added the same article since the preview.
    const parsed = parseArticle({ id: `${pending.dossierId}/new`, dossierId: pending.dossierId, file: pending.fileName, text: pending.content, defaultLanguage: index.dossier.language }).article;
    const compared = compareWithDossier(parsed?.paragraphs.flatMap((p) => p.sentences) ?? [], index.dossier);
    if (!compared.ok) {
      await taken.done();
      return refusedMessage(pending.from, compared.reason);
    }
    const fileName = await writeUnderFreeName(folderOf(editorial, pending.dossierId), pending.fileName, pending.content);
    await editorial.audit.record({ action: 'add', dossierId: pending.dossierId, file: fileName, title: pending.title, editor: actor.userId, from: pending.from });
    await taken.done();
    await editorial.reload();
    const articleId = `${pending.dossierId}/${fileName.replace(/\.md$/u, '')}`;
    const searchable = library.current().byId(pending.dossierId)?.dossier.articles.some((a) => a.id === articleId) ?? false;
    return addedMessage(index.dossier, pending, actor.userId, searchable);
  } catch (error) {
    await taken.failed().catch(() => undefined);
    throw error;
  }
}

export async function cancelArticle(editorial: Editorial, pendingId: string): Promise<SlackMessage> {
  const taken = await editorial.pending.take(pendingId);
  if (!taken.ok) return taken.why === 'gone' ? cancelledMessage() : staleMessage(taken.why);
  await taken.done();
  return cancelledMessage();
}

/** Articles named by `asked`: its file name (with or without `.md`), else those whose title has all its words. */
export function articlesNamed(articles: readonly Article[], asked: string): Article[] {
  const wanted = asked.trim().toLowerCase().replace(/\.md$/u, '');
  const byFile = articles.filter((a) => fileOf(a).replace(/\.md$/u, '').toLowerCase() === wanted);
  if (byFile.length > 0) return byFile;
  const words = fold(asked).split(/\s+/u).filter(Boolean);
  if (words.length === 0) return [];
  return articles.filter((a) => {
    const title = fold(a.title);
    return words.every((w) => title.includes(w));
  });
}

/** `/… remove <article>` → the confirm step for the one article named, or which ones match. */
export async function proposeRemoval(editorial: Editorial, index: DossierIndex, actor: Actor, asked: string): Promise<SlackMessage> {
  const { dossier } = index;
  if (!(await editorial.editors.isEditor(actor.userId, actor.client))) return notEditorMessage(dossier, editorial.editors.whomToAsk());
  const matches = articlesNamed(dossier.articles, asked);
  const [only] = matches;
  if (matches.length !== 1 || !only) return removeChoicesMessage(dossier, asked, matches);
  return removeConfirmMessage(dossier, only, encodeRemoval(dossier.id, fileOf(only)));
}

/** The Remove button: the file is moved aside; a second click finds it gone and says so. */
export async function confirmRemoval(editorial: Editorial, library: LibraryHolder, actor: Actor, value: string | undefined): Promise<SlackMessage> {
  const target = decodeRemoval(value);
  const index = target ? library.current().byId(target.dossierId) : undefined;
  if (!target || !index) return GONE;
  if (!(await editorial.editors.isEditor(actor.userId, actor.client))) return notEditorMessage(index.dossier, editorial.editors.whomToAsk());
  const article = index.dossier.articles.find((a) => fileOf(a) === target.fileName);
  const folder = folderOf(editorial, target.dossierId);
  let moved: string;
  try {
    moved = await setAside(folder, target.fileName, (editorial.now ?? (() => new Date()))());
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return staleMessage('done');
    throw error;
  }
  const title = article?.title ?? target.fileName;
  await editorial.audit.record({ action: 'remove', dossierId: target.dossierId, file: path.relative(folder, moved), title, editor: actor.userId });
  await editorial.reload();
  return removedMessage(index.dossier, title, actor.userId);
}

export function keepArticle(): SlackMessage {
  return keptMessage();
}
