/** The bundled dossier, loaded once per test file. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadLibrary, type Library } from '../../src/library/loadLibrary.js';
import type { DossierIndex } from '../../src/search/sentenceIndex.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The tests' own copy of the bundled knowledge: editors adding articles to knowledge/ never break CI. */
export const KNOWLEDGE = path.join(ROOT, 'tests/fixtures/knowledge');

let library: Promise<Library> | undefined;
export function bundledLibrary(): Promise<Library> {
  library ??= loadLibrary(KNOWLEDGE);
  return library;
}

export async function kazakhstan(): Promise<DossierIndex> {
  const index = (await bundledLibrary()).byId('kazakhstan');
  if (!index) throw new Error('bundled kazakhstan dossier missing');
  return index;
}
