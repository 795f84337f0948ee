/**
 * Keeps the served library in step with the knowledge folder without a restart. File events (and a
 * slow poll, for file systems without them) trigger a rebuild off the request path; the new library
 * replaces the old one in one swap. The rebuild starts from the library serving: unchanged dossiers
 * are kept, a changed one is updated article by article (an editor's add or remove re-analyses
 * that article and the few whose words it changes, not the whole dossier). A broken new file is reported and left out while everything
 * else keeps serving; a rebuild that finds no dossiers at all (the folder gone or unreadable
 * mid-edit) never replaces a library that had some.
 */
import { watch, type FSWatcher } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { loadLibrary, type Library, type LoadOptions } from './loadLibrary.js';

export interface WatchOptions {
  onReload: (library: Library) => void;
  /** The library serving now, which a rebuild updates rather than building everything afresh. */
  current?: () => Library;
  /** How the library is loaded (snapshots). */
  load?: LoadOptions;
  onError?: (error: unknown) => void;
  /** Quiet time after the last change before rebuilding (editors save in bursts). */
  debounceMs?: number;
  /** How long the files must stay unchanged before they are read: a file still being written is not served half. */
  stableMs?: number;
  pollMs?: number;
}

/** Names, sizes and modification times of every knowledge file: changes when any file does. */
export async function fingerprint(dir: string): Promise<string> {
  const parts: string[] = [];
  const walk = async (folder: string): Promise<void> => {
    const entries = await readdir(folder, { withFileTypes: true });
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (/\.(md|ya?ml)$/u.test(entry.name)) {
        const info = await stat(full);
        parts.push(`${full}:${info.size}:${info.mtimeMs}`);
      }
    }
  };
  await walk(dir);
  return parts.join('\n');
}

/** Longer than the pauses of a file written in pieces over a network share. */
const STABLE_MS = 1_000;

export interface KnowledgeWatcher {
  close(): void;
  /** Resolves when the current rebuild (if any) has finished: for tests and orderly shutdown. */
  settled(): Promise<void>;
  /** Looks now, without waiting for an event or the poll (this process just changed a file), and resolves when done. */
  refresh(): Promise<void>;
}

export async function watchKnowledge(dir: string, options: WatchOptions): Promise<KnowledgeWatcher> {
  let served = true; // whether the last library had dossiers
  let last = await fingerprint(dir).catch(() => '');
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const rebuild = async (): Promise<void> => {
    try {
      const now = await fingerprint(dir);
      if (now === last) return;
      // Still being written (an editor's save in pieces, a copy under way): look again once it is quiet.
      await new Promise((resolve) => setTimeout(resolve, options.stableMs ?? STABLE_MS));
      if ((await fingerprint(dir)) !== now) {
        schedule();
        return;
      }
      last = now; // reported once per change, not on every poll
      const previous = options.current?.();
      const library = await loadLibrary(dir, { ...options.load, ...(previous ? { previous } : {}) });
      if (library.dossiers.length === 0 && served) throw new Error(`no dossiers found in ${dir}; keeping the previous library`);
      served = library.dossiers.length > 0;
      options.onReload(library);
    } catch (error) {
      options.onError?.(error);
    }
  };
  const schedule = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running.then(rebuild);
    }, options.debounceMs ?? 300);
  };

  let watcher: FSWatcher | undefined;
  try {
    watcher = watch(dir, { recursive: true }, schedule);
    watcher.on('error', () => undefined); // the poll below still notices changes
  } catch {
    watcher = undefined;
  }
  const poll = setInterval(schedule, options.pollMs ?? 5000);
  poll.unref();
  return {
    close: () => {
      watcher?.close();
      clearInterval(poll);
      clearTimeout(timer);
    },
    refresh: () => {
      clearTimeout(timer);
      running = running.then(rebuild);
      return running;
    },
    settled: async () => {
      await new Promise((resolve) => setTimeout(resolve, (options.debounceMs ?? 300) + 20));
      await running;
    },
  };
}
