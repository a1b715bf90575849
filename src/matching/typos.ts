import Fuse from 'fuse.js';
import { isEnglishWord } from './englishWords.js';

export interface Correction {
  word: string;
  /** 1 for an exact word, lower the more edits the correction needed. */
  similarity: number;
}

// Bitap scores a one-letter slip in a five-letter word at about 0.2; past 0.4 the
// "correction" is usually a different word.
const MAX_SCORE = 0.4;
const MIN_TYPO_LENGTH = 3;
const CACHE_LIMIT = 5000;

/**
 * Corrects misspelled words to the nearest word of the knowledge's vocabulary,
 * with fuse.js doing the fuzzy comparison. Words are bucketed by first letter:
 * people rarely mistype the first letter, and it keeps each search small.
 */
export class TypoCorrector {
  private readonly buckets = new Map<string, Fuse<string>>();
  private readonly cache = new Map<string, Correction | null>();

  /** `frequency` counts how often each vocabulary word is used: equally close corrections go to the commoner word. */
  constructor(private readonly frequency: ReadonlyMap<string, number>) {
    const byLetter = new Map<string, string[]>();
    for (const word of frequency.keys()) {
      if (word.length < MIN_TYPO_LENGTH || /\d/.test(word)) continue;
      const letter = word[0] ?? '';
      byLetter.set(letter, [...(byLetter.get(letter) ?? []), word]);
    }
    for (const [letter, words] of byLetter) {
      this.buckets.set(
        letter,
        new Fuse(words, { includeScore: true, ignoreLocation: true, threshold: MAX_SCORE, isCaseSensitive: true }),
      );
    }
  }

  /** The vocabulary word meant by `word`, or null when it is a real word of its own or too far from any. */
  correct(word: string): Correction | null {
    if (this.cache.has(word)) return this.cache.get(word) ?? null;
    const correction = this.search(word);
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(word, correction);
    return correction;
  }

  private search(word: string): Correction | null {
    if (word.length < MIN_TYPO_LENGTH || /\d/.test(word) || isEnglishWord(word)) return null;
    const bucket = this.buckets.get(word[0] ?? '');
    if (!bucket) return null;
    let best: Correction | null = null;
    for (const { item, score = 1 } of bucket.search(word, { limit: 8 })) {
      // Bitap finds the pattern inside longer words too; a typo changes length by a letter or two.
      if (Math.abs(item.length - word.length) > 2) continue;
      const similarity = 1 - score;
      if (!best || similarity > best.similarity + 0.01 || (similarity > best.similarity - 0.01 && this.isCommoner(item, best.word))) {
        best = { word: item, similarity };
      }
    }
    return best;
  }

  private isCommoner(word: string, than: string): boolean {
    return (this.frequency.get(word) ?? 0) > (this.frequency.get(than) ?? 0);
  }
}
