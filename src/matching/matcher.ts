import type { Entry } from '../knowledge/schema.js';
import { KnowledgeIndex } from './knowledgeIndex.js';
import { wordsOf } from './normalise.js';
import { Ranker, type Candidate, type QueryTerm } from './ranking.js';
import { THRESHOLDS, type Thresholds } from './thresholds.js';

export type { Candidate } from './ranking.js';

export type MatchReason = 'answered' | 'empty' | 'too-long' | 'not-covered' | 'ambiguous';

/** The languages the bot answers in; the article itself is English. */
export type Language = 'en' | 'es';

export interface MatchOptions {
  /** How many ranked candidates to return (default 5). */
  limit?: number;
  /** The asker's Discord locale ("es-ES", "en-US"…), a hint for short or mixed questions. */
  locale?: string;
}

export interface MatchResult {
  question: string;
  answered: boolean;
  entry: Entry | null;
  confidence: number;
  reason: MatchReason;
  /** The language the question was asked in, and so the one to answer in. */
  language: Language;
  /** The best entries, best first, whether or not the question was answered. */
  candidates: readonly Candidate[];
  /** Up to three near entries for a "did you mean", never the answered one. */
  suggestions: readonly Entry[];
}

// Discord messages can be 2,000 characters (4,000 with Nitro); no question about a
// news story needs more than this, and a wall of text is not a question.
export const MAX_QUESTION_LENGTH = 500;
const MAX_SUGGESTIONS = 3;

export class Matcher {
  private readonly index: KnowledgeIndex;
  private readonly ranker: Ranker;

  constructor(
    entries: readonly Entry[],
    private readonly thresholds: Readonly<Thresholds> = THRESHOLDS,
  ) {
    this.index = new KnowledgeIndex(entries);
    this.ranker = new Ranker(this.index);
  }

  get size(): number {
    return this.index.entries.length;
  }

  match(question: string, options: MatchOptions = {}): MatchResult {
    const limit = options.limit ?? 5;
    const language: Language = 'en';
    const noAnswer = (reason: MatchReason, candidates: readonly Candidate[] = []): MatchResult => ({
      question,
      answered: false,
      entry: null,
      confidence: candidates[0]?.confidence ?? 0,
      reason,
      language,
      candidates,
      suggestions: this.suggestionsFrom(candidates, null),
    });
    if (question.length > MAX_QUESTION_LENGTH) return noAnswer('too-long');
    const terms = this.analyse(question);
    if (terms.length === 0) return noAnswer('empty');
    const candidates = this.ranker.rank(terms, Math.max(limit, MAX_SUGGESTIONS + 1));
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
      language,
      candidates,
      suggestions: this.suggestionsFrom(candidates, best.entry),
    };
  }

  /** The entries ranked for a question, best first, with no decision made. */
  rank(question: string, limit = 5): Candidate[] {
    if (question.length > MAX_QUESTION_LENGTH) return [];
    return this.ranker.rank(this.analyse(question), limit);
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
