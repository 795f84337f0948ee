/**
 * Question words say what kind of sentence answers a question; they are never content.
 * `how many`/`hoeveel` wants a figure, `who`/`wie` a sentence that says who someone is,
 * `what did X say`/`wat zei X` a quote or statement, `when` a time, `why` a cause.
 */

export type Intent = 'figure' | 'who' | 'quote' | 'when' | 'where' | 'why';

interface Cue {
  /** Folded words, matched as a consecutive run. */
  words: string[];
  intent?: Intent;
}

// Longest cues first, so "how many" wins over "how".
const CUES: Cue[] = [
  { words: ['how', 'many'], intent: 'figure' },
  { words: ['how', 'long'], intent: 'figure' },
  { words: ['how', 'old'], intent: 'figure' },
  { words: ['hoe', 'oud'], intent: 'figure' },
  { words: ['hoe', 'lang'], intent: 'figure' },
  { words: ['hoe', 'groot'], intent: 'figure' },
  { words: ['how', 'much'], intent: 'figure' },
  { words: ['number', 'of'], intent: 'figure' },
  { words: ['het', 'aantal'], intent: 'figure' },
  { words: ['hoeveel'], intent: 'figure' },
  { words: ['aantal'], intent: 'figure' },
  { words: ['who'], intent: 'who' },
  { words: ['whom'], intent: 'who' },
  { words: ['whose'], intent: 'who' },
  { words: ['wie'], intent: 'who' },
  { words: ['when'], intent: 'when' },
  { words: ['wanneer'], intent: 'when' },
  { words: ['where'], intent: 'where' },
  { words: ['waar'], intent: 'where' },
  { words: ['waarheen'], intent: 'where' },
  { words: ['why'], intent: 'why' },
  { words: ['waarom'], intent: 'why' },
  { words: ['what'] },
  { words: ['which'] },
  { words: ['wat'] },
  { words: ['welke'] },
  { words: ['welk'] },
  { words: ['how'] },
  { words: ['hoe'] },
];

/** Speech verbs: after a question word they ask for a statement (`what did Putin say`). */
const SPEECH = new Set([
  'say', 'said', 'says', 'saying', 'tell', 'told', 'claim', 'claimed', 'state', 'stated', 'announce', 'announced',
  'zei', 'zeggen', 'zegt', 'zeiden', 'gezegd', 'verklaarde', 'verklaard', 'beweerde', 'sprak', 'zeg',
]);

export interface QuestionParse {
  intents: Set<Intent>;
  /** Indexes of the words that were question words (not content). */
  consumed: Set<number>;
}

export function readQuestionWords(folded: readonly string[]): QuestionParse {
  const intents = new Set<Intent>();
  const consumed = new Set<number>();
  let asked = false;
  for (let i = 0; i < folded.length; i++) {
    const cue = CUES.find((c) => c.words.every((w, k) => folded[i + k] === w));
    if (!cue) continue;
    asked = true;
    if (cue.intent) intents.add(cue.intent);
    cue.words.forEach((_, k) => consumed.add(i + k));
    i += cue.words.length - 1;
  }
  if (asked || folded.length > 1) {
    folded.forEach((word, i) => {
      if (SPEECH.has(word) && (asked || i > 0)) {
        intents.add('quote');
        consumed.add(i);
      }
    });
  }
  return { intents, consumed };
}
