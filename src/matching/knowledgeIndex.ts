import type { Entry } from '../knowledge/schema.js';
import type { Analyzer } from './analyzer.js';
import { kindsGiven, isNegated, type AnswerKind } from './answerKind.js';
import { QUESTION_TERMS } from './normalise.js';
import { phraseSearchable } from './quoted.js';
import { TypoCorrector } from './typos.js';

/** An entry's terms in one language: each way of asking it, and what its answer and quote say. */
export interface IndexedEntry {
  entry: Entry;
  /** Each way of asking it: its terms, their summed weight, and its text in lower case (for the attribute check). */
  phrasings: ReadonlyArray<{ terms: ReadonlySet<string>; mass: number; text: string }>;
  sourceTerms: ReadonlySet<string>;
  allTerms: ReadonlySet<string>;
  /** The kinds of answer the entry gives (a person, a time, a number…). */
  kinds: ReadonlySet<AnswerKind>;
  /** True when a way of asking it, or its answer, is negated ("why was the military not told?"). */
  negated: boolean;
  /** What it answers with, as written (for the date check). */
  source: string;
  /** What it answers with, as the analyzer's words, searchable for a phrase a question quotes. */
  sourceWords: string;
}

/** The texts of an entry in one language: its ways of asking, and what it answers with. */
export interface EntrySide {
  phrasings: readonly string[];
  source: string;
}

// Question words say what kind of answer is wanted; they matter, but less than
// the words that say what the question is about.
const QUESTION_TERM_FACTOR = 0.5;
// A word the knowledge never uses weighs as much as the rarest term it does use: it
// is a sign the question asks about something else ("How tall is Petro?"), but no
// more than one sign among several. The decision (decision.ts) weighs how much of a
// question is unknown on its own.
const UNKNOWN_WORD_FACTOR = 1;
const UNKNOWN_NUMBER_FACTOR = 2;
// Stop words take part in typo correction ("wht" -> "what") as the commonest words.
const STOP_WORD_FREQUENCY = 1000;

/**
 * Term statistics over the knowledge in one language: how many entries use a term,
 * and how rare it is (BM25's idf). Rare terms decide which entry a question is about.
 */
export class KnowledgeIndex {
  readonly entries: readonly IndexedEntry[];
  readonly typos: TypoCorrector;
  /** What a term the knowledge never uses weighs. */
  readonly unknownWeight: number;
  /** How many entries use each term anywhere (document frequency). */
  private readonly entryCounts = new Map<string, number>();
  private readonly idf = new Map<string, number>();

  /**
   * @param sideOf the entry's texts in this index's language (an entry without them is indexed empty)
   * @param vocabulary words typos may be corrected to besides the knowledge's own (stop and synonym words)
   */
  constructor(
    entries: readonly Entry[],
    private readonly analyzer: Analyzer,
    sideOf: (entry: Entry) => EntrySide,
    vocabulary: readonly string[] = [],
  ) {
    const frequency = new Map<string, number>();
    const termsOf = (text: string) => {
      const terms = new Set<string>();
      for (const word of analyzer.words(text)) {
        frequency.set(word, (frequency.get(word) ?? 0) + 1);
        const term = analyzer.term(word);
        if (term) terms.add(term);
      }
      return terms;
    };
    const indexed = entries.map((entry) => {
      const side = sideOf(entry);
      const phrasings = side.phrasings.map(termsOf);
      const sourceTerms = new Set([...termsOf(side.source)].filter((t) => !QUESTION_TERMS.has(t)));
      const allTerms = new Set([...sourceTerms, ...phrasings.flatMap((p) => [...p])]);
      for (const term of allTerms) this.entryCounts.set(term, (this.entryCounts.get(term) ?? 0) + 1);
      const negated = side.phrasings.some(isNegated) || isNegated(side.source.split('\n')[0] ?? '');
      const sourceWords = phraseSearchable(analyzer.words(side.source));
      return { entry, phrasings, sourceTerms, allTerms, kinds: kindsGiven(entry, phrasings), negated, source: side.source, sourceWords, texts: side.phrasings };
    });
    const n = Math.max(entries.length, 1);
    for (const [term, containing] of this.entryCounts) this.idf.set(term, idf(n, containing));
    this.unknownWeight = idf(n, 0) * UNKNOWN_WORD_FACTOR;
    this.entries = indexed.map(({ phrasings, texts, ...rest }) => ({
      ...rest,
      phrasings: phrasings.map((terms, i) => ({ terms, mass: sum([...terms].map((t) => this.weight(t))), text: (texts[i] ?? '').toLowerCase() })),
    }));
    for (const word of vocabulary) frequency.set(word, Math.max(frequency.get(word) ?? 0, STOP_WORD_FREQUENCY));
    this.typos = new TypoCorrector(frequency);
  }

  /** How many entries use the term (its document frequency). */
  entryCount(term: string): number {
    return this.entryCounts.get(term) ?? 0;
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

  /** The term a question word stands for, correcting a typo when the word is neither the knowledge's nor a real word. */
  resolve(word: string): { term: string; similarity: number } | null {
    const term = this.analyzer.term(word);
    if (term === null) return null;
    if (this.has(term) || QUESTION_TERMS.has(term)) return { term, similarity: 1 };
    const correction = this.analyzer.isDictionaryWord(word) ? null : this.typos.correct(word);
    if (!correction) return { term, similarity: 1 };
    const corrected = this.analyzer.term(correction.word);
    return corrected === null ? null : { term: corrected, similarity: correction.similarity };
  }
}

function idf(documents: number, containing: number): number {
  return Math.log(1 + (documents - containing + 0.5) / (containing + 0.5));
}

export function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
