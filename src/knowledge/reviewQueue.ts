import { termsOf } from '../matching/normalise.js';
import { shortHash } from './contentHash.js';
import type { ReviewGroup } from './feedbackRecords.js';

/** A question a moderator may want to look at: the bot did not answer it, or a reader said the answer did not help. */
export interface ReviewItem {
  question: string;
  nearestId: string | null;
  /** ISO time. */
  time: string;
  kind: 'unanswered' | 'not-helpful';
}

/**
 * Questions with the same set of terms share a key: the matcher's own folding
 * (case, punctuation, diacritics, plurals, synonyms, stop words) decides what
 * counts as the same question, so "How many boats were destroyed?" and "how
 * many boats destroyed" are one group. A question without terms ("???") falls
 * back to its folded characters.
 */
export function groupKeyOf(question: string): string {
  const terms = [...new Set(termsOf(question))].sort();
  const basis = terms.length ? `terms:${terms.join(' ')}` : `text:${foldedText(question)}`;
  return shortHash(basis);
}

/** Groups review items by key, leaving out what was dismissed after it was asked; most frequent first. */
export function groupQuestions(items: Iterable<ReviewItem>, dismissedAt: ReadonlyMap<string, string>): ReviewGroup[] {
  const groups = new Map<string, ReviewItem[]>();
  for (const item of items) {
    const key = groupKeyOf(item.question);
    const dismissed = dismissedAt.get(key);
    if (dismissed !== undefined && item.time <= dismissed) continue;
    const members = groups.get(key);
    if (members) members.push(item);
    else groups.set(key, [item]);
  }
  return [...groups].map(([key, members]) => summarise(key, members)).sort(
    (a, b) => b.count - a.count || (a.lastAsked < b.lastAsked ? 1 : a.lastAsked > b.lastAsked ? -1 : 0),
  );
}

function summarise(key: string, items: readonly ReviewItem[]): ReviewGroup {
  const members = [...items].sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : 0));
  const lastAsked = members.at(-1)?.time ?? '';
  return {
    key,
    count: members.length,
    question: commonest(members.map((m) => m.question.trim())) ?? '',
    nearestId: commonest(members.flatMap((m) => (m.nearestId ? [m.nearestId] : []))),
    unanswered: members.filter((m) => m.kind === 'unanswered').length,
    notHelpful: members.filter((m) => m.kind === 'not-helpful').length,
    lastAsked,
  };
}

// Values come oldest first, so among equally common values the latest wins.
function commonest(values: readonly string[]): string | null {
  const counts = new Map<string, number>();
  let best: string | null = null;
  for (const value of values) {
    const count = (counts.get(value) ?? 0) + 1;
    counts.set(value, count);
    if (best === null || count >= (counts.get(best) ?? 0)) best = value;
  }
  return best;
}

function foldedText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
