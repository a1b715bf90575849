/**
 * Checks run through the real matcher: every phrasing of an entry is answered by that entry, and no
 * question the article does not answer is answered at all. They belong to `npm run kb:check` rather than
 * to loading, since they judge the matcher and the knowledge together: a moderator's edit is not refused
 * because the matcher changed.
 */
import type { Matcher, MatchResult } from '../../matching/matcher.js';
import type { KnowledgeIssue } from '../issues.js';
import type { Entry } from '../schema.js';
import { clip } from './clip.js';

/**
 * One error per question or alternate of `entries` that `matcher` (built on these entries) answers with
 * another entry, or does not answer:
 * `{ file, id: the entry's id, message: '"…" is answered by <other id>' | '"…" gets no answer …' }`.
 */
export function phrasingErrors(entries: readonly Entry[], matcher: Matcher, file: string): KnowledgeIssue[] {
  const errors: KnowledgeIssue[] = [];
  for (const entry of entries) {
    for (const phrasing of [entry.question, ...entry.alternates]) {
      const result = matcher.match(phrasing);
      if (result.answered && result.entry?.id === entry.id) continue;
      const message = result.answered
        ? `"${clip(phrasing)}" is answered by ${result.entry?.id ?? 'another entry'}, not this entry`
        : `"${clip(phrasing)}" gets no answer (${result.reason}${nearest(result)})`;
      errors.push({ file, id: entry.id, message });
    }
  }
  return errors;
}

/** A question the article does not answer, and why, as curated in `unanswered.yaml`. */
export interface UnansweredQuestion {
  question: string;
  why: string;
}

/** One error per question that the matcher answers although the article does not: `{ file, id: null, message }`. */
export function unansweredErrors(
  matcher: Matcher,
  questions: readonly UnansweredQuestion[],
  file: string,
): KnowledgeIssue[] {
  return questions.flatMap(({ question, why }) => {
    const result = matcher.match(question);
    if (!result.answered) return [];
    const message = `"${clip(question)}" is answered by ${result.entry?.id ?? 'an entry'}, but ${why}`;
    return [{ file, id: null, message }];
  });
}

function nearest(result: MatchResult): string {
  const best = result.candidates[0];
  return best ? `; nearest ${best.entry.id} at ${best.confidence.toFixed(2)}` : '';
}
