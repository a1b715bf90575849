import type { Analyzer } from './analyzer.js';
import { QUESTION_TERMS } from './normalise.js';
import { remembered } from './remembered.js';
import { isSpanishWord } from './spanish/dictionary.js';
import { foldSpanish } from './spanish/fold.js';
import { SPANISH_STOP_WORDS } from './spanish/stopwords.js';
import { SPANISH_SYNONYM_WORDS, spanishTermForWord } from './spanish/synonyms.js';

/** Words typos may be corrected to besides the knowledge's own: Spanish stop words and synonyms, folded. */
export const SPANISH_VOCABULARY: readonly string[] = [...SPANISH_STOP_WORDS, ...SPANISH_SYNONYM_WORDS];

function words(text: string): string[] {
  return foldSpanish(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

// The fold writes Spanish question words as the answer-kind terms every language
// shares ("quién" → "who", "cuántos" → "qty", "hace cuánto" → "howlong").
function term(word: string): string | null {
  if (QUESTION_TERMS.has(word)) return word;
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
  term: remembered(term),
  isDictionaryWord: isSpanishWord,
};
