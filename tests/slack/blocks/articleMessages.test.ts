/** The editing flow's messages: what came from outside is escaped, unknowns are said, limits hold. */
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../../src/ingest/draftArticle.js';
import { addedMessage, notEditorMessage, previewMessage, refusedMessage } from '../../../src/slack/blocks/articleMessages.js';
import { MAX_SECTION_TEXT } from '../../../src/slack/blocks/limits.js';
import { kazakhstan } from '../../helpers/seeds.js';

function draft(overrides: Partial<Draft['report']> = {}, opening: string[] = ['Eerste zin.']): Draft {
  return {
    fileName: 'a.md',
    id: 'kazakhstan/a',
    content: '',
    dateFromPage: false,
    opening,
    report: { title: 'Titel', titleDerived: false, paragraphs: 2, sentences: 5, headings: [], captions: [], overlaps: [], ...overrides },
  };
}

const texts = (message: { blocks: unknown[] }): string => JSON.stringify(message.blocks);

describe('the preview', () => {
  it('escapes a page’s title, source and sentences, so <!channel> in them notifies nobody', async () => {
    const { dossier } = await kazakhstan();
    const message = previewMessage(dossier, draft({ title: 'Alarm <!channel> & meer', source: '<@U123> Krant' }, ['Zin met <!here> erin.']), 'p1');
    expect(texts(message)).not.toMatch(/<!channel>|<!here>|<@U123>/u);
    expect(texts(message)).toContain('Alarm &lt;!channel&gt; &amp; meer');
    expect(message.text).toContain('Alarm &lt;!channel&gt; &amp; meer');
  });

  it('says what the page did not state, and names the articles it overlaps', async () => {
    const { dossier } = await kazakhstan();
    const message = previewMessage(dossier, draft({ overlaps: [{ file: 'b.md', title: 'Ander stuk', shared: 3 }] }), 'p1');
    expect(texts(message)).toContain('source unknown, date unknown');
    expect(texts(message)).toContain('What the page does not state stays unknown in the citation.');
    expect(texts(message)).toContain('Shares sentences with “Ander stuk” (3).');
  });

  it('points at an earlier version with the same link, and how to take it out', async () => {
    const { dossier } = await kazakhstan();
    const message = previewMessage(dossier, draft({ url: 'https://nos.example/a', sameLink: { file: 'oud.md', title: 'Oude versie' } }), 'p1');
    expect(texts(message)).toContain('Same link as “Oude versie” (`oud.md`), already in the dossier');
    expect(texts(message)).toContain('`/kazakhstan remove oud.md`');
  });

  it('stays within Block Kit limits for a huge title and opening', async () => {
    const { dossier } = await kazakhstan();
    const message = previewMessage(dossier, draft({ title: 'T'.repeat(10_000) }, ['Z'.repeat(5_000), 'Y'.repeat(5_000)]), 'p1');
    for (const block of message.blocks) if (block.type === 'section') expect(block.text?.text.length).toBeLessThanOrEqual(MAX_SECTION_TEXT);
    expect(message.text.length).toBeLessThanOrEqual(3000);
  });
});

describe('the other messages', () => {
  it('names the article and the editor when added, and escapes a reason that echoes a link', async () => {
    const { dossier } = await kazakhstan();
    expect(texts(addedMessage(dossier, { title: 'Titel', source: 'NOS', date: '2022-01-10', url: 'https://nos.nl/a|b' }, 'U0EDITOR1', true))).toContain('<https://nos.nl/a%7Cb|open article>');
    expect(refusedMessage('<https://x>', 'the host <x> cannot be found').text).toBe('&lt;https://x&gt; was not added: the host &lt;x&gt; cannot be found. Nothing changed in the dossier.');
  });

  it('lets the mentions of whom to ask link, as this app built them', async () => {
    const { dossier } = await kazakhstan();
    expect(texts(notEditorMessage(dossier, '<@U0EDITOR1>', 'remove'))).toContain('Ask <@U0EDITOR1>');
  });
});
