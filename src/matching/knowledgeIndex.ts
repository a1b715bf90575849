import type { Entry } from '../knowledge/schema.js';
import { QUESTION_TERMS, termOf, termsOf, wordsOf } from './normalise.js';
import { STOP_WORDS } from './stopwords.js';
import { SYNONYM_WORDS } from './synonyms.js';
import { TypoCorrector } from './typos.js';

/** An entry's terms: each way of asking it, and what its answer and quote say. */
export interface IndexedEntry {
  entry: Entry;
  phrasings: ReadonlyArray<{ terms: ReadonlySet<string>; mass: number }>;
  sourceTerms: ReadonlySet<string>;
  allTerms: ReadonlySet<string>;
}

// Question words say what kind of answer is wanted; they matter, but less than
// the words that say what the question is about.
const QUESTION_TERM_FACTOR = 0.5;
// A word the knowledge never uses is the clearest sign a question asks about
// something else ("How tall is Petro?"), so it outweighs even the rarest known term.
const UNKNOWN_WORD_FACTOR = 1.5;
const UNKNOWN_NUMBER_FACTOR = 2;
// Stop words take part in typo correction ("wht" -> "what") as the commonest words.
const STOP_WORD_FREQUENCY = 1000;

/**
 * Term statistics over the knowledge: how many entries use a term, and how
 * rare it is (BM25's idf). Rare terms decide which entry a question is about.
 */
export class KnowledgeIndex {
  readonly entries: readonly IndexedEntry[];
  readonly typos: TypoCorrector;
  /** What a term the knowledge never uses weighs: more than the rarest possible term. */
  readonly unknownWeight: number;
  /** How many entries use each term anywhere (document frequency). */
  private readonly entryCounts = new Map<string, number>();
  private readonly idf = new Map<string, number>();

  constructor(entries: readonly Entry[]) {
    const frequency = new Map<string, number>();
    const count = (text: string) => {
      for (const word of wordsOf(text)) frequency.set(word, (frequency.get(word) ?? 0) + 1);
    };
    const indexed = entries.map((entry) => {
      const phrasings = [entry.question, ...entry.alternates].map((text) => (count(text), new Set(termsOf(text))));
      const source = [entry.answer, entry.quote, entry.speaker ?? ''].join('\n');
      count(source);
      const sourceTerms = new Set(termsOf(source).filter((t) => !QUESTION_TERMS.has(t)));
      const allTerms = new Set([...sourceTerms, ...phrasings.flatMap((p) => [...p])]);
      for (const term of allTerms) this.entryCounts.set(term, (this.entryCounts.get(term) ?? 0) + 1);
      return { entry, phrasings, sourceTerms, allTerms };
    });
    const n = entries.length;
    for (const [term, containing] of this.entryCounts) this.idf.set(term, idf(n, containing));
    this.unknownWeight = idf(n, 0) * UNKNOWN_WORD_FACTOR;
    this.entries = indexed.map(({ phrasings, ...rest }) => ({
      ...rest,
      phrasings: phrasings.map((terms) => ({ terms, mass: sum([...terms].map((t) => this.weight(t))) })),
    }));
    for (const word of [...STOP_WORDS, ...QUESTION_TERMS]) frequency.set(word, STOP_WORD_FREQUENCY);
    for (const word of SYNONYM_WORDS) if (!frequency.has(word)) frequency.set(word, 1);
    this.typos = new TypoCorrector(frequency);
  }

  has(term: string): boolean {
    return this.entryCounts.has(term);
  }

  weight(term: string): number {
    // A number the knowledge never mentions ("in 2023") asks about a fact it does not have.
    const unknown = /^\d+$/.test(term) ? this.unknownWeight * UNKNOWN_NUMBER_FACTOR : this.unknownWeight;
    const weight = this.idf.get(term) ?? unknown;
    return QUESTION_TERMS.has(term) ? weight * QUESTION_TERM_FACTOR : weight;
  }

  /** The term a question word stands for, correcting a typo when the word is not the knowledge's. */
  resolve(word: string): { term: string; similarity: number } | null {
    const term = termOf(word);
    if (term === null) return null;
    if (this.has(term) || QUESTION_TERMS.has(term)) return { term, similarity: 1 };
    const correction = this.typos.correct(word);
    if (!correction) return { term, similarity: 1 };
    const corrected = termOf(correction.word);
    return corrected === null ? null : { term: corrected, similarity: correction.similarity };
  }
}

function idf(documents: number, containing: number): number {
  return Math.log(1 + (documents - containing + 0.5) / (containing + 0.5));
}

export function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
