/**
 * A small digest with every part filled: figures that were updated and that differ, a retracted
 * one, a desk note that matches nothing, a new article and the most asked questions. Rendered by
 * the terminal and the Slack digest tests alike.
 */
import { composeDigest, type Digest } from '../../src/digest/composeDigest.js';
import type { QueryLogEntry } from '../../src/state/queryLog.js';
import type { TopicConfig } from '../../src/knowledge/dossierConfig.js';
import { tinyIndex } from './tinyDossier.js';

const TOPICS: TopicConfig[] = [
  { name: 'deaths', label: 'Doden', words: ['doden', 'gedood'], groups: [{ name: 'security forces', words: ['agenten'] }, { name: 'population', words: ['burgers'] }] },
  { name: 'arrests', label: 'Arrestaties', words: ['gearresteerd'], groups: [] },
];

export function sampleDigest(options: { deskNote: string; queries: Array<{ query: string; results: number }> }): Digest {
  const index = tinyIndex(
    {
      a: ['De politie meldde dat 16 agenten zijn gedood.', 'Volgens de politie zijn 9.900 mensen gearresteerd.'],
      b: ['De politie meldde dat 26 agenten zijn gedood.', 'Volgens de politie zijn ruim 10.000 mensen gearresteerd.'],
      c: ['Er zouden 8 agenten zijn gedood.', 'De autoriteiten spraken van 164 doden onder burgers, maar trokken die informatie later in.'],
    },
    '',
    { topics: TOPICS, dates: { a: '2022-01-10', b: '2022-01-14', c: '2022-01-10' }, figureNotes: [{ sentence: options.deskNote, line: 7 }] },
  );
  const queries: QueryLogEntry[] = options.queries.map(({ query, results }, i) => ({ type: 'asked', id: String(i + 1), time: `2022-01-14T1${i % 10}:00:00Z`, dossierId: 'tiny', query, results }));
  return composeDigest({ dossiers: [index], date: '2022-01-15', since: new Date('2022-01-12T07:00:00Z'), firstSeen: new Map([['tiny/b', '2022-01-14T10:00:00Z']]), queries });
}
