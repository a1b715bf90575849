import MiniSearch from 'minisearch';
import type { Entry } from '../knowledge/schema.js';
import type { EntrySide } from './knowledgeIndex.js';
import { TopScores, type TermScores } from './topScores.js';

/** One entry found for a question, with its BM25 score (unbounded, higher is better). */
export interface Retrieved {
  position: number;
  score: number;
}

interface Document {
  id: number;
  phrasings: string;
  source: string;
}

// BM25 over two fields: how the entry is asked, and what it answers with. A question
// that echoes a way of asking is stronger evidence than one that only shares words
// with the answer or quote. k1 = 2 and the boost were chosen on the tuning half.
const FIELDS = ['phrasings', 'source'] as const;
const FIELD_BOOST = { phrasings: 2, source: 1 };
const BM25 = { k: 2, b: 0.7, d: 0.5 };

/**
 * The BM25 index retrieval ranks with: the entries' two fields, analysed by the language's
 * analyzer. Questions arrive already analysed (stemmed, synonyms folded, typos corrected),
 * as terms joined by spaces. Exported so that tests can compare `Retrieval` with it.
 */
export function retrievalIndex(entries: readonly Entry[], sideOf: (entry: Entry) => EntrySide, termsOf: (text: string) => string[]): MiniSearch<Document> {
  const search = new MiniSearch<Document>({
    fields: [...FIELDS],
    tokenize: (text) => termsOf(text),
    processTerm: (term) => term,
    searchOptions: { boost: FIELD_BOOST, bm25: BM25, tokenize: splitTerms, processTerm: (term) => term },
  });
  search.addAll(
    entries.map((entry, id) => {
      const side = sideOf(entry);
      return { id, phrasings: side.phrasings.join('\n'), source: side.source };
    }),
  );
  return search;
}

/**
 * The retrieval step: MiniSearch's BM25 ranking over the entries' analysed terms, best
 * `limit` first. MiniSearch scores each term (one search per term and field, kept: the
 * index never changes, and questions reuse a small vocabulary); the terms' scores are
 * added up as MiniSearch's own OR query adds them (topScores.ts), so the entries, scores
 * and order are exactly its own, without a result object and a sort for every entry a
 * common term reaches ("said" is in most entries of a large knowledge).
 */
export class Retrieval {
  private readonly search: MiniSearch<Document>;
  private readonly top: TopScores;
  /** Bounded by the index's vocabulary: retrieval is only asked for terms the knowledge uses. */
  private readonly termScores = new Map<string, TermScores>();

  /** @param termsOf the analyzer's terms of a text, in order (the same function questions go through) */
  constructor(entries: readonly Entry[], sideOf: (entry: Entry) => EntrySide, termsOf: (text: string) => string[]) {
    this.search = retrievalIndex(entries, sideOf, termsOf);
    this.top = new TopScores(entries.length);
  }

  /**
   * The entries sharing a term with the question, best first, at most `limit`.
   * @param terms analysed question terms; `boost` weighs each (a corrected typo counts less)
   */
  retrieve(terms: readonly string[], boost: (term: string) => number, limit: number): Retrieved[] {
    if (terms.length === 0 || limit <= 0) return [];
    // The query MiniSearch would run: the terms joined, then split as its tokenizer splits them.
    const query = splitTerms(terms.join(' '));
    const scored = query.map((term, i) => {
      const b = boost(term);
      return { scores: this.scoresOf(term), weights: FIELDS.map((field) => b * FIELD_BOOST[field]), distinct: query.indexOf(term) === i };
    });
    return this.top.best(scored, limit);
  }

  private scoresOf(term: string): TermScores {
    const known = this.termScores.get(term);
    if (known) return known;
    // Each field alone at boost 1: the raw BM25 score MiniSearch would weigh and add.
    const byField = FIELDS.map((field) => new Map(this.search.search(term, { fields: [field], boost: { [field]: 1 } }).map((r) => [Number(r.id), r.score])));
    // MiniSearch visits a term's entries field by field, each in the order they were indexed (by position).
    const positions = [...new Set(byField.flatMap((scores) => [...scores.keys()].sort((a, b) => a - b)))];
    const scores = { positions: Int32Array.from(positions), fields: byField.map((s) => Float64Array.from(positions, (p) => s.get(p) ?? 0)) };
    this.termScores.set(term, scores);
    return scores;
  }
}

function splitTerms(text: string): string[] {
  return text.split(' ').filter(Boolean);
}
