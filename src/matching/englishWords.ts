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

// British spellings read as the American ones the knowledge is written in ("defence",
// "criticised", "organisation", "colour", "centre"), so that both stem to one term. A
// rewrite is kept only when it is itself an English word: "fence", "advise" and "four" stay.
const BRITISH: ReadonlyArray<[RegExp, string]> = [
  [/ence$/, 'ense'],
  [/is(e|es|ed|ing|ation|ations)$/, 'iz$1'],
  [/ys(e|es|ed|ing)$/, 'yz$1'],
  [/(?<=\w{3})our(s|ed|ing|ite|ites)?$/, 'or$1'],
  [/tre(s)?$/, 'ter$1'],
  [/amme(s)?$/, 'am$1'],
];

/** A word in its American spelling when it is a British spelling of one; any other word unchanged. */
export function americanSpelling(word: string): string {
  if (!/^[a-z]{5,}$/.test(word)) return word;
  for (const [pattern, replacement] of BRITISH) {
    if (!pattern.test(word)) continue;
    const american = word.replace(pattern, replacement);
    if (american !== word && isEnglishWord(american)) return american;
  }
  return word;
}
