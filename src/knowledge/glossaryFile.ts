/**
 * Glossary files: `knowledge/glossary.yml` for every dossier, `knowledge/<dossier>/glossary.yml`
 * for one. Each is a mapping of concept name → `{ en: [...], nl: [...] }`; every word or phrase
 * of a concept finds every other. `stands_for: [concept, …]` says what else a concept's words
 * mean, less directly ("Moscow", "the Kremlin" for Russia's government; storming for seizing): a
 * question's word then also finds those concepts' words, at a lower weight. `opposite: [concept, …]`
 * names what means the opposite (withdraw ↔ stay), both ways: in a yes/no question a word also
 * finds its opposite's words, since a sentence saying the opposite settles it. `the: [concept]`
 * says what a concept's words name with a determiner in this dossier ("het bondgenootschap",
 * "die club" is the CSTO; "een ander bondgenootschap" is not). Pure parsing with line-numbered problems.
 */
import { LineCounter, parseDocument, isMap, isPair, isScalar } from 'yaml';
import { refuseBeforeParsing, valuesOf } from './yamlLines.js';
import { mapped } from '../lists/loops.js';

export interface GlossaryConcept {
  name: string;
  /** Lowercase words or phrases per language code. */
  terms: Record<string, string[]>;
  /** Concepts this one's words also mean, less directly (Moscow → Russia, storming → seizing); never the other way. */
  standsFor?: string[];
  /** Concepts meaning its opposite (withdraw ↔ stay, confirmed ↔ retracted): both ways; a sentence saying one settles a yes/no question asking the other. */
  opposites?: string[];
  /** Concepts its words name after a determiner ("the alliance" is the CSTO in this dossier): what a question takes as known. */
  definite?: string[];
}

/** The fields naming what a concept stands for and its opposites; every other field is a language. */
const STANDS_FOR = 'stands_for';
const OPPOSITE = 'opposite';
const DEFINITE = 'the';

export interface GlossaryProblem {
  line?: number;
  message: string;
}

export function parseGlossary(text: string): { concepts: GlossaryConcept[]; problems: GlossaryProblem[] } {
  const refused = refuseBeforeParsing(text);
  if (refused) return { concepts: [], problems: [{ line: 1, message: refused }] };
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const error = document.errors[0];
  if (error) return { concepts: [], problems: [{ line: lineCounter.linePos(error.pos[0]).line, message: `not valid YAML: ${error.message.split('\n')[0]}` }] };
  if (document.contents === null) return { concepts: [], problems: [] };
  const values = valuesOf(document);
  if (!values.ok) return { concepts: [], problems: [{ line: 1, message: values.message }] };
  if (!isMap(document.contents)) return { concepts: [], problems: [{ line: 1, message: 'a glossary is a list of concepts: `name:` then `en: [...]` and `nl: [...]`' }] };

  const concepts: GlossaryConcept[] = [];
  const problems: GlossaryProblem[] = [];
  for (const pair of document.contents.items) {
    if (!isPair(pair) || !isScalar(pair.key)) continue;
    const name = String(pair.key.value);
    const line = pair.key.range ? lineCounter.linePos(pair.key.range[0]).line : undefined;
    // From the resolved values: an alias (`soldaten: *troops`) reads as what it points to.
    const value: unknown = (values.data as Record<string, unknown> | null)?.[name];
    const terms: Record<string, string[]> = {};
    let standsFor: string[] | undefined;
    let opposites: string[] | undefined;
    let definite: string[] | undefined;
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      for (const [field, list] of Object.entries(value)) {
        const words = (Array.isArray(list) ? list : [list]).filter((w): w is string | number => typeof w === 'string' || typeof w === 'number');
        const cleaned = mapped(words, (w) => String(w).trim().toLowerCase()).filter(Boolean);
        if (field === STANDS_FOR) standsFor = cleaned;
        else if (field === OPPOSITE) opposites = cleaned;
        else if (field === DEFINITE) definite = cleaned;
        else terms[field] = cleaned;
      }
    }
    // One word is enough here: a dossier glossary may add a single word to a base concept.
    if (Object.values(terms).flat().length === 0 && !standsFor?.length && !opposites?.length && !definite?.length) {
      problems.push({ ...(line === undefined ? {} : { line }), message: `concept '${name}' has no words (expected en: [...] and nl: [...]); ignored` });
      continue;
    }
    concepts.push({ name, terms, ...(standsFor && standsFor.length > 0 ? { standsFor } : {}), ...(opposites && opposites.length > 0 ? { opposites } : {}), ...(definite && definite.length > 0 ? { definite } : {}) });
  }
  return { concepts, problems };
}

/** Dossier additions extend the base: same concept name → words merged; new names → new concepts. */
export function mergeGlossaries(...glossaries: GlossaryConcept[][]): GlossaryConcept[] {
  const merged = new Map<string, GlossaryConcept>();
  for (const concept of glossaries.flat()) {
    const existing = merged.get(concept.name);
    if (!existing) {
      merged.set(concept.name, { name: concept.name, terms: structuredClone(concept.terms), ...(concept.standsFor ? { standsFor: [...concept.standsFor] } : {}), ...(concept.opposites ? { opposites: [...concept.opposites] } : {}), ...(concept.definite ? { definite: [...concept.definite] } : {}) });
      continue;
    }
    for (const [language, words] of Object.entries(concept.terms)) {
      existing.terms[language] = [...new Set([...(existing.terms[language] ?? []), ...words])];
    }
    if (concept.standsFor) existing.standsFor = [...new Set([...(existing.standsFor ?? []), ...concept.standsFor])];
    if (concept.opposites) existing.opposites = [...new Set([...(existing.opposites ?? []), ...concept.opposites])];
    if (concept.definite) existing.definite = [...new Set([...(existing.definite ?? []), ...concept.definite])];
  }
  return [...merged.values()];
}
