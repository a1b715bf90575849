import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';
import { hasLine } from './sortedLines.js';

// A real English word that the knowledge does not use ("tall", "born", "mayor")
// is what an uncovered question looks like, so it must stay unknown rather than be
// "corrected" into a knowledge word one letter away ("tall" -> "talk"). Only
// non-words are treated as typos.
//
// The list is kept as one sorted string and searched by bisection (sortedLines.ts): 3 MB
// and a few microseconds a look-up, instead of a 35 MB Set that takes 150 ms to build.
let words: string | null = null;

function list(): string {
  words ??= `\n${readFileSync(wordListPath, 'latin1')}\n`;
  return words;
}

/** True for a word of the English word list (lower-case letters only). */
export function isEnglishWord(word: string): boolean {
  return /^[a-z]+$/.test(word) && hasLine(list(), word);
}
