// Past this many distinct words the memory starts over: a knowledge's and its readers'
// vocabulary is a few thousand words, and a flood of made-up ones must not grow it for ever.
const LIMIT = 20_000;

/**
 * A word-to-term function that remembers its answers. Stemming (Snowball's Spanish stemmer
 * especially) is most of the work of analysing a question, and questions reuse the same
 * few thousand words: each is stemmed once. `compute` must be a pure function of the word.
 */
export function remembered<T>(compute: (word: string) => T): (word: string) => T {
  // Boxed, so that a remembered null or undefined is told apart from a word not seen yet.
  const known = new Map<string, { value: T }>();
  return (word) => {
    const hit = known.get(word);
    if (hit) return hit.value;
    const value = compute(word);
    if (known.size >= LIMIT) known.clear();
    known.set(word, { value });
    return value;
  };
}
