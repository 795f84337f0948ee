import { describe, expect, it } from 'vitest';
import type { Library } from '../../src/library/loadLibrary.js';
import { dossierFor, dossierNamed, dossierProblemText } from '../../src/reply/resolveDossier.js';
import type { DossierIndex } from '../../src/search/sentenceIndex.js';
import { tinyIndex } from '../helpers/tinyDossier.js';

function libraryOf(...indexes: DossierIndex[]): Library {
  return {
    dossiers: indexes,
    problems: [],
    byId: (id) => indexes.find((i) => i.dossier.id === id),
    byCommand: (command) => indexes.find((i) => i.dossier.command === `/${command.replace(/^\//u, '').toLowerCase()}`),
  };
}

const tiny = tinyIndex({ protest: ['In Almaty vielen 164 doden.'] });
const other: DossierIndex = { ...tiny, dossier: { ...tiny.dossier, id: 'oekraine', command: '/oekraine', title: 'Oekraïne' } };
const library = libraryOf(tiny, other);
const idOf = (resolved: ReturnType<typeof dossierFor>): string | undefined => ('index' in resolved ? resolved.index.dossier.id : undefined);

describe('dossierFor (free text)', () => {
  it('routes to a dossier named first, with or without the slash, and drops its name', () => {
    expect(dossierFor(library, '/oekraine troops')).toMatchObject({ text: 'troops' });
    expect(idOf(dossierFor(library, '/oekraine troops'))).toBe('oekraine');
    expect(idOf(dossierFor(library, 'Oekraine troops'))).toBe('oekraine');
  });

  it('asks the first dossier otherwise, keeping the whole question', () => {
    expect(dossierFor(library, ' hoeveel doden ')).toMatchObject({ text: 'hoeveel doden' });
    expect(idOf(dossierFor(library, 'hoeveel doden'))).toBe('tiny');
  });

  it('says a leading /command that names no dossier is unknown, listing the dossiers', () => {
    const resolved = dossierFor(library, '/syrie troops');
    expect(resolved).toEqual({ problem: { kind: 'unknown', asked: '/syrie', known: ['/tiny', '/oekraine'] } });
    if ('problem' in resolved) expect(dossierProblemText(resolved.problem)).toBe('There is no dossier called /syrie. Dossiers: /tiny, /oekraine.');
  });

  it('says so when no dossier is loaded', () => {
    expect(dossierFor(libraryOf(), 'troops')).toEqual({ problem: { kind: 'none-loaded' } });
  });
});

describe('dossierNamed (slash commands, ask --dossier)', () => {
  it('finds a dossier by command or folder name, in any case', () => {
    expect(idOf(dossierNamed(library, '/OEKRAINE'))).toBe('oekraine');
    expect(idOf(dossierNamed(library, 'oekraine'))).toBe('oekraine');
  });

  it('never falls back to another dossier', () => {
    expect(dossierNamed(library, '/syrie')).toMatchObject({ problem: { kind: 'unknown', asked: '/syrie' } });
    expect(dossierNamed(libraryOf(), '/tiny')).toEqual({ problem: { kind: 'none-loaded' } });
  });
});
