/**
 * Choosing a quotation for /quote: by speaker, by fuzzy text search, or at random, ready to show.
 * Pure (the random source is a parameter), so tests can pin the choice.
 */
import Fuse from 'fuse.js';
import type { Quotation } from '../knowledge/schema.js';
import { foldText } from '../matching/normalise.js';

export interface QuotationQuery {
  speaker?: string | null;
  search?: string | null;
}

export type QuotationPick =
  | { found: true; quotation: Quotation }
  | { found: false; reason: 'no-quotations' | 'unknown-speaker' | 'no-match' };

// Fuse's 0 (exact) – 1 (anything) scale; 0.4 accepts a typo or two per word without matching unrelated lines.
const SEARCH_THRESHOLD = 0.4;

export function pickQuotation(
  quotations: readonly Quotation[],
  query: QuotationQuery,
  random: () => number = Math.random,
): QuotationPick {
  if (quotations.length === 0) return { found: false, reason: 'no-quotations' };
  const speaker = query.speaker?.trim();
  const pool = speaker ? quotations.filter((q) => sameSpeaker(q.speaker, speaker)) : quotations;
  if (pool.length === 0) return { found: false, reason: 'unknown-speaker' };
  const search = query.search?.trim();
  if (search) {
    const fuse = new Fuse(pool, { keys: ['text'], threshold: SEARCH_THRESHOLD, ignoreLocation: true });
    const best = fuse.search(search, { limit: 1 })[0];
    return best ? { found: true, quotation: asShown(best.item) } : { found: false, reason: 'no-match' };
  }
  const index = Math.min(pool.length - 1, Math.floor(random() * pool.length));
  const quotation = pool[index];
  return quotation ? { found: true, quotation: asShown(quotation) } : { found: false, reason: 'no-quotations' };
}

/**
 * The quotation as /quote shows it: without the comma that, in the article, runs on into the attribution
 * ("… is the president," Petro wrote). Shown on its own, the attribution line replaces those words.
 */
export function asShown(quotation: Quotation): Quotation {
  return { ...quotation, text: quotation.text.replace(/\s*,\s*$/, '') };
}

/** Distinct speakers whose name contains the typed text (accents and case ignored), in article order. */
export function speakersMatching(quotations: readonly Quotation[], typed: string): string[] {
  const wanted = foldText(typed.trim());
  const speakers = [...new Set(quotations.map((q) => q.speaker))];
  return speakers.filter((s) => foldText(s).includes(wanted));
}

// "galan" finds "Juan Manuel Galán": users type last names and skip accents.
function sameSpeaker(speaker: string, typed: string): boolean {
  const folded = foldText(speaker);
  const wanted = foldText(typed);
  return folded === wanted || folded.split(/\s+/).includes(wanted);
}
