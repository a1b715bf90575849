import type { Entry } from '../knowledge/schema.js';
import type { IndexedEntry } from './knowledgeIndex.js';

/** A question term: its idf weight, and 1 or, for a corrected typo, how close the correction is. */
export interface QueryTerm {
  term: string;
  weight: number;
  similarity: number;
}

export interface Candidate {
  entry: Entry;
  /** 0–1: how much of the question this entry covers, and how closely it asks the same thing. */
  confidence: number;
}

// A term found only in an entry's answer or quote is weaker evidence than one in a
// way of asking the question.
const SOURCE_CREDIT = 0.6;
const OTHER_PHRASING_CREDIT = 0.5;
// Confidence is mostly coverage of the question; how much of the entry's own
// question the user echoed breaks ties between entries that cover it equally.
const PHRASING_SHARE = 0.25;
const NONE: ReadonlySet<string> = new Set();

/**
 * How well one entry covers a question, 0–1: the idf-weighted share of the question's
 * terms its best way of asking has (or, for less, its answer and quote have), times how
 * much of that phrasing the question echoes; `quoted` terms, from a phrase the question
 * quotes from this entry's source, count as a phrasing's. BM25 ranks; this is what the decision reads,
 * because unlike a BM25 score it means the same for every question.
 */
export function coverage(indexed: IndexedEntry, terms: readonly QueryTerm[], total: number, quoted: ReadonlySet<string> = NONE): number {
  if (total <= 0) return 0;
  let best = 0;
  for (const phrasing of indexed.phrasings) {
    let covered = 0;
    let echoed = 0;
    for (const { term, weight, similarity } of terms) {
      // Words the question quotes from this entry's own source ask for it as surely as its
      // phrasings do, but they are not an echo of a phrasing.
      if (phrasing.terms.has(term)) {
        covered += weight * similarity;
        echoed += weight;
      } else if (quoted.has(term)) covered += weight * similarity;
      else if (indexed.sourceTerms.has(term)) covered += weight * similarity * SOURCE_CREDIT;
      else if (indexed.allTerms.has(term)) covered += weight * similarity * OTHER_PHRASING_CREDIT;
    }
    const echo = phrasing.mass > 0 ? Math.min(1, echoed / phrasing.mass) : 0;
    best = Math.max(best, (covered / total) * (1 - PHRASING_SHARE + PHRASING_SHARE * echo));
  }
  return best;
}

/**
 * How nearly the question is one of the entry's own ways of asking, 0–1: the best
 * idf-weighted Jaccard overlap between the question's known terms and a phrasing's.
 */
export function phrasingOverlap(indexed: IndexedEntry, terms: readonly QueryTerm[], weightOf: (term: string) => number): number {
  let best = 0;
  for (const phrasing of indexed.phrasings) {
    let shared = 0;
    let questionOnly = 0;
    for (const { term, weight } of terms) {
      if (phrasing.terms.has(term)) shared += weight;
      else questionOnly += weight;
    }
    let phrasingOnly = 0;
    for (const term of phrasing.terms) if (!terms.some((t) => t.term === term)) phrasingOnly += weightOf(term);
    const union = shared + questionOnly + phrasingOnly;
    if (union > 0) best = Math.max(best, shared / union);
  }
  return best;
}
