import { describe, expect, it } from 'vitest';
import { chartPng, chartSpec } from '../../src/figures/chartImage.js';
import { extractFigures } from '../../src/figures/extractFigures.js';
import { figureSeries, seriesTable } from '../../src/figures/figureSeries.js';
import type { TopicConfig } from '../../src/knowledge/dossierConfig.js';
import { tinyIndex } from '../helpers/tinyDossier.js';

const TOPICS: TopicConfig[] = [{ name: 'arrests', label: 'Arrestaties', words: ['gearresteerd', 'arrestaties'], groups: [] }];
const series = (articles: Record<string, string[]>, dates: Record<string, string>) => figureSeries(extractFigures(tinyIndex(articles, '', { topics: TOPICS, dates })));

describe('how a measure moved', () => {
  it('two dated figures make a series, by date, with who gives them', () => {
    const found = series({ a: ['De politie meldde maandag 9.900 arrestaties.'], b: ['De politie meldde dat 10.500 mensen zijn gearresteerd.'] }, { a: '2022-01-11', b: '2022-01-12' });
    expect(found).toEqual([{ label: 'Arrestaties', points: [
      { date: '2022-01-10', value: 9900, source: 'De politie', text: '9.900 arrestaties' },
      { date: '2022-01-12', value: 10500, source: 'De politie', text: '10.500 mensen' },
    ] }]);
    expect(seriesTable(found[0]!)).toEqual(['10 Jan 2022  9.900 arrestaties  De politie', '12 Jan 2022  10.500 mensen      De politie']);
  });

  it('undated, retracted and single figures make no series: never a guessed time line', () => {
    expect(series({ a: ['Er zijn 9.900 arrestaties.'], b: ['Er zijn 10.500 mensen gearresteerd.'] }, { a: 'unknown', b: '2022-01' })).toEqual([]);
    expect(series({ a: ['Er zijn 9.900 arrestaties.'], b: ['Er zouden 10.500 mensen zijn gearresteerd, maar dat bleek onjuist.'] }, { a: '2022-01-10', b: '2022-01-11' })).toEqual([]);
    expect(series({ a: ['Er zijn 9.900 arrestaties.'] }, { a: '2022-01-10' })).toEqual([]);
  });

  it('draws a PNG from a Vega-Lite spec that plots every point', async () => {
    const [one] = series({ a: ['De politie meldde maandag 9.900 arrestaties.'], b: ['Het ministerie meldde dat 10.500 mensen zijn gearresteerd.'] }, { a: '2022-01-11', b: '2022-01-12' });
    const spec = chartSpec(one!) as { data: { values: unknown[] }; title: string };
    expect(spec.title).toBe('Arrestaties');
    expect(spec.data.values).toHaveLength(2);
    const png = await chartPng(one!);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.length).toBeGreaterThan(5_000);
  });
});
