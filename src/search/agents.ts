/**
 * Which index terms name people as a group or by what they are ("politie", "autoriteiten",
 * "buurlanden", "journalisten"): a who-question is answered by them as by a name ("daar zijn politie
 * en andere soorten militairen voor geschikt"). Read from the glossary, not listed by hand: a concept
 * whose English headword WordNet files as people (lexicon.namesPeople) gives its one-word targets,
 * unless another concept has the same term.
 */
import type { Agents } from './answerType.js';
import type { IndexedConcept } from './glossaryIndex.js';
import type { Lexicon } from './lexicon/lexicon.js';
import { lazySentenceFlags } from './sentenceBits.js';

/**
 * The glossary's people words, in one pass: `agents`, those that name only people; `counted`, those
 * that name people when a figure counts them ("tweeduizend militairen", "8.000 mensen"), where a stem
 * shared with something else ("militair" is also the adjective) is the people.
 */
export function peopleTerms(concepts: readonly IndexedConcept[], lexicon: Lexicon): { agents: Set<string>; counted: Set<string> } {
  const people = new Set<string>();
  const other = new Set<string>();
  for (const concept of concepts) {
    const headword = concept.english.find((word) => !word.includes(' '));
    const into = headword !== undefined && lexicon.namesPeople(headword) ? people : other;
    for (const target of concept.targets) if (target.terms.length === 1) into.add(target.terms[0] as string);
  }
  // A stem shared with something else is not people: "opstand" is the uprising as well as its insurgents.
  return { agents: new Set([...people].filter((term) => !other.has(term))), counted: people };
}

/** `terms` with the sentences holding one, found from their postings on first use (most questions never ask who). */
export function agentsOf(terms: ReadonlySet<string>, sentenceCount: number, idsOf: (term: string) => Iterable<number>): Agents {
  return {
    has: (term) => terms.has(term),
    inSentence: lazySentenceFlags(sentenceCount, (holding) => {
      for (const term of terms) for (const at of idsOf(term)) holding[at] = 1;
    }),
  };
}
