import type { Entry } from '../knowledge/schema.js';
import { KnowledgeIndex, sum } from './knowledgeIndex.js';
import { QUESTION_TERMS, wordsOf } from './normalise.js';
import { THRESHOLDS, type Thresholds } from './thresholds.js';

export interface Candidate {
  entry: Entry;
  /** 0–1: how much of the question this entry covers, and how closely it asks the same thing. */
  confidence: number;
}

export type MatchReason = 'answered' | 'empty' | 'too-long' | 'not-covered' | 'ambiguous';

export interface MatchResult {
  question: string;
  answered: boolean;
  entry: Entry | null;
  confidence: number;
  reason: MatchReason;
  /** The best entries, best first, whether or not the question was answered. */
  candidates: readonly Candidate[];
  /** Up to three near entries for a "did you mean", never the answered one. */
  suggestions: readonly Entry[];
}

// Discord messages can be 2,000 characters (4,000 with Nitro); no question about a
// news story needs more than this, and a wall of text is not a question.
export const MAX_QUESTION_LENGTH = 500;
// A term found only in an entry's answer or quote is weaker evidence than one in a
// way of asking the question.
const SOURCE_CREDIT = 0.6;
const OTHER_PHRASING_CREDIT = 0.5;
// Confidence is mostly coverage of the question; how much of the entry's own
// question the user echoed breaks ties between entries that cover it equally.
const PHRASING_SHARE = 0.25;
const MAX_SUGGESTIONS = 3;

interface QueryTerm {
  term: string;
  weight: number;
  similarity: number;
}

export class Matcher {
  private readonly index: KnowledgeIndex;

  constructor(
    entries: readonly Entry[],
    private readonly thresholds: Readonly<Thresholds> = THRESHOLDS,
  ) {
    this.index = new KnowledgeIndex(entries);
  }

  get size(): number {
    return this.index.entries.length;
  }

  match(question: string, limit = 5): MatchResult {
    const noAnswer = (reason: MatchReason, candidates: readonly Candidate[] = []): MatchResult => ({
      question,
      answered: false,
      entry: null,
      confidence: candidates[0]?.confidence ?? 0,
      reason,
      candidates,
      suggestions: this.suggestionsFrom(candidates, null),
    });
    if (question.length > MAX_QUESTION_LENGTH) return noAnswer('too-long');
    const terms = this.analyse(question);
    if (terms.length === 0) return noAnswer('empty');
    const candidates = this.score(terms, Math.max(limit, MAX_SUGGESTIONS + 1));
    const best = candidates[0];
    if (!best || best.confidence < this.thresholds.answer) return noAnswer('not-covered', candidates);
    const margin = best.confidence - runnerUp(candidates, best);
    if (best.confidence < this.thresholds.confident && margin < this.thresholds.margin) {
      return noAnswer('ambiguous', candidates);
    }
    return {
      question,
      answered: true,
      entry: best.entry,
      confidence: best.confidence,
      reason: 'answered',
      candidates,
      suggestions: this.suggestionsFrom(candidates, best.entry),
    };
  }

  /** The entries ranked for a question, best first, with no decision made. */
  rank(question: string, limit = 5): Candidate[] {
    if (question.length > MAX_QUESTION_LENGTH) return [];
    return this.score(this.analyse(question), limit);
  }

  private analyse(question: string): QueryTerm[] {
    const terms = new Map<string, QueryTerm>();
    for (const word of wordsOf(question)) {
      const resolved = this.index.resolve(word);
      if (!resolved) continue;
      const known = terms.get(resolved.term);
      if (!known || known.similarity < resolved.similarity) {
        terms.set(resolved.term, { ...resolved, weight: this.index.weight(resolved.term) });
      }
    }
    return [...terms.values()];
  }

  private score(terms: readonly QueryTerm[], limit: number): Candidate[] {
    const total = sum(terms.map((t) => t.weight));
    // A question made only of question words ("what time is it?") is about nothing in particular.
    const topical = terms.filter((t) => !QUESTION_TERMS.has(t.term));
    const positions = new Set(topical.flatMap((t) => this.index.entriesWith(t.term)));
    const scored: Candidate[] = [];
    for (const position of positions) {
      const indexed = this.index.entries[position];
      if (!indexed) continue;
      // Credit each question term by where the entry has it; the best single way of
      // asking counts in full, so terms scattered over unrelated alternates count less.
      let best = 0;
      for (const phrasing of indexed.phrasings) {
        let covered = 0;
        let echoed = 0;
        for (const { term, weight, similarity } of terms) {
          if (phrasing.terms.has(term)) {
            covered += weight * similarity;
            echoed += weight;
          } else if (indexed.sourceTerms.has(term)) covered += weight * similarity * SOURCE_CREDIT;
          else if (indexed.allTerms.has(term)) covered += weight * similarity * OTHER_PHRASING_CREDIT;
        }
        const echo = phrasing.mass > 0 ? Math.min(1, echoed / phrasing.mass) : 0;
        best = Math.max(best, (covered / total) * (1 - PHRASING_SHARE + PHRASING_SHARE * echo));
      }
      const confidence = best;
      scored.push({ entry: indexed.entry, confidence });
    }
    return scored.sort((a, b) => b.confidence - a.confidence).slice(0, limit);
  }

  private suggestionsFrom(candidates: readonly Candidate[], answered: Entry | null): Entry[] {
    return candidates
      .filter((c) => c.entry !== answered && c.confidence >= this.thresholds.suggest)
      .slice(0, MAX_SUGGESTIONS)
      .map((c) => c.entry);
  }
}

/**
 * The confidence of the best entry that would answer differently. Entries quoting the
 * same paragraph give the same source, so a close race between them is not ambiguity.
 */
export function runnerUp(candidates: readonly Candidate[], best: Candidate): number {
  return candidates.find((c) => c.entry.paragraph !== best.entry.paragraph)?.confidence ?? 0;
}
