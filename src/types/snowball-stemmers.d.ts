// snowball-stemmers ships no types; this is the part of its API the Spanish analyzer uses.
// Named imports only: the package sets __esModule without a default export.
declare module 'snowball-stemmers' {
  interface Stemmer {
    /** The stem of one lower-case word. */
    stem(word: string): string;
  }
  export function newStemmer(algorithm: string): Stemmer;
  export function algorithms(): string[];
}
