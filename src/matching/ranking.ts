import type { Entry } from '../knowledge/schema.js';
import { FlatPostings } from './flatPostings.js';
import { sum, type KnowledgeIndex } from './knowledgeIndex.js';
import { QUESTION_TERMS } from './normalise.js';

export interface Candidate {
  entry: Entry;
  /** 0–1: how much of the question this entry covers, and how closely it asks the same thing. */
  confidence: number;
}

export interface QueryTerm {
  term: string;
  weight: number;
  similarity: number;
}

// A term found only in an entry's answer or quote is weaker evidence than one in a
// way of asking the question.
const SOURCE_CREDIT = 0.6;
const OTHER_PHRASING_CREDIT = 0.5;
// Confidence is mostly coverage of the question; how much of the entry's own
// question the user echoed breaks ties between entries that cover it equally.
const PHRASING_SHARE = 0.25;
// Past this many results, keeping a sorted shortlist costs more than sorting everything.
const SHORTLIST_LIMIT = 64;
// Bounds are summed in another order than confidences; allow for rounding so that
// pruning never drops an entry that could tie.
const BOUND_SLACK = 1e-9;

interface Listed {
  position: number;
  confidence: number;
  /** Where a plain scan would first find the entry; worked out only to break an exact tie. */
  order?: number;
}

/**
 * Ranks the entries that share a topical term with a question, best first. The
 * result is exactly what scoring every such entry term by term and stable-sorting
 * by confidence gives: the same sums, added in the same order, ties in the order
 * entries are first found. Only the work differs, because at 10,000 entries a
 * common word ("said", "budget") is in thousands of them:
 * - sums are kept per phrasing in typed arrays and built a term at a time;
 * - entries are found through the heaviest terms first, and the search stops
 *   once what the remaining, lighter terms could add cannot reach the shortlist
 *   (MaxScore, as search engines prune their postings).
 */
export class Ranker {
  private readonly postings: FlatPostings;
  // Scratch space reused by every question: the round each entry was found in, and each phrasing's sums.
  private readonly foundIn: Uint32Array;
  private readonly covered: Float64Array;
  private readonly echoed: Float64Array;
  private round = 0;
  private questionStart = 1;

  constructor(private readonly index: KnowledgeIndex) {
    this.postings = new FlatPostings(index.entries);
    this.foundIn = new Uint32Array(index.entries.length);
    this.covered = new Float64Array(this.postings.phrasingMass.length);
    this.echoed = new Float64Array(this.postings.phrasingMass.length);
  }

  rank(terms: readonly QueryTerm[], limit: number): Candidate[] {
    if (this.round > 0xfff00000) {
      this.foundIn.fill(0);
      this.round = 0;
    }
    this.questionStart = this.round + 1;
    const total = sum(terms.map((t) => t.weight));
    // A question made only of question words ("what time is it?") is about nothing in particular.
    const topical = terms.filter((t) => !QUESTION_TERMS.has(t.term) && this.postings.run(t.term).end > 0);
    const keep = Math.trunc(limit) || 0;
    if (keep < 0 || keep > SHORTLIST_LIMIT) {
      // Rare calls ("all but the last", "the first 100"): score every entry and sort, as slice() expects.
      const all: Candidate[] = [];
      for (const term of topical) this.score(term, terms, total, (position, confidence) => all.push(this.candidate(position, confidence)));
      return all.sort((a, b) => b.confidence - a.confidence).slice(0, limit);
    }
    if (keep === 0) return [];
    const heaviest = [...topical].sort((a, b) => b.weight * b.similarity - a.weight * a.similarity);
    const questionMass = sum(terms.filter((t) => QUESTION_TERMS.has(t.term)).map((t) => t.weight * t.similarity));
    const shortlist: Listed[] = [];
    for (const [i, term] of heaviest.entries()) {
      const last = shortlist[keep - 1];
      // The most an entry not found yet could score: every lighter term, and every question word.
      const rest = sum(heaviest.slice(i).map((t) => t.weight * t.similarity)) + questionMass;
      if (last && rest / total < last.confidence - BOUND_SLACK) break;
      this.score(term, terms, total, (position, confidence) => this.list(shortlist, keep, { position, confidence }, topical));
    }
    return shortlist.map((l) => this.candidate(l.position, l.confidence));
  }

  /**
   * Scores the entries that use `via` and were not found earlier for this question.
   * Every question term is credited, in question order, so each sum is built
   * exactly as a term-by-term loop over the entry would build it.
   */
  private score(via: QueryTerm, terms: readonly QueryTerm[], total: number, found: (position: number, confidence: number) => void): void {
    const round = ++this.round;
    const { positions, phrasingStart, phrasingMass } = this.postings;
    const { start, end } = this.postings.run(via.term);
    const fresh: number[] = [];
    for (let posting = start; posting < end; posting++) {
      const position = positions[posting] ?? 0;
      if ((this.foundIn[position] ?? 0) >= this.questionStart) continue;
      this.foundIn[position] = round;
      fresh.push(position);
      for (let p = phrasingStart[position] ?? 0, to = phrasingStart[position + 1] ?? 0; p < to; p++) {
        this.covered[p] = 0;
        this.echoed[p] = 0;
      }
    }
    if (fresh.length === 0) return;
    for (const term of terms) this.credit(term, round);
    for (const position of fresh) {
      let best = 0;
      for (let p = phrasingStart[position] ?? 0, to = phrasingStart[position + 1] ?? 0; p < to; p++) {
        const mass = phrasingMass[p] ?? 0;
        const echo = mass > 0 ? Math.min(1, (this.echoed[p] ?? 0) / mass) : 0;
        best = Math.max(best, ((this.covered[p] ?? 0) / total) * (1 - PHRASING_SHARE + PHRASING_SHARE * echo));
      }
      found(position, best);
    }
  }

  /**
   * Adds one question term's credit to every phrasing of the entries found this
   * round that have it: in full where that phrasing asks with it, less where only
   * the answer or quote or another phrasing has it.
   */
  private credit({ term, weight, similarity }: QueryTerm, round: number): void {
    const { positions, inSource, memberOffset, memberCount, members, phrasingStart } = this.postings;
    const full = weight * similarity;
    const fromSource = weight * similarity * SOURCE_CREDIT;
    const fromOther = weight * similarity * OTHER_PHRASING_CREDIT;
    const { start, end } = this.postings.run(term);
    for (let posting = start; posting < end; posting++) {
      const position = positions[posting] ?? 0;
      if (this.foundIn[position] !== round) continue;
      const partial = inSource[posting] ? fromSource : fromOther;
      let member = memberOffset[posting] ?? 0;
      const lastMember = member + (memberCount[posting] ?? 0);
      const first = phrasingStart[position] ?? 0;
      for (let p = first, to = phrasingStart[position + 1] ?? 0; p < to; p++) {
        if (member < lastMember && members[member] === p - first) {
          this.covered[p] = (this.covered[p] ?? 0) + full;
          this.echoed[p] = (this.echoed[p] ?? 0) + weight;
          member++;
        } else this.covered[p] = (this.covered[p] ?? 0) + partial;
      }
    }
  }

  /** Puts an entry on the shortlist if it makes it, ordered by confidence and then by when it is first found. */
  private list(shortlist: Listed[], keep: number, entry: Listed, topical: readonly QueryTerm[]): void {
    const last = shortlist[keep - 1];
    if (last && entry.confidence < last.confidence) return;
    let at = shortlist.length;
    while (at > 0 && (shortlist[at - 1]?.confidence ?? 0) < entry.confidence) at--;
    for (let before = shortlist[at - 1]; before && before.confidence === entry.confidence; before = shortlist[at - 1]) {
      if (this.foundOrder(before, topical) < this.foundOrder(entry, topical)) break;
      at--;
    }
    if (at >= keep) return;
    shortlist.splice(at, 0, entry);
    if (shortlist.length > keep) shortlist.pop();
  }

  /** Where a plain scan (topical terms in question order, postings in entry order) would first find the entry. */
  private foundOrder(listed: Listed, topical: readonly QueryTerm[]): number {
    if (listed.order !== undefined) return listed.order;
    const term = topical.findIndex((t) => this.postings.has(t.term, listed.position));
    listed.order = term * this.foundIn.length + listed.position;
    return listed.order;
  }

  private candidate(position: number, confidence: number): Candidate {
    const indexed = this.index.entries[position];
    if (!indexed) throw new Error(`no entry at position ${position}`);
    return { entry: indexed.entry, confidence };
  }
}
