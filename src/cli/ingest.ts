/**
 * `npm run ingest -- <file...> [--dossier D] [--title T] [--source S] [--date YYYY-MM-DD|YYYY-MM] [--url U]`:
 * raw article text → a knowledge file in the dossier, with a report of what was recognised. A file
 * that cannot be taken is refused with the reason and nothing is written for it. A running app
 * picks the new file up by itself. Exit 0 when all were added, 1 when one was refused, 2 on bad usage.
 */
import 'dotenv/config';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { checkKnowledgeDir, checkStateDir } from '../config/checkFolders.js';
import { readConfig } from '../config/readConfig.js';
import { loadKnowledge } from '../knowledge/loadKnowledge.js';
import { MAX_ARTICLE_BYTES, megabytes, readCapped } from '../knowledge/readCapped.js';
import { parseArticle } from '../knowledge/parseArticle.js';
import type { IngestFlags } from '../ingest/prepareArticle.js';
import { draftArticle, type ArticleSource } from '../ingest/draftArticle.js';
import { writeArticle } from '../ingest/writeArticle.js';
import { ArticleCatalog } from '../state/articleCatalog.js';
import { AuditLog } from '../state/auditLog.js';
import { openStateStore } from '../state/store/openStateStore.js';
import { userInfo } from 'node:os';
import { mapped } from '../lists/loops.js';

const USAGE = `Usage: npm run ingest -- <file | page.html | https://link ...> [--dossier D] [--title T] [--source S] [--date YYYY-MM-DD|YYYY-MM] [--url U]

Adds raw article text, a saved web page (.html) or a link to a news page to a dossier as a\nknowledge file (links: http(s), public hosts or INGEST_ALLOW_HOSTS, 10 s, 5 MB). From a web
page the article is extracted (Readability) with the headline, outlet, date and link the page
states (JSON-LD, Open Graph); flags given here win. Without a title the article's own first words
become its label (marked as such); a "date 2022-01" prefix in the text is read as its date.`;

function fail(message: string): never {
  process.stderr.write(`ingest: ${message}\n\n${USAGE}\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const flags: IngestFlags & { dossier?: string } = {};
const files: string[] = [];
for (let i = 0; i < args.length; i++) {
  const arg = args[i] ?? '';
  const option = /^--(dossier|title|source|date|url)(?:=(.*))?$/u.exec(arg);
  if (option) {
    const value = option[2] ?? args[++i];
    if (value === undefined || value.startsWith('--')) fail(`--${option[1]} needs a value`);
    flags[option[1] as keyof typeof flags] = value;
  } else if (arg.startsWith('--')) fail(`unknown option ${arg}`);
  else files.push(arg);
}
if (files.length === 0) fail('no file given');
if (files.length > 1 && (flags.title || flags.url)) fail('--title and --url describe one article; ingest one file at a time with them');

const settings = readConfig(process.env, { receivesRequests: false });
if (!settings.ok) fail(settings.errors.join('; '));
const { knowledgeDir, stateDir, ingestAllowHosts } = settings.config;
// Both folders before anything is written: never an article added and then a crash on the state.
const folderProblem = (await checkKnowledgeDir(knowledgeDir)) ?? (await checkStateDir(stateDir));
if (folderProblem) {
  process.stderr.write(`ingest: ${folderProblem}\n`);
  process.exit(2);
}
const knowledge = await loadKnowledge(knowledgeDir);
const wanted = flags.dossier;
const dossier = wanted ? knowledge.dossiers.find((d) => d.id === wanted || d.command === `/${wanted.replace(/^\//u, '')}`) : knowledge.dossiers.length === 1 ? knowledge.dossiers[0] : undefined;
if (!dossier) {
  const known = mapped(knowledge.dossiers, (d) => d.id).join(', ') || 'none';
  fail(flags.dossier ? `unknown dossier '${flags.dossier}' (dossiers: ${known})` : `say which dossier with --dossier (dossiers: ${known})`);
}

const folder = path.join(knowledgeDir, dossier.id);
const catalog = new ArticleCatalog(stateDir);
// The same audit log as adds from Slack (files or Redis, as the app is configured), by the server login.
const store = await openStateStore(settings.config, (message) => process.stderr.write(`ingest: ${message}\n`));
const audit = new AuditLog(store);
const operator = `server:${userInfo().username}`;
let refused = 0;
const refuse = (file: string, reason: string): void => {
  process.stderr.write(`✗ ${file}: ${reason}; nothing added\n`);
  refused++;
};
for (const file of files) {
  let source: ArticleSource;
  if (/^https?:\/\//iu.test(file)) {
    source = { kind: 'link', url: file };
  } else {
    try {
      // Read with the cap: `npm run ingest -- /dev/zero` is refused, not read until memory runs out.
      const capped = await readCapped(file, MAX_ARTICLE_BYTES);
      if ('tooLarge' in capped) {
        refuse(file, `too large for an article (more than ${megabytes(MAX_ARTICLE_BYTES)})`);
        continue;
      }
      // Any file is read as text from the command line (the operator knows what it holds), `.html` as a web page.
      source = { kind: /\.html?$/iu.test(file) ? 'html' : 'text', bytes: capped.bytes };
    } catch (cause) {
      refuse(file, `cannot be read (${(cause as NodeJS.ErrnoException).code ?? String(cause)})`);
      continue;
    }
  }
  const drafted = await draftArticle(source, flags, dossier, new Set(await readdir(folder)), { allowHosts: ingestAllowHosts });
  if (!drafted.ok) {
    refuse(file, drafted.reason);
    continue;
  }
  const { draft } = drafted;
  const target = await writeArticle(folder, draft.fileName, draft.content);
  // Later files in this run are checked against it too.
  const written = parseArticle({ id: draft.id, dossierId: dossier.id, file: target, text: draft.content, defaultLanguage: dossier.language }).article;
  if (written) dossier.articles.push(written);
  catalog.record([draft.id], new Date());
  await audit
    .record({ action: 'add', dossierId: dossier.id, file: draft.fileName, title: draft.report.title, editor: operator, from: file })
    .catch((error: unknown) => process.stderr.write(`ingest: audit entry not written for ${draft.fileName}: ${(error as Error).message}\n`));
  const r = draft.report;
  process.stdout.write(
    [
      `✓ ${file} → ${target}`,
      `  title:      ${r.title}${r.titleDerived ? '  (opening words; no headline given)' : ''}`,
      `  source:     ${r.source ?? 'unknown'}`,
      `  date:       ${r.date ? `${r.date} (${r.dateFrom === 'text' ? 'from the text' : draft.dateFromPage ? 'from the page' : 'from --date'})` : 'unknown'}`,
      ...(r.url ? [`  url:        ${r.url}`] : []),
      `  paragraphs: ${r.paragraphs}, sentences: ${r.sentences}`,
      `  headings:   ${r.headings.length ? mapped(r.headings, (h) => `“${h}”`).join(', ') : 'none'}`,
      `  captions:   ${r.captions.length ? mapped(r.captions, (c) => `“${c}”`).join(', ') : 'none'} (kept, never given as answers)`,
      '',
    ].join('\n'),
  );
}
await store.close();
process.exit(refused > 0 ? 1 : 0);
