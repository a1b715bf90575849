import MiniSearch from 'minisearch';
import type { Entry } from '../knowledge/schema.js';
import type { EntrySide } from './knowledgeIndex.js';

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
const FIELD_BOOST = { phrasings: 2, source: 1 };
const BM25 = { k: 2, b: 0.7, d: 0.5 };

/**
 * The retrieval step: MiniSearch's BM25 ranking over the entries' analysed terms.
 * Documents are indexed with the language's analyzer; questions arrive already
 * analysed (stemmed, synonyms folded, typos corrected), as terms joined by spaces.
 */
export class Retrieval {
  private readonly search: MiniSearch<Document>;

  /** @param termsOf the analyzer's terms of a text, in order (the same function questions go through) */
  constructor(entries: readonly Entry[], sideOf: (entry: Entry) => EntrySide, termsOf: (text: string) => string[]) {
    this.search = new MiniSearch<Document>({
      fields: ['phrasings', 'source'],
      tokenize: (text) => termsOf(text),
      processTerm: (term) => term,
      searchOptions: { boost: FIELD_BOOST, bm25: BM25, tokenize: (text) => text.split(' '), processTerm: (term) => term },
    });
    this.search.addAll(
      entries.map((entry, id) => {
        const side = sideOf(entry);
        return { id, phrasings: side.phrasings.join('\n'), source: side.source };
      }),
    );
  }

  /**
   * The entries sharing a term with the question, best first, at most `limit`.
   * @param terms analysed question terms; `boost` weighs each (a corrected typo counts less)
   */
  retrieve(terms: readonly string[], boost: (term: string) => number, limit: number): Retrieved[] {
    if (terms.length === 0 || limit <= 0) return [];
    const results = this.search.search(terms.join(' '), { boostTerm: (term) => boost(term) });
    return results.slice(0, limit).map((r) => ({ position: Number(r.id), score: r.score }));
  }
}
