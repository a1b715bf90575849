/** One term's raw BM25 score in each field, for every entry that uses the term. */
export interface TermScores {
  /** Entry positions, in the order MiniSearch visits them: by the first field, then entries only the second has. */
  positions: Int32Array;
  /** Raw BM25 score in each field, one array per field in field order; 0 where the entry lacks the term there. */
  fields: readonly Float64Array[];
}

export interface Scored {
  position: number;
  score: number;
}

/**
 * Adds up a query's per-term scores into the best `limit` entries, the same numbers in
 * the same order as MiniSearch's own OR query: each term's fields summed first, then
 * the terms in query order; the sum times how many distinct query terms the entry has;
 * equal scores in the order entries were first met (MiniSearch's sort is stable).
 *
 * MiniSearch builds a result object for every matching entry and sorts them all. With a
 * term that thousands of entries use, that was most of a question's time; here the work
 * is a pass over typed arrays, reused from question to question (matching is synchronous).
 */
export class TopScores {
  private readonly score: Float64Array;
  private readonly matched: Uint16Array;
  private readonly met: Int32Array;

  constructor(entries: number) {
    this.score = new Float64Array(entries);
    this.matched = new Uint16Array(entries);
    this.met = new Int32Array(entries);
  }

  /**
   * @param terms each query term's scores and weights: `boost` times each field's boost, as MiniSearch multiplies them
   * @param distinct whether each term is the first of its text in the query (a repeated term adds its score, not to the count)
   */
  best(terms: ReadonlyArray<{ scores: TermScores; weights: readonly number[]; distinct: boolean }>, limit: number): Scored[] {
    let metCount = 0;
    for (const { scores, weights, distinct } of terms) {
      const { positions, fields } = scores;
      for (let k = 0; k < positions.length; k++) {
        const position = positions[k] ?? 0;
        const termScore = fieldSum(fields, weights, k);
        if (this.matched[position] === 0) {
          this.met[metCount++] = position;
          this.score[position] = termScore;
          this.matched[position] = 1;
        } else {
          this.score[position] = (this.score[position] ?? 0) + termScore;
          if (distinct) this.matched[position] = (this.matched[position] ?? 0) + 1;
        }
      }
    }
    const top: Scored[] = [];
    for (let i = 0; i < metCount; i++) {
      const position = this.met[i] ?? 0;
      const score = (this.score[position] ?? 0) * (this.matched[position] ?? 1);
      this.score[position] = 0;
      this.matched[position] = 0;
      if (top.length === limit && score <= (top[limit - 1]?.score ?? Infinity)) continue;
      // After every equal score already kept: the entry met first stays first.
      let at = top.length;
      while (at > 0 && (top[at - 1]?.score ?? Infinity) < score) at--;
      top.splice(at, 0, { position, score });
      if (top.length > limit) top.pop();
    }
    return top;
  }
}

/** One term's score for the k-th entry: its fields' weighted scores added in field order, as MiniSearch adds them. */
function fieldSum(fields: readonly Float64Array[], weights: readonly number[], k: number): number {
  let sum = 0;
  let first = true;
  for (let f = 0; f < fields.length; f++) {
    const raw = fields[f]?.[k] ?? 0;
    if (raw === 0) continue;
    const weighted = (weights[f] ?? 1) * raw;
    sum = first ? weighted : sum + weighted;
    first = false;
  }
  return sum;
}
