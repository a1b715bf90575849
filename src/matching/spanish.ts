import type { Analyzer } from './analyzer.js';
import { isSpanishWord } from './spanish/dictionary.js';
import { foldSpanish } from './spanish/fold.js';
import { SPANISH_STOP_WORDS } from './spanish/stopwords.js';
import { spanishTermForWord } from './spanish/synonyms.js';

export { SPANISH_SYNONYM_WORDS } from './spanish/synonyms.js';

// The answer-kind terms every language shares; the fold writes Spanish question words
// as these ("quién" → "who", "cuántos" → "qty", "hace cuánto" → "howlong").
const ANSWER_KINDS: ReadonlySet<string> = new Set(['who', 'when', 'where', 'why', 'how', 'qty', 'howlong']);

function words(text: string): string[] {
  return foldSpanish(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

function term(word: string): string | null {
  if (ANSWER_KINDS.has(word)) return word;
  if (SPANISH_STOP_WORDS.has(word)) return null;
  return spanishTermForWord(word);
}

/**
 * The Spanish analyzer: folding (markup, case, accents with ñ kept, ¿¡, texting, EE.UU.,
 * ONU), stopwords-iso's Spanish list plus chat filler, the shared answer-kind terms,
 * Snowball's Spanish stemmer, and the story's Spanish synonyms (names shared with English).
 */
export const spanishAnalyzer: Analyzer = {
  language: 'es',
  fold: foldSpanish,
  words,
  term,
  isDictionaryWord: isSpanishWord,
};
