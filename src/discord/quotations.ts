/**
 * Choosing a quotation for /quote: by speaker, by words in it, or at random.
 * Pure (the random source is a parameter), so tests can pin the choice.
 */
import type { Quotation } from '../knowledge/schema.js';
import { foldText, termsOf } from '../matching/normalise.js';

export interface QuotationQuery {
  speaker?: string | null;
  search?: string | null;
}

export type QuotationPick =
  | { found: true; quotation: Quotation }
  | { found: false; reason: 'no-quotations' | 'unknown-speaker' | 'no-match' };

// A fragment this long names one passage ("playing with fir"); a shorter one ("tea", "ok") sits inside
// unrelated words ("steady", "took"), which is how a fuzzy search showed quotations nobody asked for.
export const MIN_FRAGMENT_LENGTH = 8;

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
    const best = searchQuotations(pool, search)[0];
    return best ? { found: true, quotation: asShown(best) } : { found: false, reason: 'no-match' };
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

/**
 * The quotations that contain every word searched for, as whole words after folding and stemming
 * ("repair" finds "repairs", "Galan" finds "Galán"), in article order; failing that, those containing
 * the search as a fragment of at least MIN_FRAGMENT_LENGTH characters. Nothing else: no fuzzy guess.
 */
export function searchQuotations(quotations: readonly Quotation[], search: string): Quotation[] {
  const wanted = termsOf(search);
  if (wanted.length > 0) {
    const byWords = quotations.filter((q) => {
      const terms = new Set(termsOf(q.text));
      return wanted.every((term) => terms.has(term));
    });
    if (byWords.length > 0) return byWords;
  }
  const fragment = oneSpaced(foldText(search));
  if (fragment.length < MIN_FRAGMENT_LENGTH) return [];
  return quotations.filter((q) => oneSpaced(foldText(q.text)).includes(fragment));
}

function oneSpaced(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
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
