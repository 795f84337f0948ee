import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { segmentArticle } from '../../src/text/segmentArticle.js';
import { splitSentences } from '../../src/text/splitSentences.js';
import { classifyLine } from '../../src/text/classifyLine.js';
import { splitMetadataPrefix } from '../../src/text/metadataPrefix.js';
import { ROOT } from '../helpers/seeds.js';

// The raw seeds exactly as the newsroom delivered them (copied from shared/seeds).
const SEEDS = path.join(ROOT, 'tests', 'fixtures', 'seeds');
const seedText = (name: string): string => readFileSync(path.join(SEEDS, name), 'utf8');

describe('splitSentences', () => {
  it.each([
    ['numbers with Dutch separators stay whole', "Het land produceert gemiddeld zo'n 1,6 miljoen vaten olie per dag. Er zijn bijna 8.000 mensen gearresteerd.", 2],
    ['a quote closed by “…”, aldus X. is one sentence', '“De gebeurtenissen zijn niet de eerste poging tot inmenging”, aldus Poetin. “De maatregelen laten zien dat we geen destabilisering toestaan.” Poetin gaf geen onderbouwing.', 3],
    ['titles are not sentence ends', 'Dhr. Jansen en mr. De Vries spraken met dr. Smit. Daarna vertrokken zij.', 2],
    ['o.a. and ca. are not sentence ends', 'Er waren o.a. agenten en ca. 300 militairen. Het bleef rustig.', 2],
    ['month abbreviations are not sentence ends', 'Op 6 jan. 2022 begon het. Op 10 jan. was het voorbij.', 2],
    ['initials are not sentence ends', 'De heer J. Smit kwam. Ook J.F. Kennedy werd genoemd.', 2],
  ])('%s', (_name, text, count) => {
    const sentences = splitSentences(text);
    expect(sentences).toHaveLength(count);
    expect(sentences.join(' ')).toBe(text);
  });

  it('keeps "20.000 bandieten" and the colon clause inside one sentence', () => {
    const text = 'Dat is slechts een klein deel: hij zei vrijdag dat Almaty onder vuur lag van ‘20.000 bandieten’, onder wie strijders.';
    expect(splitSentences(text)).toEqual([text]);
  });
});

describe('classifyLine', () => {
  it.each([
    ['Beeld EPA', 'caption'],
    ['Beeld Thijs van Dalen', 'caption'],
    ['Brand in het burgemeesterskantoor van Almaty, gisteren. Beeld Valery Sharifulin/TASS', 'caption'],
    ['President Kassym-Jomart Tokajev van Kazachstan Beeld AP', 'caption'],
    ['‘Terroristen’', 'heading'],
    ['Paratroepers niet toegerust', 'heading'],
    ['In het buitenland getraind', 'heading'],
    ['## Een Markdown-kop', 'heading'],
    ['De leden zijn overigens wel aan regels gebonden.', 'body'],
    ['Het beeld van de stad is veranderd sinds de protesten begonnen en de troepen arriveerden.', 'body'],
  ])('%s → %s', (line, kind) => {
    expect(classifyLine(line)).toBe(kind);
  });
});

describe('metadata prefix', () => {
  it('takes `date 2022-01` off the front of raw text', () => {
    expect(splitMetadataPrefix(' date 2022-01 Rusland heeft troepen gestuurd.')).toEqual({ metadata: { date: '2022-01' }, text: 'Rusland heeft troepen gestuurd.' });
  });
  it('leaves ordinary text alone', () => {
    expect(splitMetadataPrefix('Datum en plaats zijn onbekend.').metadata).toEqual({});
  });
});

describe('segmentArticle on the raw seeds', () => {
  const troepen = segmentArticle(seedText('rusland-stuurt-troepen.txt'));
  const staatsgreep = segmentArticle(seedText('tokajev-staatsgreep.txt'));
  const allSentences = [...troepen.paragraphs, ...staatsgreep.paragraphs].flatMap((p) => p.sentences);

  it('never lets the metadata prefix, a caption or a heading into a sentence', () => {
    expect(allSentences.some((s) => /date 2022-01|Beeld (EPA|AP|Thijs|Valery)/u.test(s))).toBe(false);
    const loose = [...troepen.headings, ...troepen.captions, ...staatsgreep.headings, ...staatsgreep.captions].map((l) => l.text);
    for (const text of loose) expect(allSentences).not.toContain(text);
    expect(allSentences[0]?.startsWith('Rusland heeft troepen gestuurd')).toBe(true);
  });

  it('finds the headings and captions', () => {
    expect(troepen.headings.map((h) => h.text)).toEqual(['In het buitenland getraind', 'Neerslaan van een volksoproer', 'Paratroepers niet toegerust']);
    expect(staatsgreep.headings.map((h) => h.text)).toEqual(['‘Terroristen’', '‘Inmenging’']);
    expect(troepen.captions).toHaveLength(2);
    expect(staatsgreep.captions).toHaveLength(2);
  });

  it('numbers body paragraphs only and attaches the section heading', () => {
    expect(troepen.paragraphs).toHaveLength(9);
    expect(staatsgreep.paragraphs).toHaveLength(12);
    const arrests = staatsgreep.paragraphs.find((p) => p.text.includes('8.000'));
    expect(arrests?.number).toBe(5);
    expect(arrests?.heading).toBe('‘Terroristen’');
    expect(arrests?.sentences).toContain('Zijn veiligheidsdiensten meldden maandag dat er bijna 8.000 mensen zijn gearresteerd.');
  });

  it('keeps figures and quotes inside their sentences', () => {
    expect(allSentences).toContain("Kazachstan is grotendeels afhankelijk van de olie-industrie, het land produceert gemiddeld zo'n 1,6 miljoen vaten olie per dag.");
    expect(allSentences).toContain('“De gebeurtenissen in Kazachstan zijn niet de eerste en niet de laatste poging tot inmenging in onze interne aangelegenheden”, aldus Poetin.');
    expect(allSentences.filter((s) => s.includes('20.000'))).toHaveLength(1);
  });

  it('reports the prefix date as metadata', () => {
    expect(troepen.prefix).toEqual({ date: '2022-01' });
    expect(staatsgreep.prefix).toEqual({});
  });
});

describe('run-on sentences', () => {
  it('are cut into verbatim pieces of at most MAX_SENTENCE_CHARS, at spaces, so no sentence grows with the file', async () => {
    const { splitSentences, MAX_SENTENCE_CHARS } = await import('../../src/text/splitSentences.js');
    const runOn = `${'16 doden, 17 doden, '.repeat(400)}en Kirgizië.`;
    const pieces = splitSentences(runOn);
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
    expect(pieces.join(' ').replace(/\s+/gu, ' ')).toBe(runOn.replace(/\s+/gu, ' '));
    // Without spaces it is still cut, at the limit.
    expect(splitSentences('x'.repeat(2_500)).map((p) => p.length)).toEqual([1_000, 1_000, 500]);
    // An ordinary sentence is untouched.
    expect(splitSentences('Rusland stuurde troepen. Tokajev sprak.')).toEqual(['Rusland stuurde troepen.', 'Tokajev sprak.']);
  });
});
