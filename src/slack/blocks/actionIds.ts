/** Action ids of the buttons under an answer, and the state they carry (in the button value). */

export const ACTION = {
  share: 'answer_share',
  more: 'answer_more',
  helpful: 'answer_helpful',
  unhelpful: 'answer_unhelpful',
  addArticle: 'article_add',
  cancelArticle: 'article_cancel',
  removeArticle: 'article_remove',
  cancelRemove: 'article_keep',
} as const;

/** What the Remove button needs: the dossier and the article's file (its id is `<dossier>/<file>`). */
export function encodeRemoval(dossierId: string, fileName: string): string {
  return JSON.stringify({ d: dossierId, f: fileName });
}

/** Control characters (module level: see src/text/letterClasses.ts). */
const CONTROL_CHARACTERS = /\p{Cc}/gu;
/** A path separator or a control character: not in a plain name. */
const NOT_IN_NAME = /[/\\\p{Cc}]/u;

/** A file or folder name and nothing more: no separator, not hidden, no `..`. */
const isPlainName = (name: string): boolean => name.length > 0 && name.length <= 255 && !NOT_IN_NAME.test(name) && !name.startsWith('.');

export function decodeRemoval(value: string | undefined): { dossierId: string; fileName: string } | undefined {
  try {
    const data = JSON.parse(value ?? '') as { d?: unknown; f?: unknown };
    // A file name, never a path: a forged value cannot move anything outside the dossier's folder.
    if (typeof data.d !== 'string' || typeof data.f !== 'string' || !isPlainName(data.d) || !isPlainName(data.f) || !data.f.endsWith('.md')) return undefined;
    return { dossierId: data.d, fileName: data.f };
  } catch {
    return undefined;
  }
}

/** What a button needs to redo or page an answer: the dossier, the question and the page. */
export interface AnswerRef {
  dossierId: string;
  query: string;
  offset: number;
  /** The query-log entry of the question, for feedback on it. */
  logId?: string;
}

export function encodeRef(ref: AnswerRef): string {
  // Control characters mean nothing in a question, and JSON writes each as six: a 500-character
  // question of them would pass Slack's 2,000-character limit for a button value.
  const query = ref.query.replace(CONTROL_CHARACTERS, ' ');
  return JSON.stringify({ d: ref.dossierId, q: query, o: ref.offset, ...(ref.logId ? { l: ref.logId } : {}) });
}

/** Pages go this far at most: beyond it "More" is no longer a page of an answer. */
export const MAX_OFFSET = 200;

/** A button's state, or undefined when it is not one this app made (a bad offset, a made-up log id). */
export function decodeRef(value: string | undefined): AnswerRef | undefined {
  try {
    const data = JSON.parse(value ?? '') as { d?: unknown; q?: unknown; o?: unknown; l?: unknown };
    if (typeof data.d !== 'string' || typeof data.q !== 'string' || typeof data.o !== 'number') return undefined;
    if (!Number.isInteger(data.o) || data.o < 0 || data.o > MAX_OFFSET || data.q.length > 500) return undefined;
    if (data.l !== undefined && (typeof data.l !== 'string' || !/^[\w-]{1,40}$/u.test(data.l))) return undefined;
    return { dossierId: data.d, query: data.q, offset: data.o, ...(typeof data.l === 'string' ? { logId: data.l } : {}) };
  } catch {
    return undefined;
  }
}
