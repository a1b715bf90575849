import type { Analyzer } from './analyzer.js';

// A phrase in quotation marks: straight or curly, double or single. A single quote opens
// only after a space or punctuation and closes only before one, and an apostrophe between
// letters is part of a word, so "don't" and "Petro's" never delimit a phrase.
const QUOTED = [/"([^"]+)"/g, /\u201c([^\u201d]+)\u201d/g, /\u2018([^\u2019]+)\u2019/g, /(?<![\p{L}\p{N}])'(?=\S)((?:[^']|(?<=\p{L})'(?=\p{L}))*?\S)'(?![\p{L}\p{N}])/gu];
// One quoted word ("spate") is a word to explain, not words to find someone's line by.
const MIN_QUOTED_WORDS = 2;

/**
 * The phrases a question quotes, as the analyzer's words: "who said 'I don't know what is
 * going on'" quotes one phrase of five or more words. A phrase of fewer than two words
 * is left out.
 */
export function quotedPhrases(text: string, analyzer: Analyzer): string[][] {
  return quotedSpans(text)
    .map((span) => analyzer.words(span))
    .filter((words) => words.length >= MIN_QUOTED_WORDS);
}

/** The text inside each pair of quotation marks, as written. */
export function quotedSpans(text: string): string[] {
  return QUOTED.flatMap((pattern) => [...text.matchAll(pattern)].map((match) => match[1] ?? ''));
}

/** A text's words as one string that `holdsPhrase` searches: spaced, so only whole words match. */
export function phraseSearchable(words: readonly string[]): string {
  return ` ${words.join(' ')} `;
}

/** True when the words of `phrase` appear, in order and together, in the searchable text. */
export function holdsPhrase(searchable: string, phrase: readonly string[]): boolean {
  return searchable.includes(phraseSearchable(phrase));
}

/**
 * The entries (by position) whose source holds, word for word, a phrase the text quotes,
 * and the terms of the quoted phrases; none when the text quotes nothing.
 */
export function quotingEntries(
  text: string,
  analyzer: Analyzer,
  entries: ReadonlyArray<{ sourceWords: string }>,
): { entries: ReadonlySet<number>; terms: ReadonlySet<string> } {
  const phrases = quotedPhrases(text, analyzer);
  const holding = new Set<number>();
  if (phrases.length === 0) return { entries: holding, terms: new Set() };
  entries.forEach(({ sourceWords }, position) => {
    if (phrases.some((phrase) => holdsPhrase(sourceWords, phrase))) holding.add(position);
  });
  return { entries: holding, terms: new Set(phrases.flat().flatMap((word) => analyzer.term(word) ?? [])) };
}
