/** Knowledge files appear whole or not at all, never overwrite one another, and are set aside, not deleted. */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REMOVED_FOLDER, setAside, writeArticle } from '../../src/ingest/writeArticle.js';
import { tempDirs } from '../helpers/tempDirs.js';

const folder = tempDirs('write-article-');

describe('writeArticle', () => {
  it('writes the file under its name and leaves no temporary file behind', async () => {
    const dir = folder();
    await writeArticle(dir, 'a.md', 'inhoud');
    expect(readdirSync(dir)).toEqual(['a.md']);
    expect(readFileSync(path.join(dir, 'a.md'), 'utf8')).toBe('inhoud');
  });

  it('refuses a name that is taken (EEXIST) and keeps the existing file as it was', async () => {
    const dir = folder();
    writeFileSync(path.join(dir, 'a.md'), 'eerste');
    await expect(writeArticle(dir, 'a.md', 'tweede')).rejects.toMatchObject({ code: 'EEXIST' });
    expect(readFileSync(path.join(dir, 'a.md'), 'utf8')).toBe('eerste');
    expect(readdirSync(dir)).toEqual(['a.md']);
  });
});

describe('setAside', () => {
  it('moves the file into .removed, stamped with the time, so removing a name twice keeps both', async () => {
    const dir = folder();
    writeFileSync(path.join(dir, 'a.md'), 'eerste');
    await setAside(dir, 'a.md', new Date('2022-01-11T09:00:00Z'));
    writeFileSync(path.join(dir, 'a.md'), 'tweede');
    await setAside(dir, 'a.md', new Date('2022-01-12T09:00:00Z'));
    expect(readdirSync(dir)).toEqual([REMOVED_FOLDER]);
    const aside = readdirSync(path.join(dir, REMOVED_FOLDER)).sort();
    expect(aside).toEqual(['2022-01-11T09-00-00-000Z-a.md', '2022-01-12T09-00-00-000Z-a.md']);
    expect(aside.map((f) => readFileSync(path.join(dir, REMOVED_FOLDER, f), 'utf8'))).toEqual(['eerste', 'tweede']);
  });

  it('fails with ENOENT for a file that is not there (already removed)', async () => {
    await expect(setAside(folder(), 'weg.md', new Date())).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
