
import { describe, expect, it } from 'vitest';
import type { DigestSettings } from '../../src/config/readConfig.js';
import { digestSource } from '../../src/digest/digestSource.js';
import { holdLibrary } from '../../src/library/holdLibrary.js';
import type { Library } from '../../src/library/loadLibrary.js';
import type { DossierIndex } from '../../src/search/sentenceIndex.js';
import { QueryLog } from '../../src/state/queryLog.js';
import { FileStore } from '../../src/state/store/fileStore.js';
import { tinyIndex } from '../helpers/tinyDossier.js';
import { tempDirs } from '../helpers/tempDirs.js';

const temp = tempDirs('digest-source-');

const libraryOf = (...indexes: DossierIndex[]): Library => ({ dossiers: indexes, problems: [], byId: (id) => indexes.find((i) => i.dossier.id === id), byCommand: () => undefined });
const SETTINGS: DigestSettings = { channels: ['C0DESK', 'C0OTHER'], time: '07:00', timeZone: 'Europe/Amsterdam', weekdaysOnly: false };

const tiny = tinyIndex({ troepen: ['Rusland stuurt troepen.'], olie: ['De olieprijs steeg.'] });
const other = (() => {
  const index = tinyIndex({ gas: ['De gasprijs steeg.'] });
  return { ...index, dossier: { ...index.dossier, id: 'other', command: '/other', title: 'Other', articles: index.dossier.articles.map((a) => ({ ...a, id: 'other/gas', dossierId: 'other' })) } };
})();

/** A clock the test moves. */
function clock(start: string): { now: () => Date; set: (iso: string) => void } {
  let at = new Date(start);
  return {
    now: () => at,
    set: (iso) => {
      at = new Date(iso);
    },
  };
}

describe('digestSource', () => {
  it('notes articles the first time it sees them, and only then', () => {
    const time = clock('2022-01-10T08:00:00Z');
    const holder = holdLibrary(libraryOf(tiny));
    const source = digestSource(holder, temp(), SETTINGS, time.now, new QueryLog());
    expect(source.noteArticles().sort()).toEqual(['tiny/olie', 'tiny/troepen']);
    expect(source.noteArticles()).toEqual([]);
    time.set('2022-01-11T08:00:00Z');
    holder.replace(libraryOf(tiny, other));
    expect(source.noteArticles()).toEqual(['other/gas']);
    expect(source.catalog.firstSeen().get('tiny/olie')).toBe('2022-01-10T08:00:00.000Z');
    expect(source.catalog.firstSeen().get('other/gas')).toBe('2022-01-11T08:00:00.000Z');
  });

  it('dates the digest by the local day in the digest’s time zone', () => {
    const source = digestSource(holdLibrary(libraryOf(tiny)), temp(), SETTINGS, () => new Date('2022-01-11T23:30:00Z'), new QueryLog());
    expect(source.compose().date).toBe('2022-01-12');
    const utc = digestSource(holdLibrary(libraryOf(tiny)), temp(), { ...SETTINGS, timeZone: 'UTC' }, () => new Date('2022-01-11T23:30:00Z'), new QueryLog());
    expect(utc.compose().date).toBe('2022-01-11');
  });

  it('calls everything new on the first digest, and only what arrived since on the next', () => {
    const time = clock('2022-01-10T08:00:00Z');
    const holder = holdLibrary(libraryOf(tiny));
    const source = digestSource(holder, temp(), SETTINGS, time.now, new QueryLog());
    const first = source.compose();
    expect(first.since).toBeUndefined();
    expect(first.dossiers[0]?.newArticles.map((a) => a.id).sort()).toEqual(['tiny/olie', 'tiny/troepen']);
    source.ledger.record('C0DESK', first.date, '1.1', new Date('2022-01-10T08:00:01Z'));

    time.set('2022-01-11T08:00:00Z');
    holder.replace(libraryOf(tiny, other));
    const next = source.compose();
    expect(next.since).toBe('2022-01-10T08:00:01.000Z');
    expect(next.dossiers.map((d) => [d.dossier.id, d.newArticles.map((a) => a.id)])).toEqual([
      ['tiny', []],
      ['other', ['other/gas']],
    ]);
  });

  it('measures "new" against the channel asked for, the first configured one by default', () => {
    const source = digestSource(holdLibrary(libraryOf(tiny)), temp(), SETTINGS, () => new Date('2022-01-12T08:00:00Z'), new QueryLog());
    source.ledger.record('C0OTHER', '2022-01-11', '1.1', new Date('2022-01-11T08:00:00Z'));
    expect(source.compose().since).toBeUndefined();
    expect(source.compose({ channel: 'C0OTHER' }).since).toBe('2022-01-11T08:00:00.000Z');
  });

  it('has no "since" without any digest channel', () => {
    const dir = temp();
    const source = digestSource(holdLibrary(libraryOf(tiny)), dir, { ...SETTINGS, channels: [] }, () => new Date('2022-01-12T08:00:00Z'), new QueryLog());
    source.ledger.record('', '2022-01-11', '1.1', new Date('2022-01-11T08:00:00Z'));
    expect(source.compose().since).toBeUndefined();
  });

  it('gives one dossier when asked for it (the /<dossier> digest preview)', () => {
    const source = digestSource(holdLibrary(libraryOf(tiny, other)), temp(), SETTINGS, () => new Date('2022-01-12T08:00:00Z'), new QueryLog());
    expect(source.compose({ dossierId: 'other' }).dossiers.map((d) => d.dossier.id)).toEqual(['other']);
    expect(source.compose().dossiers.map((d) => d.dossier.id)).toEqual(['tiny', 'other']);
    expect(source.compose({ dossierId: 'nope' }).dossiers).toEqual([]);
  });

  it('counts this replica’s questions, and every replica’s in the shared digest', async () => {
    const store = new FileStore({ stateDir: temp() });
    const now = () => new Date('2022-01-12T08:00:00Z');
    const mine = new QueryLog({ shared: store, now });
    const elsewhere = new QueryLog({ shared: store, now });
    mine.asked('tiny', 'troepen', 2);
    elsewhere.asked('tiny', 'troepen', 2);
    elsewhere.asked('tiny', 'vaccin', 0);
    await expect.poll(async () => (await store.list('query-log')).length).toBe(3);
    const source = digestSource(holdLibrary(libraryOf(tiny)), temp(), SETTINGS, now, mine);
    expect(source.compose().dossiers[0]?.mostAsked).toEqual([{ query: 'troepen', count: 1 }]);
    const shared = await source.composeShared();
    expect(shared.dossiers[0]?.mostAsked).toEqual([{ query: 'troepen', count: 2 }, { query: 'vaccin', count: 1 }]);
    expect(shared.dossiers[0]?.unanswered).toEqual([{ query: 'vaccin', count: 1 }]);
  });

  it('keeps its state in the state folder, for the next run', () => {
    const dir = temp();
    const first = digestSource(holdLibrary(libraryOf(tiny)), dir, SETTINGS, () => new Date('2022-01-10T08:00:00Z'), new QueryLog());
    first.noteArticles();
    first.ledger.record('C0DESK', '2022-01-10', '1.1', new Date('2022-01-10T08:00:01Z'));
    const restarted = digestSource(holdLibrary(libraryOf(tiny)), dir, SETTINGS, () => new Date('2022-01-11T08:00:00Z'), new QueryLog());
    expect(restarted.noteArticles()).toEqual([]);
    expect(restarted.compose().dossiers[0]?.newArticles).toEqual([]);
  });
});
