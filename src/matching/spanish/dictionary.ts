import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { hasLine } from '../sortedLines.js';

// A real Spanish word the knowledge does not use ("alcalde", "edad") is what an
// uncovered question looks like, so it must stay unknown rather than be "corrected"
// into a knowledge word one letter away. an-array-of-spanish-words lists ~636,000
// folded forms (a-z and ñ, conjugations included), as one JSON array sorted by code
// unit. As with the English list, it is kept as one newline-separated string and
// searched by bisection (sortedLines.ts): about 7 MB, read on first use (a few hundred
// ms), instead of a Set of 636,000 strings.
let words: string | null = null;

function list(): string {
  if (words === null) {
    const path = createRequire(import.meta.url).resolve('an-array-of-spanish-words');
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
    const entries = Array.isArray(parsed) ? parsed.filter((word): word is string => typeof word === 'string') : [];
    // Bisection needs code-unit order; the package ships it, a later version might not.
    if (entries.some((word, i) => i > 0 && (entries[i - 1] ?? '') >= word)) entries.sort();
    words = `\n${entries.join('\n')}\n`;
  }
  return words;
}

/**
 * Reads the word list now rather than on the first Spanish typo: a few hundred ms and
 * about 13 MB of heap, better spent at start-up than while a reader waits.
 */
export function loadSpanishDictionary(): void {
  list();
}

/** True for a folded Spanish word (lower case, no accents, ñ kept) that the dictionary lists. */
export function isSpanishWord(word: string): boolean {
  return /^[a-zñ]+$/.test(word) && hasLine(list(), word);
}
