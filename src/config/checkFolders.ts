/**
 * The folders a command needs, checked before anything is read or written, with the variable to
 * fix in every message: a missing knowledge folder or a STATE_DIR that is a file is said at start,
 * not discovered halfway through (an article written, then a crash).
 */
import { access, constants, mkdir, readdir, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { within } from '../time/within.js';

/** Checking a folder takes no longer than this (a path on a hung mount, or under /proc, may never answer). */
const CHECK_MS = 3_000;

async function checked<T>(work: Promise<T>, what: string): Promise<T> {
  const done = await within(work, CHECK_MS);
  if (!done) throw new Error(`${what} did not answer within ${CHECK_MS / 1000} s`);
  return done.value;
}

const reason = (error: unknown): string => (error as NodeJS.ErrnoException).code ?? (error as Error).message;

export async function checkKnowledgeDir(dir: string): Promise<string | undefined> {
  try {
    const info = await checked(stat(dir), `KNOWLEDGE_DIR (${dir})`);
    if (!info.isDirectory()) return `KNOWLEDGE_DIR (${dir}) is not a folder: set it to the knowledge folder (one sub-folder per dossier)`;
    const entries = await checked(readdir(dir, { withFileTypes: true }), `KNOWLEDGE_DIR (${dir})`);
    if (!entries.some((e) => e.isDirectory() && !e.name.startsWith('.') && !e.name.startsWith('_'))) return `KNOWLEDGE_DIR (${dir}) holds no dossier: a dossier is a sub-folder with a dossier.yml and its articles`;
    return undefined;
  } catch (error) {
    const code = reason(error);
    return code === 'ENOENT' ? `KNOWLEDGE_DIR (${dir}): no such folder; set KNOWLEDGE_DIR to the knowledge folder (default ./knowledge)` : `KNOWLEDGE_DIR (${dir}) cannot be read (${code})`;
  }
}

export async function checkStateDir(dir: string): Promise<string | undefined> {
  try {
    const info = await checked(stat(dir).catch((error: unknown) => ((error as NodeJS.ErrnoException).code === 'ENOENT' ? undefined : Promise.reject(error))), `STATE_DIR (${dir})`);
    if (info && !info.isDirectory()) return `STATE_DIR (${dir}) is a file, not a folder: set STATE_DIR to a folder the app may write in (default ./data)`;
    await checked(mkdir(dir, { recursive: true }), `STATE_DIR (${dir})`);
    await checked(access(dir, constants.W_OK), `STATE_DIR (${dir})`);
    // Really writable (a read-only mount or /proc says so only when written to).
    const probe = path.join(dir, `.write-check-${process.pid}`);
    await checked(writeFile(probe, ''), `STATE_DIR (${dir})`);
    await unlink(probe);
    return undefined;
  } catch (error) {
    return `STATE_DIR (${dir}) cannot be written (${reason(error)}): set STATE_DIR to a folder the app may write in`;
  }
}
