/** Properties of the Block Kit limits: every finished message is one Slack accepts, and grouping keeps every line. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { KnownBlock } from '../../../src/slack/blocks/blockTypes.js';
import { MAX_BLOCKS, MAX_CONTEXT_TEXT, MAX_FALLBACK_TEXT, MAX_SECTION_TEXT, finishMessage, groupLines, truncate, withinLimits, type SlackMessage } from '../../../src/slack/blocks/limits.js';
import { escapeText } from '../../../src/slack/blocks/mrkdwn.js';

const RUNS = { numRuns: 100 };

/** Escaped text of any length up to a few times a limit, rich in entities near every cut point. */
const piece = fc.constantFrom('Tokajev ', 'troepen', '&', '<', '>', 'é', '😀', ' ', '\n', '*', 'x'.repeat(97));
const rawText = (max: number): fc.Arbitrary<string> => fc.tuple(fc.array(piece, { minLength: 1, maxLength: 12 }), fc.integer({ min: 1, max })).map(([parts, times]) => parts.join('').repeat(times));
const escaped = (max: number): fc.Arbitrary<string> => rawText(max).map(escapeText);

const block: fc.Arbitrary<KnownBlock> = fc.oneof(
  escaped(200).map((text): KnownBlock => ({ type: 'section', text: { type: 'mrkdwn', text } })),
  fc.array(escaped(100), { minLength: 1, maxLength: 3 }).map((texts): KnownBlock => ({ type: 'context', elements: texts.map((text) => ({ type: 'mrkdwn' as const, text })) })),
  rawText(5).map((text): KnownBlock => ({ type: 'header', text: { type: 'plain_text', text } })),
  fc.constant<KnownBlock>({ type: 'divider' }),
);
const MESSAGE: fc.Arbitrary<SlackMessage> = fc.record({ text: rawText(200), blocks: fc.array(block, { maxLength: 80 }) });

/** Every `&` starts a whole entity: truncation never cuts `&amp;` in half. */
const WHOLE_ENTITIES = /^(?:[^&]|&(?:amp|lt|gt);)*$/u;

function checkLimits(message: SlackMessage): void {
  expect(message.blocks.length).toBeLessThanOrEqual(MAX_BLOCKS);
  expect(message.text.length).toBeLessThanOrEqual(MAX_FALLBACK_TEXT);
  for (const b of message.blocks) {
    if (b.type === 'section') expect(b.text!.text.length).toBeLessThanOrEqual(MAX_SECTION_TEXT);
    if (b.type === 'header') expect(b.text.text.length).toBeLessThanOrEqual(150);
    if (b.type === 'context') for (const e of b.elements) if ('text' in e && typeof e.text === 'string') expect(e.text.length).toBeLessThanOrEqual(MAX_CONTEXT_TEXT);
  }
}

describe('finishMessage (properties)', () => {
  it('returns a message within Block Kit limits, with a fallback text whenever one was given', () => {
    fc.assert(
      fc.property(MESSAGE, (message) => {
        const finished = finishMessage(message);
        checkLimits(finished);
        expect(finished.text.length).toBeGreaterThan(0);
        // The fallback is escaped like everything echoed, and never cut inside an entity.
        expect(finished.text).not.toMatch(/[<>]/u);
        expect(finished.text).toMatch(WHOLE_ENTITIES);
      }),
      RUNS,
    );
  });

  it('keeps the blocks in order: all of them when they fit, else the first 49 and a note of how many were left out', () => {
    fc.assert(
      fc.property(MESSAGE, (message) => {
        const finished = finishMessage(message);
        const kept = message.blocks.length <= MAX_BLOCKS ? message.blocks.length : MAX_BLOCKS - 1;
        expect(finished.blocks.slice(0, kept).map((b) => b.type)).toEqual(message.blocks.slice(0, kept).map((b) => b.type));
        if (message.blocks.length > MAX_BLOCKS) {
          expect(finished.blocks).toHaveLength(MAX_BLOCKS);
          expect(JSON.stringify(finished.blocks.at(-1))).toContain(`${message.blocks.length - kept} more blocks left out`);
        }
      }),
      RUNS,
    );
  });

  it('changes no text that fits, and cuts escaped text only between entities, with a visible marker', () => {
    fc.assert(
      fc.property(MESSAGE, (message) => {
        const finished = withinLimits(message);
        message.blocks.slice(0, MAX_BLOCKS - 1).forEach((b, i) => {
          const out = finished.blocks[i]!;
          if (b.type === 'section' && out.type === 'section') {
            const before = b.text!.text;
            const after = out.text!.text;
            if (before.length <= MAX_SECTION_TEXT) expect(after).toBe(before);
            else {
              expect(after.endsWith('… (shortened)')).toBe(true);
              expect(before.startsWith(after.slice(0, -'… (shortened)'.length))).toBe(true);
              expect(after).toMatch(WHOLE_ENTITIES);
            }
          }
        });
      }),
      RUNS,
    );
  });

  it('is idempotent once within limits: enforcing them again changes nothing', () => {
    fc.assert(
      fc.property(MESSAGE, (message) => {
        const once = withinLimits(message);
        expect(withinLimits(once)).toEqual(once);
      }),
      RUNS,
    );
  });
});

describe('truncate (properties)', () => {
  it('returns at most max characters: the text itself when it fits, else a prefix and the marker', () => {
    fc.assert(
      fc.property(escaped(60), fc.integer({ min: 20, max: 400 }), fc.constantFrom('… (shortened)', '…'), (text, max, marker) => {
        const out = truncate(text, max, marker);
        expect(out.length).toBeLessThanOrEqual(max);
        if (text.length <= max) expect(out).toBe(text);
        else {
          expect(out.endsWith(marker)).toBe(true);
          expect(text.startsWith(out.slice(0, out.length - marker.length))).toBe(true);
          expect(out).toMatch(WHOLE_ENTITIES);
        }
      }),
      RUNS,
    );
  });

  // Found by this test and fixed (src/slack/blocks/limits.ts truncate): it cuts by UTF-16 code unit, so a text whose cut point
  // falls inside an emoji keeps half a surrogate pair: truncate('a😀b', 3, '…') is 'a\uD83D…', a lone
  // surrogate Slack gets as invalid Unicode. Sentences with emoji past 3,000 characters hit it.
  it('never leaves half a surrogate pair', () => {
    fc.assert(
      fc.property(escaped(60), fc.integer({ min: 20, max: 400 }), (text, max) => {
        expect(truncate(text, max)).not.toMatch(/\p{Cs}/u);
      }),
      RUNS,
    );
  });
});

describe('groupLines (properties)', () => {
  const LINE = fc.oneof(fc.string({ minLength: 1, maxLength: 30 }), fc.stringMatching(/^[a-z ]{1,300}$/u)).map((l) => l.replace(/\n/gu, ' ')).filter((l) => l !== '');
  const LINES = fc.array(LINE, { maxLength: 40 });
  const MAX = fc.integer({ min: 1, max: 400 });

  it('keeps every line, in order, each whole in one group', () => {
    fc.assert(
      fc.property(LINES, MAX, (lines, max) => {
        expect(groupLines(lines, max).flatMap((g) => g.split('\n'))).toEqual(lines);
      }),
      RUNS,
    );
  });

  it('keeps each group within max, unless it is a single line longer than max', () => {
    fc.assert(
      fc.property(LINES, MAX, (lines, max) => {
        for (const group of groupLines(lines, max)) {
          if (group.length > max) {
            expect(group).not.toContain('\n');
            expect(lines).toContain(group);
          }
        }
      }),
      RUNS,
    );
  });

  it('makes as few groups as fit: the next group’s first line would not have fit in the one before', () => {
    fc.assert(
      fc.property(LINES, MAX, (lines, max) => {
        const groups = groupLines(lines, max);
        for (let i = 0; i + 1 < groups.length; i++) {
          const first = groups[i + 1]!.split('\n')[0]!;
          expect(groups[i]!.length + 1 + first.length).toBeGreaterThan(max);
        }
      }),
      RUNS,
    );
  });

  it('fits the default size under a section’s limit for lines that fit', () => {
    fc.assert(
      fc.property(LINES, (lines) => {
        for (const group of groupLines(lines)) expect(group.length).toBeLessThanOrEqual(MAX_SECTION_TEXT);
      }),
      RUNS,
    );
  });
});
