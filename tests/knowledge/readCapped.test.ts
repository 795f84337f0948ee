/** Reading a file with a cap: never more than the limit plus one byte, whatever the file is. */
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ARTICLE_BYTES, MAX_YAML_BYTES, megabytes, readCapped } from '../../src/knowledge/readCapped.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'read-capped-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, content: string | Uint8Array): Promise<string> {
  const full = path.join(dir, name);
  await writeFile(full, content);
  return full;
}

describe('readCapped', () => {
  it('reads a file under the cap whole, byte for byte', async () => {
    const text = '---\ntitle: Tokajev\n---\nBijna 8.000 arrestaties in Almaty, aldus de veiligheidsdiensten.\n';
    const result = await readCapped(await file('article.md', text), 1024);
    expect(result).toHaveProperty('bytes');
    if (!('bytes' in result)) return;
    expect(result.bytes.toString('utf8')).toBe(text);
    expect(result.bytes).toHaveLength(Buffer.byteLength(text));
  });

  it('reads a file of exactly the cap, and refuses one byte more with its size', async () => {
    const exact = await readCapped(await file('exact.md', 'x'.repeat(100)), 100);
    expect('bytes' in exact && exact.bytes.length).toBe(100);
    expect(await readCapped(await file('over.md', 'x'.repeat(101)), 100)).toEqual({ tooLarge: 101 });
  });

  it('reports the full size of a much larger file without reading it', async () => {
    expect(await readCapped(await file('large.md', new Uint8Array(50_000)), 1000)).toEqual({ tooLarge: 50_000 });
  });

  it('reads an empty file as no bytes', async () => {
    const result = await readCapped(await file('empty.md', ''), 10);
    expect('bytes' in result && result.bytes.length).toBe(0);
  });

  it('keeps bytes that are not UTF-8 as they are (decoding is a separate step)', async () => {
    const latin1 = Uint8Array.from([0x41, 0x72, 0x6d, 0x65, 0x6e, 0x69, 0xeb]);
    const result = await readCapped(await file('latin1.md', latin1), 10);
    expect('bytes' in result && [...result.bytes]).toEqual([...latin1]);
  });

  it('rejects with the file system error for a missing file', async () => {
    await expect(readCapped(path.join(dir, 'missing.md'), 10)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it.runIf(existsSync('/dev/zero'))('stops after the cap plus one byte on a device with no size and no end', async () => {
    expect(await readCapped('/dev/zero', 4096)).toEqual({ tooLarge: 4097 });
  });
});

describe('limits and sizes', () => {
  it('allows a megabyte per article and two per YAML file', () => {
    expect(MAX_ARTICLE_BYTES).toBe(1024 * 1024);
    expect(MAX_YAML_BYTES).toBe(2 * 1024 * 1024);
  });

  it.each([
    [1024 * 1024, '1.0 MB'],
    [1.5 * 1024 * 1024, '1.5 MB'],
    [0, '0.0 MB'],
    [50_000, '0.0 MB'],
    [200_000, '0.2 MB'],
  ])('megabytes(%d) → %s', (bytes, text) => {
    expect(megabytes(bytes)).toBe(text);
  });
});
