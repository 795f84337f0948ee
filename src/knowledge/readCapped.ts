/**
 * Reading a knowledge or input file with a cap: never more than the limit plus one byte is read,
 * so a huge file, one that grows while read, or a device (`/dev/zero`) costs bounded time and memory.
 */
import { open } from 'node:fs/promises';

/** An article is tens of kilobytes; a megabyte is a book, a dump or a mistake. */
export const MAX_ARTICLE_BYTES = 1024 * 1024;
/** dossier.yml and glossaries: the bundled glossary is 130 kB. */
export const MAX_YAML_BYTES = 2 * 1024 * 1024;

/** What a file that states no size (a device, a pipe) is first read in. */
const MIN_CHUNK = 64 * 1024;

export const megabytes = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/**
 * At most `maxBytes` of a file, read with the cap (a file that grows while read, or a device, is
 * never read whole), or how large it is when it holds more.
 */
export async function readCapped(file: string, maxBytes: number): Promise<{ bytes: Buffer } | { tooLarge: number }> {
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    if (size > maxBytes) return { tooLarge: size };
    // Sized by what stat says (plus the byte that tells "more"), grown only for a file that grows
    // or a device that states no size: a 5 kB article does not cost a zeroed megabyte.
    let buffer = Buffer.allocUnsafe(Math.min(maxBytes, Math.max(size, MIN_CHUNK)) + 1);
    let read = 0;
    while (read <= maxBytes) {
      if (read === buffer.length) buffer = Buffer.concat([buffer, Buffer.allocUnsafe(Math.min(buffer.length, maxBytes + 1 - buffer.length))]);
      const { bytesRead } = await handle.read(buffer, read, buffer.length - read, null);
      if (bytesRead === 0) break;
      read += bytesRead;
    }
    return read > maxBytes ? { tooLarge: read } : { bytes: buffer.subarray(0, read) };
  } finally {
    await handle.close();
  }
}

