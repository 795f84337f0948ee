/**
 * Editors keep a dossier current from Slack. Adding: a link or file → a draft (draftArticle.ts, the
 * same path as `npm run ingest`) → a preview only the editor sees, with Add / Cancel → on Add the
 * knowledge file is written whole, the audit log notes it, and the library reloads. Removing: an
 * article named by file or title → a confirm step → the file is set aside, never deleted. Every
 * step checks the editor again: a button can be clicked by whoever sees it, and EDITORS can change.
 * Each function returns the message to show; the listeners decide where it goes.
 */
import { randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { webApi } from '@slack/bolt';
import { draftArticle, type ArticleSource } from '../ingest/draftArticle.js';
import type { FetchPageOptions } from '../ingest/fetchPage.js';
import { compareWithDossier } from '../ingest/prepareArticle.js';
import { setAside, writeArticle } from '../ingest/writeArticle.js';
import { parseArticle } from '../knowledge/parseArticle.js';
import { articleFileName, type Article } from '../knowledge/types.js';
import type { LibraryHolder } from '../library/holdLibrary.js';
import { fold } from '../search/analysis/fold.js';
import type { DossierIndex } from '../search/sentenceIndex.js';
import type { Config } from '../config/readConfig.js';
import { AuditLog } from '../state/auditLog.js';
import { PendingArticles, type PendingArticle } from '../state/pendingArticles.js';
import type { StateStore } from '../state/store/stateStore.js';
import { decodeRemoval, encodeRemoval } from './blocks/actionIds.js';
import {
  addedMessage,
  cancelledMessage,
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
import { flatMap, mapped } from '../lists/loops.js';

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
  /** Runs `work` while no other replica changes the same dossier (a claim in the state store). */
  exclusive<T>(dossierId: string, work: () => Promise<T>): Promise<T>;
  /** For operators: what went wrong after an article was already written (never a user id). */
  log(message: string): void;
  now?: () => Date;
}

/** How long one change of a dossier may hold it, and how long another waits for it. */
const EXCLUSIVE_MS = 30_000;
const WAIT_STEP_MS = 50;

/** `exclusive` over the state store: one writer per dossier across replicas; a holder that died frees it after EXCLUSIVE_MS. */
function exclusiveOver(store: StateStore, owner: string) {
  return async <T>(dossierId: string, work: () => Promise<T>): Promise<T> => {
    const key = `dossier-change:${dossierId}`;
    const until = Date.now() + EXCLUSIVE_MS;
    while ((await store.claim(key, owner, EXCLUSIVE_MS)) !== 'claimed') {
      if (Date.now() > until) throw new Error(`dossier ${dossierId} is being changed by another replica`);
      await new Promise((resolve) => setTimeout(resolve, WAIT_STEP_MS));
    }
    try {
      return await work();
    } finally {
      await store.release(key, owner);
    }
  };
}

/** The editing flow over the app's configuration and state store. */
export function createEditorial(config: Pick<Config, 'knowledgeDir' | 'editors' | 'ingestAllowHosts' | 'slackApiUrl'>, store: StateStore, reload: () => Promise<void>, log: (message: string) => void = () => undefined): Editorial {
  return {
    knowledgeDir: config.knowledgeDir,
    editors: editorCheck(config.editors, log),
    exclusive: exclusiveOver(store, randomUUID()),
    log,
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
const GONE: SlackMessage = { text: 'That dossier is no longer available.', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'That dossier is no longer available.' } }] };

/** A link or file an editor handed in → its preview with Add / Cancel, or why it cannot be added. */
export async function proposeArticle(editorial: Editorial, index: DossierIndex, actor: Actor, source: ArticleSource, from: string): Promise<SlackMessage> {
  const { dossier } = index;
  if (!(await editorial.editors.isEditor(actor.userId, actor.client))) return notEditorMessage(dossier, editorial.editors.whomToAsk(), 'add');
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

/** The dossier's articles on disk that its loaded library does not have yet: just written here or by another replica. */
async function unloadedArticles(folder: string, index: DossierIndex): Promise<Article[]> {
  const loaded = new Set(mapped(index.dossier.articles, articleFileName));
  const names = (await readdir(folder).catch(() => [] as string[])).filter((name) => name.endsWith('.md') && !name.startsWith('.') && !loaded.has(name));
  const found: Article[] = [];
  for (const name of names) {
    const text = await readFile(path.join(folder, name), 'utf8').catch(() => undefined);
    const article = text === undefined ? undefined : parseArticle({ id: `${index.dossier.id}/${name}`, dossierId: index.dossier.id, file: name, text, defaultLanguage: index.dossier.language }).article;
    if (article) found.push(article);
  }
  return found;
}

/**
 * Writes the article unless the dossier has it by now — as loaded, or on disk already (another
 * editor's Add a moment ago, here or on another replica) — under its name or the next free `-2`…
 * Returns the file name, or why it was not written.
 */
async function writeUnlessKnown(editorial: Editorial, index: DossierIndex, pending: PendingArticle): Promise<{ ok: true; fileName: string } | { ok: false; reason: string }> {
  const folder = folderOf(editorial, pending.dossierId);
  const paragraphs = parseArticle({ id: `${pending.dossierId}/new`, dossierId: pending.dossierId, file: pending.fileName, text: pending.content, defaultLanguage: index.dossier.language }).article?.paragraphs ?? [];
  const sentences = flatMap(paragraphs, (p) => p.sentences);
  const compared = compareWithDossier(sentences, { ...index.dossier, articles: [...index.dossier.articles, ...(await unloadedArticles(folder, index))] });
  if (!compared.ok) return compared;
  const stem = pending.fileName.replace(/\.md$/u, '');
  for (let n = 1; n <= 50; n++) {
    const name = n === 1 ? pending.fileName : `${stem}-${n}.md`;
    try {
      await writeArticle(folder, name, pending.content);
      return { ok: true, fileName: name };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return { ok: false, reason: `no free file name for ${pending.fileName}` };
}

/** The Add button: exactly once across clicks and replicas, by the editor who asked for the preview. */
export async function confirmArticle(editorial: Editorial, library: LibraryHolder, actor: Actor, pendingId: string): Promise<SlackMessage> {
  const taken = await editorial.pending.take(pendingId);
  if (!taken.ok) return staleMessage(taken.why);
  const { pending } = taken;
  let written: Awaited<ReturnType<typeof writeUnlessKnown>>;
  let index: DossierIndex | undefined;
  try {
    if (pending.editor !== actor.userId) {
      await taken.failed();
      return notYoursMessage();
    }
    index = library.current().byId(pending.dossierId);
    if (!index) {
      await taken.failed();
      return GONE;
    }
    if (!(await editorial.editors.isEditor(actor.userId, actor.client))) {
      await taken.failed();
      return notEditorMessage(index.dossier, editorial.editors.whomToAsk(), 'add');
    }
    const dossierIndex = index;
    written = await editorial.exclusive(pending.dossierId, () => writeUnlessKnown(editorial, dossierIndex, pending));
  } catch (error) {
    // Nothing was written: a later click may try again.
    await taken.failed().catch(() => undefined);
    throw error;
  }
  // From here the article is in (or refused for good): never again for this preview, whatever fails next.
  await taken.done().catch((error: unknown) => editorial.log(`preview ${pendingId} not marked done: ${(error as Error).message}`));
  if (!written.ok) return refusedMessage(pending.from, written.reason);
  const { fileName } = written;
  await editorial.audit
    .record({ action: 'add', dossierId: pending.dossierId, file: fileName, title: pending.title, editor: actor.userId, from: pending.from })
    .catch((error: unknown) => editorial.log(`audit entry not written for the article added as ${pending.dossierId}/${fileName}: ${(error as Error).message}`));
  await editorial.reload().catch((error: unknown) => editorial.log(`reload after adding ${pending.dossierId}/${fileName} failed: ${(error as Error).message}`));
  const articleId = `${pending.dossierId}/${fileName.replace(/\.md$/u, '')}`;
  const searchable = library.current().byId(pending.dossierId)?.dossier.articles.some((a) => a.id === articleId) ?? false;
  return addedMessage(index.dossier, pending, actor.userId, searchable);
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
  const byFile = articles.filter((a) => articleFileName(a).replace(/\.md$/u, '').toLowerCase() === wanted);
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
  if (!(await editorial.editors.isEditor(actor.userId, actor.client))) return notEditorMessage(dossier, editorial.editors.whomToAsk(), 'remove');
  const matches = articlesNamed(dossier.articles, asked);
  const [only] = matches;
  if (matches.length !== 1 || !only) return removeChoicesMessage(dossier, asked, matches);
  return removeConfirmMessage(dossier, only, encodeRemoval(dossier.id, articleFileName(only)));
}

/** The Remove button: the file is moved aside; a second click finds it gone and says so. */
export async function confirmRemoval(editorial: Editorial, library: LibraryHolder, actor: Actor, value: string | undefined): Promise<SlackMessage> {
  const target = decodeRemoval(value);
  const index = target ? library.current().byId(target.dossierId) : undefined;
  if (!target || !index) return GONE;
  if (!(await editorial.editors.isEditor(actor.userId, actor.client))) return notEditorMessage(index.dossier, editorial.editors.whomToAsk(), 'remove');
  const article = index.dossier.articles.find((a) => articleFileName(a) === target.fileName);
  const folder = folderOf(editorial, target.dossierId);
  let moved: string;
  try {
    moved = await editorial.exclusive(target.dossierId, () => setAside(folder, target.fileName, (editorial.now ?? (() => new Date()))()));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return staleMessage('done');
    throw error;
  }
  const title = article?.title ?? target.fileName;
  // The file is aside: whatever fails now is told to the operators, not the editor, who sees it done.
  await editorial.audit
    .record({ action: 'remove', dossierId: target.dossierId, file: path.relative(folder, moved), title, editor: actor.userId })
    .catch((error: unknown) => editorial.log(`audit entry not written for the article set aside as ${target.dossierId}/${path.relative(folder, moved)}: ${(error as Error).message}`));
  await editorial.reload().catch((error: unknown) => editorial.log(`reload after removing ${target.dossierId}/${target.fileName} failed: ${(error as Error).message}`));
  return removedMessage(index.dossier, title, actor.userId);
}

