import { describe, expect, it } from 'vitest';
import { parseRequest } from '../src/reply/parseRequest.js';
import { pickDossier, stripMention } from '../src/reply/pickDossier.js';
import { replyToText } from '../src/reply/buildReply.js';
import { bundledLibrary, kazakhstan } from './helpers/seeds.js';

describe('requests', () => {
  it.each([
    ['', { kind: 'help' }],
    ['help', { kind: 'help' }],
    ['HULP', { kind: 'help' }],
    ['sources', { kind: 'sources' }],
    ['bronnen', { kind: 'sources' }],
    ['troops', { kind: 'ask', query: 'troops' }],
    ['  hoeveel gearresteerd ', { kind: 'ask', query: 'hoeveel gearresteerd' }],
    ['x'.repeat(501), { kind: 'too_long', length: 501 }],
  ])('%j', (text, request) => expect(parseRequest(text)).toEqual(request));

  it('explains how to ask when there is no question in the text', async () => {
    const index = await kazakhstan();
    for (const text of ['what?', 'wat is het', '!!!', 'who']) expect(replyToText(text, index)).toMatchObject({ kind: 'help', reason: 'no-question' });
  });

  it('pages answers', async () => {
    const index = await kazakhstan();
    const first = replyToText('Poetin', index);
    const second = replyToText('Poetin', index, 3);
    if (first.kind !== 'answer' || second.kind !== 'answer') throw new Error('expected answers');
    expect(first.answer.results).toHaveLength(3);
    expect(second.answer.results[0]?.text).not.toBe(first.answer.results[0]?.text);
  });
});

describe('mentions', () => {
  it.each([
    ['<@UBOT> wie is Nazarbajev?', 'UBOT', 'wie is Nazarbajev?'],
    ['<@UBOT|dossierbot> troops', 'UBOT', 'troops'],
    ['troops <@UBOT>', 'UBOT', 'troops'],
    ['<@UBOT> vraag over <@U123>', 'UBOT', 'vraag over <@U123>'],
    ['<@UBOT> troops', undefined, 'troops'],
  ])('%j → %j', (text, bot, expected) => expect(stripMention(text, bot)).toBe(expected));

  it('routes to a dossier named at the start, else the first dossier', async () => {
    const library = await bundledLibrary();
    expect(pickDossier(library, '/kazakhstan troops')).toMatchObject({ text: 'troops' });
    expect(pickDossier(library, 'kazakhstan troops').index?.dossier.id).toBe('kazakhstan');
    expect(pickDossier(library, 'hoeveel doden')).toMatchObject({ text: 'hoeveel doden' });
    expect(pickDossier(library, 'hoeveel doden').index?.dossier.id).toBe('kazakhstan');
  });
});
