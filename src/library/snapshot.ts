/**
 * Library snapshots: the loaded knowledge and what analysing it produced (IndexData), written next
 * to the state (`STATE_DIR/snapshots/`) and read back instead of parsing and analysing again. A
 * snapshot is keyed by the content of every knowledge file and by the code that parses and
 * analyses them (and the locked dependency versions): change an article, a glossary or the
 * analyzer, and the key no longer matches, so nothing stale is ever served. Written whole or not
 * at all (a temporary file, then a rename); one kept per knowledge folder; an unreadable one is
 * rebuilt, never an error.
 */
import { createHash, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { Knowledge } from '../knowledge/types.js';
import type { IndexData } from '../search/sentenceIndex.js';
import { mapped } from '../lists/loops.js';

/** Bumped when the snapshot's own layout changes. */
const FORMAT = 'dossier-library-snapshot 1';
/** The code whose output a snapshot holds: parsing (knowledge, text) and analysis (search). */
const CODE_FOLDERS = ['knowledge', 'text', 'search'];

/** Where a state folder keeps its snapshots. */
export const snapshotFolder = (stateDir: string): string => path.join(stateDir, 'snapshots');

export interface Snapshot {
  knowledge: Knowledge;
  /** Per dossier id: its analysis. */
  data: Record<string, IndexData>;
}

/** Files under `folder` (recursively, hidden ones skipped), in a stable order. */
async function filesUnder(folder: string, keep: (name: string) => boolean): Promise<string[]> {
  const found: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (keep(entry.name)) found.push(full);
    }
  };
  await walk(folder);
  return found;
}

let codeFingerprint: Promise<string> | undefined;

/** The parsing and analysis code as it runs (TypeScript or built JavaScript), and the locked dependencies. */
function fingerprintOfCode(): Promise<string> {
  codeFingerprint ??= (async () => {
    const source = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
    const hash = createHash('sha256').update(FORMAT);
    for (const folder of CODE_FOLDERS) {
      for (const file of await filesUnder(path.join(source, folder), (name) => /\.(?:ts|js|json)$/u.test(name))) {
        hash.update(path.relative(source, file)).update('\0').update(await readFile(file)).update('\0');
      }
    }
    const lock = path.join(source, '..', 'package-lock.json');
    if (existsSync(lock)) hash.update(await readFile(lock));
    return hash.digest('hex');
  })();
  return codeFingerprint;
}

/** Files read at once while hashing: a large dossier is thousands of small files. */
const READ_AHEAD = 64;

/** The key of a knowledge folder as it is now: every file's path and bytes, and the code's fingerprint. */
export async function snapshotKey(knowledgeDir: string): Promise<string> {
  const hash = createHash('sha256').update(await fingerprintOfCode());
  const files = await filesUnder(knowledgeDir, () => true);
  for (let from = 0; from < files.length; from += READ_AHEAD) {
    const batch = files.slice(from, from + READ_AHEAD);
    const contents = await Promise.all(mapped(batch, (file) => readFile(file)));
    for (const [i, file] of batch.entries()) hash.update(path.relative(knowledgeDir, file)).update('\0').update(contents[i] as Buffer).update('\0');
  }
  return hash.digest('hex').slice(0, 32);
}

/** Snapshot files are named by the knowledge folder (several may share a state folder) and the key. */
function nameOf(knowledgeDir: string): string {
  return `library-${createHash('sha256').update(path.resolve(knowledgeDir)).digest('hex').slice(0, 12)}`;
}

export async function readSnapshot(folder: string, knowledgeDir: string, key: string): Promise<Snapshot | undefined> {
  try {
    const bytes = await readFile(path.join(folder, `${nameOf(knowledgeDir)}-${key}.v8`));
    const read = deserialize(bytes) as { format?: unknown; key?: unknown; snapshot?: Snapshot };
    return read.format === FORMAT && read.key === key ? read.snapshot : undefined;
  } catch {
    return undefined;
  }
}

/** Writes the snapshot under its key and removes the folder's older ones. */
export async function writeSnapshot(folder: string, knowledgeDir: string, key: string, snapshot: Snapshot): Promise<void> {
  await mkdir(folder, { recursive: true });
  const name = nameOf(knowledgeDir);
  const target = path.join(folder, `${name}-${key}.v8`);
  // Worker threads share the process id: a random name keeps concurrent writers apart.
  const temporary = path.join(folder, `.${name}-${key}.${randomUUID()}.tmp`);
  await writeFile(temporary, serialize({ format: FORMAT, key, snapshot }));
  await rename(temporary, target);
  for (const old of await readdir(folder)) {
    if ((old.startsWith(`${name}-`) || old.startsWith(`.${name}-`)) && old !== path.basename(target) && !old.includes(key)) await rm(path.join(folder, old), { force: true });
  }
}
