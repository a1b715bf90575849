import type { Entry } from '../knowledge/schema.js';
import type { Language, MatchResult } from '../matching/matcher.js';

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
  return recordOf(result.question, result.answered ? result.entry : null, result.confidence, result.suggestions, result.language);
}

/** The record for an answer from any matcher: the project's, or a baseline to compare it with. */
export function recordOf(
  question: string,
  entry: Entry | null,
  confidence: number,
  suggestions: readonly Entry[] = [],
  language: Language = 'en',
): AnswerRecord {
  // A Spanish question gets the entry's Spanish side where it has one; the quote stays the article's English.
  const side = language === 'es' ? (entry?.es ?? null) : null;
  return {
    question,
    answered: entry !== null,
    id: entry?.id ?? null,
    answer: side?.answer ?? entry?.answer ?? null,
    quote: entry?.quote ?? null,
    speaker: entry?.speaker ?? null,
    paragraph: entry?.paragraph ?? null,
    confidence: Math.round(confidence * 1000) / 1000,
    suggestions: suggestions.map((s) => ({ id: s.id, question: (language === 'es' ? s.es?.question : undefined) ?? s.question })),
  };
}
