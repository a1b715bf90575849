import type { Language } from './matcher.js';

/**
 * What a language contributes to matching: how its text is folded and split into
 * words, and which indexing term each word stands for. Questions and knowledge of a
 * language go through the same analyzer, so both sides meet on the same terms.
 *
 * Terms for the kind of answer asked are shared by every language ("who", "when",
 * "where", "why", "how", "qty" for how many/much, "howlong"): `QUESTION_TERMS`.
 */
export interface Analyzer {
  readonly language: Language;
  /** Text as it is indexed: no Discord markup, case or diacritics the language ignores, phrases spelled one way. */
  fold(text: string): string;
  /** The words of a text after folding, in order. */
  words(text: string): string[];
  /** The indexing term of one word (stemmed, synonyms folded), or null for a word that carries no topic. */
  term(word: string): string | null;
  /** True for a real word of the language: such a word is never "corrected" into a knowledge word. */
  isDictionaryWord(word: string): boolean;
}
