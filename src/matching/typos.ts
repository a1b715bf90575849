import { distance } from 'fastest-levenshtein';

export interface Correction {
  word: string;
  /** 1 for an exact word, lower the more edits the correction needed. */
  similarity: number;
}

// Short words are too close to each other for a one-letter slip to say which was meant.
const MIN_TYPO_LENGTH = 4;
// From eight letters on, two slips still leave the word recognisable ("pastarnaa").
const TWO_EDIT_LENGTH = 8;
const SIMILARITY_PER_EDIT = 0.15;
const CACHE_LIMIT = 5000;

/**
 * Corrects misspelled words to the nearest word of the knowledge's vocabulary by
 * Damerau–Levenshtein distance: a wrong, missing or extra letter, or two letters
 * swapped ("colmobia", "pastarna"), anywhere in the word, the first letter included
 * ("Oastrana"). Candidates are found through a symmetric-deletion index (SymSpell):
 * a word and its one-slip misspelling always share a form with one letter deleted, so
 * a look-up costs a few map probes instead of a scan of the vocabulary.
 *
 * The caller decides which words may be corrected: a real word of the language must
 * stay itself ("tall" is not a typo of "talk").
 */
export class TypoCorrector {
  private readonly deletions = new Map<string, string[]>();
  private readonly cache = new Map<string, Correction | null>();

  /** `frequency` counts how often each vocabulary word is used: equally close corrections go to the commoner word. */
  constructor(private readonly frequency: ReadonlyMap<string, number>) {
    for (const word of frequency.keys()) {
      if (word.length < MIN_TYPO_LENGTH - 1 || /\d/.test(word)) continue;
      for (const key of [word, ...deletionsOf(word)]) {
        const bucket = this.deletions.get(key);
        if (bucket) bucket.push(word);
        else this.deletions.set(key, [word]);
      }
    }
  }

  /** The vocabulary word meant by `word`, or null when none is close enough. */
  correct(word: string): Correction | null {
    const cached = this.cache.get(word);
    if (cached !== undefined || this.cache.has(word)) return cached ?? null;
    const correction = this.search(word);
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(word, correction);
    return correction;
  }

  private search(word: string): Correction | null {
    if (word.length < MIN_TYPO_LENGTH || /\d/.test(word) || this.frequency.has(word)) return null;
    const maxEdits = word.length >= TWO_EDIT_LENGTH ? 2 : 1;
    const seen = new Set<string>();
    let best: { word: string; edits: number } | null = null;
    const keys = maxEdits === 2 ? [word, ...deletionsOf(word), ...[...deletionsOf(word)].flatMap((w) => [...deletionsOf(w)])] : [word, ...deletionsOf(word)];
    for (const key of keys) {
      for (const candidate of this.deletions.get(key) ?? []) {
        if (seen.has(candidate)) continue;
        seen.add(candidate);
        const edits = damerau(word, candidate);
        if (edits > maxEdits) continue;
        if (!best || edits < best.edits || (edits === best.edits && this.isCommoner(candidate, best.word))) best = { word: candidate, edits };
      }
    }
    return best && { word: best.word, similarity: 1 - SIMILARITY_PER_EDIT * best.edits };
  }

  private isCommoner(word: string, than: string): boolean {
    return (this.frequency.get(word) ?? 0) > (this.frequency.get(than) ?? 0);
  }
}

function deletionsOf(word: string): Set<string> {
  const forms = new Set<string>();
  for (let i = 0; i < word.length; i++) forms.add(word.slice(0, i) + word.slice(i + 1));
  return forms;
}

/**
 * Levenshtein distance (fastest-levenshtein), counting one swap of adjacent letters as
 * one edit rather than two: the restricted Damerau–Levenshtein distance for the
 * single-swap case that typing produces.
 */
export function damerau(a: string, b: string): number {
  const plain = distance(a, b);
  if (plain !== 2 || a.length !== b.length) return plain;
  const differ: number[] = [];
  for (let i = 0; i < a.length && differ.length <= 2; i++) if (a[i] !== b[i]) differ.push(i);
  const [i, j] = differ;
  return differ.length === 2 && i !== undefined && j === i + 1 && a[i] === b[j] && a[j] === b[i] ? 1 : plain;
}
