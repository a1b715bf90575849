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
  const entry = result.answered ? result.entry : null;
  return {
    question: result.question,
    answered: entry !== null,
    id: entry?.id ?? null,
    answer: entry?.answer ?? null,
    quote: entry?.quote ?? null,
    speaker: entry?.speaker ?? null,
    paragraph: entry?.paragraph ?? null,
    confidence: Math.round(result.confidence * 1000) / 1000,
    suggestions: result.suggestions.map(({ id, question }) => ({ id, question })),
  };
}
