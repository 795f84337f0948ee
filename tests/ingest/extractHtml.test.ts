import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleText, extractHtml, MIN_ARTICLE_CHARS } from '../../src/ingest/extractHtml.js';
import { ROOT } from '../helpers/seeds.js';

const page = readFileSync(path.join(ROOT, 'tests/fixtures/html/artikel-jsonld.html'), 'utf8');
const body = (sentence: string, times = 6): string => Array.from({ length: times }, (_, i) => `<p>${sentence} (${i + 1})</p>`).join('\n');
const html = (head: string, main: string): string => `<!doctype html><html lang="nl"><head>${head}</head><body><main><article>${main}</article></main></body></html>`;
const LONG = 'De troepen van de CSTO bewaken belangrijke gebouwen in Almaty en in de hoofdstad van Kazachstan, meldt de regering.';

describe('extractHtml on a news page with JSON-LD', () => {
  const extracted = extractHtml(page);
  if (!extracted.ok) throw new Error(extracted.reason);
  const { article } = extracted;

  it('takes headline, outlet, day of publication and link from JSON-LD before Open Graph', () => {
    expect(article).toMatchObject({
      title: 'Kazachse president dankt Rusland voor troepen',
      source: 'Testkrant',
      date: '2022-01-10',
      url: 'https://www.testkrant.example/buitenland/kazachstan-dankt-rusland',
    });
  });

  it('keeps the article’s paragraphs and section heading, in order, and nothing around them', () => {
    expect(article.paragraphs).toHaveLength(5);
    expect(article.paragraphs[0]).toMatch(/^De Kazachse president Kassym-Jomart Tokajev heeft Rusland maandag bedankt/u);
    expect(article.paragraphs).toContain('Vredesmacht');
    expect(article.paragraphs.at(-1)).toMatch(/^Critici vrezen/u);
    const all = article.paragraphs.join('\n');
    for (const noise of ['cookies', 'Home', 'Beeld ANP', 'Lees ook', 'brandstofprijzen', 'Deel dit artikel', 'Meer over Kazachstan', 'Alle rechten', 'Door A. Verslaggever']) expect(all).not.toContain(noise);
  });

  it('gives the raw text ingest takes: paragraphs separated by blank lines', () => {
    expect(articleText(article).split('\n\n')).toHaveLength(article.paragraphs.length);
  });
});

describe('extractHtml: metadata the page states, and nothing more', () => {
  it('falls back to Open Graph and the canonical link', () => {
    const extracted = extractHtml(
      html(
        '<meta property="og:title" content="Onrust in Almaty"><meta property="og:site_name" content="Het Dagblad"><meta property="article:published_time" content="2022-01-07T23:59:00-05:00"><link rel="canonical" href="https://dagblad.example/a/1">',
        body(LONG),
      ),
    );
    expect(extracted).toMatchObject({ ok: true, article: { title: 'Onrust in Almaty', source: 'Het Dagblad', date: '2022-01-07', url: 'https://dagblad.example/a/1' } });
  });

  it('leaves outlet, date and link unknown when the page does not state them', () => {
    const extracted = extractHtml(html('<title>Onrust</title>', body(LONG)));
    expect(extracted.ok).toBe(true);
    if (!extracted.ok) return;
    expect(extracted.article).not.toHaveProperty('source');
    expect(extracted.article).not.toHaveProperty('date');
    expect(extracted.article).not.toHaveProperty('url');
  });

  it('takes the address it was fetched from when the page names none, and never a non-web one', () => {
    expect(extractHtml(html('', body(LONG)), 'https://krant.example/x')).toMatchObject({ ok: true, article: { url: 'https://krant.example/x' } });
    const local = extractHtml(html('<link rel="canonical" href="file:///etc/passwd">', body(LONG)));
    expect(local.ok).toBe(true);
    expect(local.ok && 'url' in local.article).toBe(false);
  });

  it('ignores a broken JSON-LD block and uses what else the page states', () => {
    const extracted = extractHtml(html('<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script><meta property="og:title" content="Toch een titel">', body(LONG)));
    expect(extracted).toMatchObject({ ok: true, article: { title: 'Toch een titel' } });
  });
});

describe('extractHtml refuses what is no article', () => {
  it.each([
    ['a paywall', html('<title>Premium</title>', '<p>Dit artikel is alleen voor abonnees.</p><p>Log in om verder te lezen.</p>')],
    ['an empty page', '<html><body></body></html>'],
    ['not HTML at all', 'just some text'],
  ])('%s', (_name, input) => {
    const extracted = extractHtml(input);
    expect(extracted.ok).toBe(false);
    if (!extracted.ok) expect(extracted.reason).toMatch(/too little article text/u);
  });

  it('states the limit it holds pages to', () => {
    expect(MIN_ARTICLE_CHARS).toBeGreaterThan(100);
  });

  it('makes a relative canonical link absolute against the page, and says no date for one the calendar lacks', () => {
    const extracted = extractHtml(html('<link rel="canonical" href="/nieuws/123"><meta property="article:published_time" content="2022-13-45T08:00:00Z">', body(LONG)), 'https://krant.example/kort/9');
    expect(extracted).toMatchObject({ ok: true, article: { url: 'https://krant.example/nieuws/123' } });
    expect(extracted.ok && extracted.article.date).toBeUndefined();
    expect(extractHtml(html('<meta property="og:url" content="//cdn.krant.example/a">', body(LONG)), 'https://krant.example/x')).toMatchObject({ ok: true, article: { url: 'https://cdn.krant.example/a' } });
  });
});
