/** A citation's parts as every surface shows them: what the newsroom did not give said plainly. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { citationFields, DERIVED_TITLE_NOTE, plainCitation } from '../../src/answer/citationFields.js';
import type { Citation } from '../../src/answer/types.js';

const citation = (over: Partial<Citation> = {}): Citation => ({
  dossierId: 'kazakhstan',
  articleId: 'kazakhstan/a',
  title: 'Rusland stuurt troepen',
  titleDerived: false,
  source: 'NOS',
  date: '2022-01-06',
  url: 'https://example.org/a',
  paragraph: 3,
  sentence: 2,
  heading: 'Achtergrond',
  ...over,
});

describe('citationFields', () => {
  it('gives label, source, date and paragraph, in that order', () => {
    expect(citationFields(citation())).toEqual(['Rusland stuurt troepen', 'NOS', '2022-01-06', '¶3']);
  });

  it('says plainly when the newsroom gave no source or date', () => {
    expect(citationFields(citation({ source: null, date: null }))).toEqual(['Rusland stuurt troepen', 'source unknown', 'date unknown', '¶3']);
  });

  it('marks a title made of the opening words only when asked to', () => {
    const derived = citation({ title: 'De onrust begon', titleDerived: true });
    expect(citationFields(derived, { markDerived: true })[0]).toBe(`De onrust begon ${DERIVED_TITLE_NOTE}`);
    expect(citationFields(derived)[0]).toBe('De onrust begon');
    expect(citationFields(derived, { markDerived: false })[0]).toBe('De onrust begon');
  });

  it('never marks a real headline', () => {
    expect(citationFields(citation(), { markDerived: true })[0]).toBe('Rusland stuurt troepen');
  });

  it('leaves markup (the url, the heading, escaping) to the surfaces', () => {
    const fields = citationFields(citation({ title: 'A & <b>' }), { markDerived: true });
    expect(fields[0]).toBe('A & <b>');
    expect(fields.join(' ')).not.toContain('example.org');
    expect(fields.join(' ')).not.toContain('Achtergrond');
  });

  it('always has four fields, the last one the paragraph number', () => {
    fc.assert(
      fc.property(fc.string(), fc.option(fc.string()), fc.option(fc.string()), fc.integer({ min: 1, max: 10_000 }), fc.boolean(), fc.boolean(), (title, source, date, paragraph, titleDerived, markDerived) => {
        const fields = citationFields(citation({ title, source, date, paragraph, titleDerived }), { markDerived });
        expect(fields).toHaveLength(4);
        expect(fields[1]).toBe(source ?? 'source unknown');
        expect(fields[2]).toBe(date ?? 'date unknown');
        expect(fields[3]).toBe(`¶${paragraph}`);
      }),
    );
  });
});

describe('plainCitation', () => {
  it('joins the fields with commas', () => {
    expect(plainCitation(citation())).toBe('Rusland stuurt troepen, NOS, 2022-01-06, ¶3');
    expect(plainCitation(citation({ source: null, date: null, paragraph: 12 }))).toBe('Rusland stuurt troepen, source unknown, date unknown, ¶12');
  });

  it('is plain: no derived-title note, no url', () => {
    const text = plainCitation(citation({ title: 'De onrust begon', titleDerived: true }));
    expect(text).toBe('De onrust begon, NOS, 2022-01-06, ¶3');
    expect(text).not.toContain(DERIVED_TITLE_NOTE);
  });
});
