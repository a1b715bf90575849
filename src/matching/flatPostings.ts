import type { IndexedEntry } from './knowledgeIndex.js';

/**
 * The index's postings again, laid out flat in typed arrays for scoring: for each
 * term, the entries that use it and, per entry, whether its answer or quote has
 * the term and which of its ways of asking do. With this, scoring adds a term's
 * credit to every phrasing of every entry that has it in one pass over numbers,
 * instead of asking each entry's sets about every question term. At 10,000
 * entries a common word ("said", "budget") is in thousands of entries, and that
 * set-probing was most of a question's time.
 */
export class FlatPostings {
  /** Entry positions, grouped by term; each term's run is in ascending position order. */
  readonly positions: Int32Array;
  /** Per posting: 1 when the entry's answer, quote or speaker has the term. */
  readonly inSource: Uint8Array;
  /** Per posting: where its entry's phrasings that contain the term are listed in `members`, and how many. */
  readonly memberOffset: Int32Array;
  readonly memberCount: Int32Array;
  /** Phrasing numbers within their entry (0 = the canonical question), ascending per posting. */
  readonly members: Int32Array;
  /** Per entry: where its phrasings start in `phrasingMass` (one more item than entries). */
  readonly phrasingStart: Int32Array;
  /** Per phrasing: the weight of its terms, as the index computed it. */
  readonly phrasingMass: Float64Array;
  private readonly runs = new Map<string, { start: number; end: number }>();

  constructor(entries: readonly IndexedEntry[]) {
    const counts = new Map<string, number>();
    let memberTotal = 0;
    let phrasingTotal = 0;
    for (const indexed of entries) {
      phrasingTotal += indexed.phrasings.length;
      for (const term of indexed.allTerms) counts.set(term, (counts.get(term) ?? 0) + 1);
      for (const phrasing of indexed.phrasings) memberTotal += phrasing.terms.size;
    }
    let postingTotal = 0;
    const cursor = new Map<string, number>();
    for (const [term, count] of counts) {
      this.runs.set(term, { start: postingTotal, end: postingTotal + count });
      cursor.set(term, postingTotal);
      postingTotal += count;
    }
    this.positions = new Int32Array(postingTotal);
    this.inSource = new Uint8Array(postingTotal);
    this.memberOffset = new Int32Array(postingTotal);
    this.memberCount = new Int32Array(postingTotal);
    this.members = new Int32Array(memberTotal);
    this.phrasingStart = new Int32Array(entries.length + 1);
    this.phrasingMass = new Float64Array(phrasingTotal);

    let nextMember = 0;
    let nextPhrasing = 0;
    entries.forEach((indexed, position) => {
      this.phrasingStart[position] = nextPhrasing;
      for (const phrasing of indexed.phrasings) this.phrasingMass[nextPhrasing++] = phrasing.mass;
      for (const term of indexed.allTerms) {
        const posting = cursor.get(term) ?? 0;
        cursor.set(term, posting + 1);
        this.positions[posting] = position;
        this.inSource[posting] = indexed.sourceTerms.has(term) ? 1 : 0;
        this.memberOffset[posting] = nextMember;
        indexed.phrasings.forEach((phrasing, number) => {
          if (phrasing.terms.has(term)) this.members[nextMember++] = number;
        });
        this.memberCount[posting] = nextMember - (this.memberOffset[posting] ?? 0);
      }
    });
    this.phrasingStart[entries.length] = nextPhrasing;
  }

  /** Whether the entry at `position` uses the term: a bisection of the term's postings. */
  has(term: string, position: number): boolean {
    let { start: low, end: high } = this.run(term);
    while (low < high) {
      const middle = (low + high) >>> 1;
      const found = this.positions[middle] ?? 0;
      if (found === position) return true;
      if (found < position) low = middle + 1;
      else high = middle;
    }
    return false;
  }

  /** The postings of a term, as a [start, end) range of the per-posting arrays; empty when no entry uses it. */
  run(term: string): { start: number; end: number } {
    return this.runs.get(term) ?? EMPTY;
  }
}

const EMPTY = Object.freeze({ start: 0, end: 0 });
