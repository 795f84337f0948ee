/**
 * A news web page → the article: its body by Mozilla's Readability (Firefox Reader View), on
 * linkedom; its metadata from what the page itself states — JSON-LD `NewsArticle`, then Open
 * Graph and `<meta>` tags, then the canonical link. Nothing is invented: what the page does not
 * state stays unknown. Captions (`<figcaption>`), "lees ook" boxes, share buttons and scripts are
 * not article text. Pure: the HTML in, the article out.
 */
import { isValidDate } from '../knowledge/articleMeta.js';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { mapped } from '../lists/loops.js';

export interface ExtractedArticle {
  title?: string;
  /** The outlet (publisher or site name). */
  source?: string;
  /** `YYYY-MM-DD` as the page states its publication. */
  date?: string;
  url?: string;
  /** Body paragraphs, in order, as written. */
  paragraphs: string[];
}

export type Extraction = { ok: true; article: ExtractedArticle } | { ok: false; reason: string };

/** Less body text than this is a paywall, a cookie wall or no article at all. */
export const MIN_ARTICLE_CHARS = 400;

/** Elements whose text is never article text, whatever Readability makes of them. */
const NOT_TEXT = 'script, style, noscript, figure, figcaption, aside, nav, footer, form, button, [role="complementary"], [class*="share"], [class*="related"], [class*="lees-ook"], [class*="read-more"], [class*="cookie"], [id*="cookie"], [class*="consent"], [class*="paywall"], [class*="newsletter"]';

type Json = Record<string, unknown>;
/** linkedom's document (the project compiles without the DOM library). */
type Page = ReturnType<typeof parseHTML>['document'];

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.replace(/\s+/gu, ' ').trim() : undefined);

/** `2022-01-06T09:30:00+01:00` → `2022-01-06`, the day as the page states it (no time zone shift). */
function dayOf(value: unknown): string | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})/u.exec(text(value) ?? '');
  // A day the calendar does not have ("2022-13-45") is no date the page states.
  return match?.[1] && isValidDate(match[1]) ? match[1] : undefined;
}

/** A link as the page writes it (`/nieuws/1`, `//host/a`), made absolute against the page's own address; only http(s). */
function absolute(href: string | undefined, pageUrl: string | undefined): string | undefined {
  if (href === undefined) return undefined;
  try {
    const url = new URL(href, pageUrl);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** JSON-LD objects of the page, flattened through `@graph` and arrays. */
function jsonLd(document: Page): Json[] {
  const found: Json[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      found.push(value as Json);
      if ('@graph' in value) visit((value as Json)['@graph']);
    }
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // A broken block states nothing.
    }
  }
  return found;
}

const isArticle = (item: Json): boolean => {
  const type = item['@type'];
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && /(?:News|Report|Analysis|Opinion|Blog)?(?:Article|Posting)$/u.test(t));
};

const nameOf = (value: unknown): string | undefined => (Array.isArray(value) ? nameOf(value[0]) : text(value) ?? text((value as Json | undefined)?.name));

function meta(document: Page, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const element = document.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
    const value = text(element?.getAttribute('content'));
    if (value) return value;
  }
  return undefined;
}

export function extractHtml(html: string, pageUrl?: string): Extraction {
  // A fragment or plain text gets a document around it; Readability needs one.
  const { document } = parseHTML(/<html[\s>]/iu.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`);
  const article = jsonLd(document).find(isArticle);
  const canonical = text(document.querySelector('link[rel="canonical"]')?.getAttribute('href'));
  const metadata = {
    title: text(article?.headline) ?? meta(document, 'og:title', 'twitter:title'),
    source: nameOf(article?.publisher) ?? meta(document, 'og:site_name'),
    date: dayOf(article?.datePublished) ?? dayOf(meta(document, 'article:published_time', 'date', 'dcterms.date')),
    url: absolute(text(article?.url), pageUrl) ?? absolute(canonical, pageUrl) ?? absolute(meta(document, 'og:url'), pageUrl) ?? absolute(pageUrl, undefined),
  };

  for (const element of document.querySelectorAll(NOT_TEXT)) element.remove();
  const read = new Readability(document as never, { charThreshold: 200 }).parse();
  const { document: body } = parseHTML(`<html><body>${read?.content ?? ''}</body></html>`);
  // Paragraphs, and the headings between them (kept: the loader tells headings from body text).
  const paragraphs = mapped([...body.querySelectorAll('p, h2, h3')], (p) => text(p.textContent) ?? '').filter((p) => p !== '');
  const length = paragraphs.reduce((sum, p) => sum + p.length, 0);
  if (length < MIN_ARTICLE_CHARS) {
    return { ok: false, reason: `too little article text on the page (${length} characters): a paywall, a cookie wall, or no article` };
  }
  const title = metadata.title ?? text(read?.title);
  return {
    ok: true,
    article: {
      ...(title ? { title } : {}),
      ...(metadata.source ? { source: metadata.source } : {}),
      ...(metadata.date ? { date: metadata.date } : {}),
      ...(metadata.url ? { url: metadata.url } : {}),
      paragraphs,
    },
  };
}

/** The article as the raw text `prepareArticle` takes: paragraphs separated by blank lines. */
export function articleText(article: ExtractedArticle): string {
  return `${article.paragraphs.join('\n\n')}\n`;
}
