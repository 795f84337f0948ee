/** The library serving now: replaced as a whole, never changed in place. */
import { describe, expect, it } from 'vitest';
import { holdLibrary, type LibraryHolder } from '../../src/library/holdLibrary.js';
import type { Library } from '../../src/library/loadLibrary.js';
import type { DossierIndex } from '../../src/search/sentenceIndex.js';
import { tinyIndex } from '../helpers/tinyDossier.js';

const libraryOf = (...indexes: DossierIndex[]): Library => ({
  dossiers: indexes,
  problems: [],
  byId: (id) => indexes.find((i) => i.dossier.id === id),
  byCommand: (command) => indexes.find((i) => i.dossier.command === `/${command.replace(/^\//u, '')}`),
});

describe('holdLibrary', () => {
  const first = libraryOf(tinyIndex({ a: ['Een zin.'] }));
  const second = libraryOf(tinyIndex({ a: ['Een zin.'], b: ['Nog een zin.'] }));

  it('serves the library it was given', () => {
    expect(holdLibrary(first).current()).toBe(first);
  });

  it('serves the new library once replaced, to everyone holding it', () => {
    const holder = holdLibrary(first);
    const reader: LibraryHolder = holder;
    holder.replace(second);
    expect(reader.current()).toBe(second);
    expect(reader.current().dossiers[0]?.dossier.articles).toHaveLength(2);
  });

  it('leaves the old library as it was, for requests still using it', () => {
    const holder = holdLibrary(first);
    const before = holder.current();
    holder.replace(second);
    expect(before).toBe(first);
    expect(before.dossiers[0]?.dossier.articles).toHaveLength(1);
  });

  it('keeps holders apart', () => {
    const a = holdLibrary(first);
    const b = holdLibrary(first);
    a.replace(second);
    expect(b.current()).toBe(first);
  });
});
