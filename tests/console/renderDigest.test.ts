/** The digest as terminal text (`npm run digest -- --dry-run`). */
import { describe, expect, it } from 'vitest';
import type { Digest, DossierDigest } from '../../src/digest/composeDigest.js';
import { renderDigest, staleNote } from '../../src/console/renderDigest.js';
import type { Dossier } from '../../src/knowledge/types.js';
import { sampleDigest } from '../helpers/sampleDigest.js';

const digest = sampleDigest({ deskNote: 'geen zin meer', queries: [{ query: 'troepen', results: 3 }, { query: 'troepen', results: 3 }, { query: 'vaccin', results: 0 }] });
const sampleDossier = (digest.dossiers[0] as DossierDigest).dossier;
const text = renderDigest(digest);
const lines = text.split('\n');

const quiet = (dossier: Dossier): DossierDigest => ({ dossier, newArticles: [], figures: [], mostAsked: [], unanswered: [], staleNotes: [] });

describe('renderDigest', () => {
  it('opens with the day as people read it, and since when', () => {
    expect(lines[0]).toBe('Dossier digest — Saturday, 15 January 2022 (since 2022-01-12T07:00:00.000Z)');
    expect(renderDigest({ ...digest, since: undefined } as Digest).split('\n')[0]).toBe('Dossier digest — Saturday, 15 January 2022');
  });

  it('names each dossier with its command, and its new articles', () => {
    expect(lines).toContain('Tiny (/tiny)');
    expect(lines).toContain('  New since the last digest (1):');
    expect(lines).toContain('    • b — Testkrant · 2022-01-14');
  });

  it('says plainly what the newsroom did not give', () => {
    const [part] = digest.dossiers;
    const unknown = renderDigest({ ...digest, dossiers: [{ ...part!, newArticles: [{ id: 'x', title: 'Zonder bron', titleDerived: false, source: null, date: null, url: null, sentences: 1 }] }] });
    expect(unknown).toContain('    • Zonder bron — source unknown · date unknown');
  });

  it('says when nothing new arrived, and leaves out empty sections', () => {
    const out = renderDigest({ date: '2022-01-15', dossiers: [quiet(sampleDossier)] });
    expect(out).toContain('  New: nothing new arrived since the last digest.');
    expect(out).not.toContain('Figures:');
    expect(out).not.toContain('Most asked');
    expect(out).not.toContain('No good answer yet');
    expect(out).not.toContain('match no figure');
  });

  it('lists the figures with who says so, where sources differ and how they moved', () => {
    expect(lines).toContain('  Figures:');
    expect(lines).toContain('    • Doden — security forces  ⚠ SOURCES DIFFER: 16 agenten ≠ 8 agenten');
    expect(lines.some((l) => /^ {8}updated: 16 agenten \(.+\) → 26 agenten \(.+\), De politie$/u.test(l))).toBe(true);
    expect(lines).toContain('        16 agenten — De politie · as of 10 Jan 2022 (article date)');
    expect(lines).toContain('          “De politie meldde dat 16 agenten zijn gedood.” (a, Testkrant, 2022-01-10, ¶1)');
    expect(lines).toContain('        164 doden — De autoriteiten · as of 10 Jan 2022 (article date) · RETRACTED: “trokken die informatie later in”');
  });

  it('tables how a measure moved', () => {
    const at = lines.indexOf('  How Arrestaties moved:');
    expect(at).toBeGreaterThan(0);
    expect(lines.slice(at + 1, at + 3)).toEqual(['    10 Jan 2022  9.900 mensen        de politie', '    14 Jan 2022  ruim 10.000 mensen  de politie']);
  });

  it('gives the most asked and unanswered questions with their counts, and stale desk notes', () => {
    expect(lines).toContain('  Most asked: “troepen” (2×), “vaccin” (1×)');
    expect(lines).toContain('  No good answer yet (to do for editors): “vaccin” (1×)');
    expect(lines).toContain('  Figure corrections in dossier.yml that match no figure (to do for editors): “geen zin meer” (line 7)');
  });

  it('ends with how to ask every dossier', () => {
    const other: Dossier = { ...sampleDossier, id: 'other', command: '/other', title: 'Other' };
    const out = renderDigest({ date: '2022-01-15', dossiers: [quiet(sampleDossier), quiet(other)] });
    expect(out.split('\n').at(-1)).toBe('Ask with /tiny <question>, /other <question>, mention @Dossier bot in a thread, or send it a direct message.');
    expect(renderDigest({ date: '2022-01-15', dossiers: [] }).split('\n').at(-1)).toBe('Ask with a dossier command, mention @Dossier bot in a thread, or send it a direct message.');
  });
});

describe('staleNote', () => {
  it('quotes the sentence piece, with its line when known', () => {
    expect(staleNote({ sentence: 'een zin', line: 31 })).toBe('“een zin” (line 31)');
    expect(staleNote({ sentence: 'een zin' })).toBe('“een zin”');
    expect(staleNote({ sentence: 'een zin', line: 0 })).toBe('“een zin” (line 0)');
  });
});
