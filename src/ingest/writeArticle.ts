/**
 * Knowledge files in and out of a dossier's folder, never half: a new article appears whole under
 * its name or not at all, and a removed one is moved aside into `.removed/` (which the loader and
 * the watcher skip), never deleted. Both are single renames or links on one file system, so a
 * replica reading the shared folder meanwhile sees the article or not, nothing in between.
 */
import { constants } from 'node:fs';
import { copyFile, link, mkdir, rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** What a file system without hard links answers `link` with. */
const NO_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV']);

/** Where removed articles go, inside the dossier's folder. */
export const REMOVED_FOLDER = '.removed';

/**
 * Writes to a hidden temporary name first (dot-files are skipped), then links it in under its
 * name, which fails (EEXIST) if that name is taken: two editors never overwrite each other.
 */
export async function writeArticle(folder: string, fileName: string, content: string): Promise<string> {
  const target = path.join(folder, fileName);
  const temporary = path.join(folder, `.${fileName}.${process.pid}.${Date.now()}.tmp`);
  await writeFile(temporary, content, { flag: 'wx' });
  try {
    await link(temporary, target);
  } catch (error) {
    // Some shared file systems (SMB, some FUSE) have no hard links: copy, still never over another file.
    if (!NO_LINKS.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
    await copyFile(temporary, target, constants.COPYFILE_EXCL);
  } finally {
    await unlink(temporary);
  }
  return target;
}

/** Moves an article aside, stamped with the time so a later removal of the same name keeps both. Returns where it went. */
export async function setAside(folder: string, fileName: string, now: Date): Promise<string> {
  const aside = path.join(folder, REMOVED_FOLDER);
  await mkdir(aside, { recursive: true });
  const target = path.join(aside, `${now.toISOString().replace(/[:.]/gu, '-')}-${fileName}`);
  await rename(path.join(folder, fileName), target);
  return target;
}
