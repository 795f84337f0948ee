/**
 * Articles as parsed by an earlier load, by file and content: a reload parses again only the files
 * whose bytes changed (parsing is most of the cost of reading a large dossier). An unchanged file
 * gives the very same Article, so the analysis sees at once that it is unchanged. Each load starts
 * a new one from the last, so files that are gone are forgotten.
 */
import { createHash } from 'node:crypto';
import { parseArticle, type ArticleSource } from './parseArticle.js';

type Parsed = ReturnType<typeof parseArticle>;

interface Entry {
  digest: string;
  parsed: Parsed;
}

export class ParsedArticles {
  private readonly entries = new Map<string, Entry>();
  /** Only the last load's entries, never theirs: reloads do not chain up every version ever read. */
  private readonly earlier: ReadonlyMap<string, Entry> | undefined;

  constructor(earlier?: ParsedArticles) {
    this.earlier = earlier?.entries;
  }

  /** `parseArticle(source)`, from the earlier load when the same file had the same text. */
  parse(source: ArticleSource): Parsed {
    const key = `${source.id}\0${source.file}\0${source.defaultLanguage}`;
    const digest = createHash('sha256').update(source.text).digest('base64');
    const known = this.entries.get(key) ?? this.earlier?.get(key);
    const parsed = known?.digest === digest ? known.parsed : parseArticle(source);
    this.entries.set(key, { digest, parsed });
    return parsed;
  }
}
