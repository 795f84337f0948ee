/** Reply → Slack message: Block Kit and fallback text, escaped and within the limits. */
import { describe, expect, it } from 'vitest';
import type { types } from '@slack/bolt';
import type { Answer, AnswerResult, Citation } from '../../../src/answer/types.js';
import { composeDigest } from '../../../src/digest/composeDigest.js';
import { extractFigures } from '../../../src/figures/extractFigures.js';
import type { TopicConfig } from '../../../src/knowledge/dossierConfig.js';
import type { Dossier } from '../../../src/knowledge/types.js';
import { summarizeSources, type Reply } from '../../../src/reply/replyTo.js';
import { ACTION, decodeRef } from '../../../src/slack/blocks/actionIds.js';
import { digestMessage } from '../../../src/slack/blocks/digestMessage.js';
import { MAX_BLOCKS, MAX_SECTION_TEXT } from '../../../src/slack/blocks/limits.js';
import { errorMessage, helpMessage, replyMessage } from '../../../src/slack/blocks/replyMessage.js';
import { tinyIndex } from '../../helpers/tinyDossier.js';

type Block = types.KnownBlock;
const sectionTexts = (blocks: Block[]): string[] => blocks.flatMap((b) => (b.type === 'section' && b.text ? [b.text.text] : []));
const contextTexts = (blocks: Block[]): string[] => blocks.flatMap((b) => (b.type === 'context' ? b.elements.flatMap((e) => ('text' in e && typeof e.text === 'string' ? [e.text] : [])) : []));
const buttons = (blocks: Block[]): types.Button[] => blocks.flatMap((b) => (b.type === 'actions' ? (b.elements.filter((e) => e.type === 'button') as types.Button[]) : []));
/** Everything a message shows (button values are state handed back to the app, never displayed). */
const shown = (message: unknown): string => JSON.stringify(message).replace(/"value":"(?:[^"\\]|\\.)*"/gu, '');

const DOSSIER: Dossier = { id: 'd', command: '/d', title: 'Kazachstan', language: 'nl', examples: [], topics: [], figureNotes: [], articles: [], glossary: [] };

const citation = (over: Partial<Citation> = {}): Citation => ({ dossierId: 'd', articleId: 'd/a', title: 'Rusland stuurt troepen', titleDerived: false, source: 'NOS', date: '2022-01-06', url: null, paragraph: 2, sentence: 1, heading: null, ...over });
const result = (text: string, over: Partial<AnswerResult> = {}): AnswerResult => ({ text, match: 'full', score: 1, highlights: [], caveats: [], citation: citation(), ...over });
const answer = (over: Partial<Answer> = {}): Answer => ({ query: 'hoeveel troepen', dossierId: 'd', concepts: ['troepen'], results: [result('Rusland stuurt 2.500 troepen.')], gap: null, more: 0, unmatched: [], suggestions: [], ...over });
const answerReply = (a: Answer, offset = 0, dossier: Dossier = DOSSIER): Reply => ({ kind: 'answer', dossier, answer: a, offset });

describe('an answer', () => {
  it('says what was asked, then each sentence numbered, with its citation', () => {
    const message = replyMessage(answerReply(answer({ results: [result('Een.'), result('Twee.', { citation: citation({ paragraph: 7 }) })] })), { surface: 'ephemeral' });
    expect(sectionTexts(message.blocks)).toEqual(['You asked */d* hoeveel troepen', '*1.* Een.', '*2.* Twee.']);
    expect(contextTexts(message.blocks)).toEqual(['Rusland stuurt troepen · NOS · 2022-01-06 · ¶2', 'Rusland stuurt troepen · NOS · 2022-01-06 · ¶7']);
  });

  it('attributes a shared answer to the asker', () => {
    const message = replyMessage(answerReply(answer()), { surface: 'public', askedBy: 'U0ASKER' });
    expect(sectionTexts(message.blocks)[0]).toBe('<@U0ASKER> asked */d* hoeveel troepen');
  });

  it('numbers on from the page’s offset', () => {
    const message = replyMessage(answerReply(answer({ results: [result('Vier.'), result('Vijf.')] }), 3), { surface: 'ephemeral' });
    expect(sectionTexts(message.blocks).slice(1)).toEqual(['*4.* Vier.', '*5.* Vijf.']);
    expect(message.text).toContain('\n4. “Vier.”');
  });

  it('bolds the matched words', () => {
    const message = replyMessage(answerReply(answer({ results: [result('Rusland stuurt troepen.', { highlights: [[15, 22]] })] })), { surface: 'ephemeral' });
    expect(sectionTexts(message.blocks)[1]).toBe('*1.* Rusland stuurt *troepen*.');
  });

  it('says first what is missing when no sentence answers exactly', () => {
    const message = replyMessage(answerReply(answer({ gap: { missing: ['journalisten'], elsewhere: [], types: [] } })), { surface: 'ephemeral' });
    expect(sectionTexts(message.blocks)[1]).toBe(':warning: No sentence answers this exactly (none mentions “journalisten”); closest:');
    expect(message.text.split('\n')[1]).toBe('No sentence answers this exactly (none mentions “journalisten”); closest:');
  });

  it('flags caveats and related sentences next to the citation', () => {
    const r = result('De autoriteiten spraken van 164 doden.', { match: 'partial', caveats: ['RETRACTED: “ingetrokken”'] });
    const message = replyMessage(answerReply(answer({ results: [r] })), { surface: 'ephemeral' });
    expect(contextTexts(message.blocks)[0]).toBe('⚠️ *RETRACTED: “ingetrokken”* · _related, not an exact answer_ · Rusland stuurt troepen · NOS · 2022-01-06 · ¶2');
    expect(message.text).toContain('“De autoriteiten spraken van 164 doden.” [RETRACTED: “ingetrokken”] (Rusland stuurt troepen, NOS, 2022-01-06, ¶2)');
  });

  it('adds what the dossier does not know and did-you-mean words after the sentences', () => {
    const message = replyMessage(answerReply(answer({ unmatched: ['vaccin'], suggestions: ['troepen'] })), { surface: 'ephemeral' });
    expect(contextTexts(message.blocks).at(-1)).toBe('Not in this dossier: vaccin. Did you mean: troepen?');
  });

  it('has fallback text with the question and every sentence and its citation', () => {
    const message = replyMessage(answerReply(answer({ results: [result('Een.'), result('Twee.')] })), { surface: 'ephemeral' });
    expect(message.text).toBe('/d hoeveel troepen\n1. “Een.” (Rusland stuurt troepen, NOS, 2022-01-06, ¶2)\n2. “Twee.” (Rusland stuurt troepen, NOS, 2022-01-06, ¶2)');
  });

  it('escapes the question and the sentences, in the blocks and the fallback text', () => {
    const a = answer({ query: '<!channel> & troepen', results: [result('Een & <twee> <@U1>')], unmatched: ['<b>'], suggestions: ['<i>'] });
    const message = replyMessage(answerReply(a), { surface: 'ephemeral' });
    expect(shown(message)).not.toMatch(/<!channel>|<twee>|<@U1>|<b>|<i>/u);
    expect(sectionTexts(message.blocks)[0]).toBe('You asked */d* &lt;!channel&gt; &amp; troepen');
    expect(message.text).toContain('&lt;!channel&gt; &amp; troepen');
    expect(message.text).toContain('Een &amp; &lt;twee&gt; &lt;@U1&gt;');
  });

  describe('buttons', () => {
    it('offers Share only where the answer is private, and always 👍/👎', () => {
      const ephemeral = buttons(replyMessage(answerReply(answer()), { surface: 'ephemeral' }).blocks);
      expect(ephemeral.map((b) => b.action_id)).toEqual([ACTION.share, ACTION.helpful, ACTION.unhelpful]);
      expect(ephemeral[0]?.style).toBe('primary');
      const pub = buttons(replyMessage(answerReply(answer()), { surface: 'public' }).blocks);
      expect(pub.map((b) => b.action_id)).toEqual([ACTION.helpful, ACTION.unhelpful]);
    });

    it('offers More with the count, pointing at the next page', () => {
      const message = replyMessage(answerReply(answer({ results: [result('a'), result('b'), result('c')], more: 7 }), 3), { surface: 'public', logId: 'log-1' });
      const more = buttons(message.blocks).find((b) => b.action_id === ACTION.more);
      expect(more?.text.text).toBe('More (7)');
      expect(decodeRef(more?.value)).toEqual({ dossierId: 'd', query: 'hoeveel troepen', offset: 6, logId: 'log-1' });
    });

    it('carry the dossier, question, page and log entry, for the listeners to redo or rate the answer', () => {
      const message = replyMessage(answerReply(answer(), 3), { surface: 'ephemeral', logId: 'abc-123' });
      const values = buttons(message.blocks).filter((b) => b.action_id !== ACTION.more);
      expect(values).toHaveLength(3);
      for (const b of values) expect(decodeRef(b.value)).toEqual({ dossierId: 'd', query: 'hoeveel troepen', offset: 3, logId: 'abc-123' });
    });

    it('carry no log id when the question was not logged', () => {
      const [helpful] = buttons(replyMessage(answerReply(answer()), { surface: 'public' }).blocks);
      expect(decodeRef(helpful?.value)).toEqual({ dossierId: 'd', query: 'hoeveel troepen', offset: 0 });
    });

    // Found by this test and fixed (src/slack/blocks/replyMessage.ts): "More" is offered on the last page decodeRef accepts:
    // at offset 198 with 3 sentences shown and more to come, its value carries offset 201 > MAX_OFFSET,
    // so decodeRef refuses it and a click answers "That dossier is no longer available."
    it('only offers buttons whose value the app accepts back (counterexample: offset 198, 3 results, more 10)', () => {
      const message = replyMessage(answerReply(answer({ results: [result('a'), result('b'), result('c')], more: 10 }), 198), { surface: 'ephemeral' });
      const all = buttons(message.blocks);
      expect(all.length).toBeGreaterThan(0);
      for (const b of all) expect(decodeRef(b.value), b.action_id).toBeDefined();
    });
  });

  it('says so when no sentence answers, with how to ask instead, and no buttons', () => {
    const message = replyMessage(answerReply(answer({ results: [], unmatched: ['vaccin'] })), { surface: 'ephemeral' });
    expect(sectionTexts(message.blocks)).toEqual(['You asked */d* hoeveel troepen', 'No sentence in *Kazachstan* answers that. Not in this dossier: vaccin.']);
    expect(contextTexts(message.blocks)).toEqual(['Try other words, or `/d help` for examples. `/d sources` lists the articles.']);
    expect(buttons(message.blocks)).toEqual([]);
    expect(message.text).toBe('No sentence in Kazachstan answers “hoeveel troepen”. Not in this dossier: vaccin.');
  });

  it('keeps a long answer within the limits', () => {
    const a = answer({ results: Array.from({ length: 40 }, (_, i) => result(`${i} ${'x'.repeat(4000)}`)), more: 3 });
    const message = replyMessage(answerReply(a), { surface: 'ephemeral' });
    expect(message.blocks.length).toBeLessThanOrEqual(MAX_BLOCKS);
    expect(Math.max(...sectionTexts(message.blocks).map((t) => t.length))).toBeLessThanOrEqual(MAX_SECTION_TEXT);
    expect(message.text.length).toBeLessThanOrEqual(3000);
  });
});

describe('help', () => {
  it('lists every subcommand with the dossier’s command, and its examples', () => {
    const message = helpMessage({ ...DOSSIER, description: 'Onrust', examples: ['troops', 'wie is Tokajev?'] });
    const [text] = sectionTexts(message.blocks);
    expect(text?.split('\n')[0]).toBe('*Kazachstan* — Onrust');
    for (const usage of ['/d &lt;question&gt;', '/d figures [topic]', '/d sources', '/d digest', '/d help']) expect(text).toContain(`• \`${usage}\``);
    expect(text).toContain('Examples: `/d troops`, `/d wie is Tokajev?`');
    expect(message.text).toBe('/d: ask a question in English or Dutch, e.g. /d troops. Also: /d sources, /d help.');
  });

  it('has examples even when the dossier gives none', () => {
    const message = helpMessage(DOSSIER);
    expect(sectionTexts(message.blocks)[0]).toContain('Examples: `/d troops`, `/d hoeveel doden`');
  });

  it('explains how to ask when no question was found', () => {
    const message = replyMessage({ kind: 'help', dossier: DOSSIER, reason: 'no-question' }, { surface: 'ephemeral' });
    expect(sectionTexts(message.blocks)[0]?.split('\n')[0]).toBe('I did not find a question in that. Ask with a few words, in English or Dutch:');
  });

  it('escapes the dossier’s title, description and examples', () => {
    const message = helpMessage({ ...DOSSIER, title: 'A & <B>', description: '<!here>', examples: ['<@U1> x'] });
    expect(shown(message)).not.toMatch(/<B>|<!here>|<@U1>/u);
    expect(message.text).toContain('/d &lt;@U1&gt; x');
  });
});

describe('sources', () => {
  const index = tinyIndex({ troepen: ['Rusland stuurt troepen.'], olie: ['De olieprijs steeg.', 'Meer.'] });

  it('lists the articles under a count', () => {
    const message = replyMessage({ kind: 'sources', dossier: index.dossier, sources: summarizeSources(index.dossier) }, { surface: 'ephemeral' });
    expect(sectionTexts(message.blocks)[0]).toBe('*Tiny* — 2 articles');
    expect(sectionTexts(message.blocks).slice(1).join('\n')).toContain('• *olie* — Testkrant');
    expect(message.text).toBe('Tiny: 2 articles. troepen; olie');
  });

  it('says "1 article"', () => {
    const one = tinyIndex({ troepen: ['Rusland stuurt troepen.'] });
    expect(sectionTexts(replyMessage({ kind: 'sources', dossier: one.dossier, sources: summarizeSources(one.dossier) }, { surface: 'public' }).blocks)[0]).toBe('*Tiny* — 1 article');
  });

  it('escapes titles in the fallback text too', () => {
    const odd = tinyIndex({ '<!channel> & co': ['Een zin.'] });
    const message = replyMessage({ kind: 'sources', dossier: odd.dossier, sources: summarizeSources(odd.dossier) }, { surface: 'public' });
    expect(shown(message)).not.toContain('<!channel>');
    expect(message.text).toMatch(/^Tiny: 1 articles?\. &lt;!channel&gt; &amp; co$/u);
  });

  // Cosmetic (src/slack/blocks/replyMessage.ts, sourcesMessage): the blocks say "1 article", the
  // fallback text "Tiny: 1 articles. …".
  it('says "1 article" in the fallback text too (counterexample: a one-article dossier)', () => {
    const one = tinyIndex({ troepen: ['Rusland stuurt troepen.'] });
    expect(replyMessage({ kind: 'sources', dossier: one.dossier, sources: summarizeSources(one.dossier) }, { surface: 'public' }).text).toBe('Tiny: 1 article. troepen');
  });
});

describe('figures', () => {
  const TOPICS: TopicConfig[] = [
    { name: 'deaths', label: 'Doden', words: ['doden', 'gedood'], groups: [{ name: 'security forces', words: ['agenten'] }, { name: 'population', words: ['burgers'] }] },
    { name: 'arrests', label: 'Arrestaties', words: ['gearresteerd'], groups: [] },
  ];
  const index = tinyIndex(
    {
      a: ['De politie meldde dat 16 agenten zijn gedood.', 'Volgens de politie zijn 9.900 mensen gearresteerd.'],
      b: ['Volgens de politie zijn ruim 10.000 mensen gearresteerd.'],
      c: ['Er zouden 8 agenten zijn gedood.', 'De autoriteiten spraken van 164 doden onder burgers, maar trokken die informatie later in.'],
    },
    '',
    { topics: TOPICS, dates: { a: '2022-01-10', b: '2022-01-14', c: '2022-01-10' } },
  );
  const message = replyMessage({ kind: 'figures', dossier: index.dossier, topics: extractFigures(index) }, { surface: 'ephemeral' });
  const sections = sectionTexts(message.blocks);

  it('lists the figures per measure with who says so, warnings and citations', () => {
    expect(sections[0]).toBe('*Figures in Tiny*');
    const body = sections.join('\n');
    expect(body).toContain('• *Doden — security forces* ⚠️ _sources differ: 16 agenten ≠ 8 agenten_');
    expect(body).toContain('*16 agenten* — De politie · as of 10 Jan 2022 (article date)\n      “De politie meldde dat 16 agenten zijn gedood.” (a · Testkrant · 2022-01-10 · ¶1)');
    expect(body).toContain('⚠️ _RETRACTED: “trokken die informatie later in”_');
  });

  it('tables how a measure moved, the chart going by direct message', () => {
    expect(sections).toContain('*How Arrestaties moved* (chart sent to you in a direct message):\n```10 Jan 2022  9.900 mensen        de politie\n14 Jan 2022  ruim 10.000 mensen  de politie```');
  });

  it('names the topics one can ask for', () => {
    expect(contextTexts(message.blocks).at(-1)).toMatch(/Topics: `\/tiny figures deaths`, `\/tiny figures arrests`$/u);
  });

  it('sums up in the fallback text, "vs" where sources differ and the reason where a figure does not stand', () => {
    expect(message.text).toBe('Tiny figures — Doden — security forces: 16 agenten vs 8 agenten; Doden — population: 164 doden (RETRACTED: “trokken die informatie later in”); Arrestaties: 9.900 mensen, ruim 10.000 mensen');
  });

  it('says so when nothing is tracked or nothing matches the topic asked, escaped', () => {
    const none = replyMessage({ kind: 'figures', dossier: index.dossier, topics: [], asked: '<!here> & x' }, { surface: 'ephemeral' });
    expect(sectionTexts(none.blocks)).toEqual(['No figures for “&lt;!here&gt; &amp; x” in Tiny.']);
    expect(none.text).toBe('No figures for “&lt;!here&gt; &amp; x” in Tiny.');
    expect(contextTexts(none.blocks)).toEqual(['Topics: `/tiny figures deaths`, `/tiny figures arrests`']);
    const untracked = replyMessage({ kind: 'figures', dossier: DOSSIER, topics: [] }, { surface: 'ephemeral' });
    expect(untracked.text).toBe('No figures tracked in Kazachstan.');
    expect(contextTexts(untracked.blocks)).toEqual([]);
  });

  it('escapes the topic asked for in the heading', () => {
    const asked = replyMessage({ kind: 'figures', dossier: index.dossier, topics: extractFigures(index), asked: 'doden <b>' }, { surface: 'ephemeral' });
    expect(sectionTexts(asked.blocks)[0]).toBe('*Figures in Tiny* — doden &lt;b&gt;');
  });
});

describe('other replies', () => {
  it('shows the digest preview as the digest message itself', () => {
    const index = tinyIndex({ a: ['Een zin.'] });
    const digest = composeDigest({ dossiers: [index], date: '2022-01-15', firstSeen: new Map(), queries: [] });
    expect(replyMessage({ kind: 'digest', dossier: index.dossier, digest }, { surface: 'ephemeral' })).toEqual(digestMessage(digest));
  });

  it('says when the digest preview is not available', () => {
    const message = replyMessage({ kind: 'digest', dossier: DOSSIER, digest: undefined }, { surface: 'ephemeral' });
    expect(message.text).toBe('The digest preview is not available here.');
    expect(sectionTexts(message.blocks)).toEqual(['The digest preview is not available here.']);
  });

  it('asks for a shorter question, with its length and the limit', () => {
    const message = replyMessage({ kind: 'too_long', dossier: DOSSIER, length: 3500, max: 500 }, { surface: 'ephemeral' });
    expect(message.text).toBe('That question is 3500 characters long; please ask in at most 500.');
    expect(sectionTexts(message.blocks)[0]).toContain('at most 500, with a few key words (`/d troops`, `/d hoeveel doden`)');
  });
});

describe('errorMessage', () => {
  it('apologises with a reference the team can find in the logs', () => {
    const message = errorMessage('A1B2C3');
    expect(message.text).toBe('Sorry, something went wrong answering that (reference A1B2C3).');
    expect(sectionTexts(message.blocks)).toEqual(['Sorry, something went wrong answering that. If it keeps happening, tell the team reference `A1B2C3`.']);
  });
});
