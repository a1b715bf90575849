import type { Entry } from '../knowledge/schema.js';
import type { MatchResult } from '../matching/matcher.js';

/** The `ask --json` contract: other tools read these fields, so they stay exactly as they are. */
export interface AnswerRecord {
  question: string;
  answered: boolean;
  id: string | null;
  answer: string | null;
  quote: string | null;
  speaker: string | null;
  paragraph: number | null;
  confidence: number;
  suggestions: Array<{ id: string; question: string }>;
}

export function toAnswerRecord(result: MatchResult): AnswerRecord {
  return recordOf(result.question, result.answered ? result.entry : null, result.confidence, result.suggestions);
}

/** The record for an answer from any matcher: the project's, or a baseline to compare it with. */
export function recordOf(
  question: string,
  entry: Entry | null,
  confidence: number,
  suggestions: readonly Pick<Entry, 'id' | 'question'>[] = [],
): AnswerRecord {
  return {
    question,
    answered: entry !== null,
    id: entry?.id ?? null,
    answer: entry?.answer ?? null,
    quote: entry?.quote ?? null,
    speaker: entry?.speaker ?? null,
    paragraph: entry?.paragraph ?? null,
    confidence: Math.round(confidence * 1000) / 1000,
    suggestions: suggestions.map(({ id, question }) => ({ id, question })),
  };
}
