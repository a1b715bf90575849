/**
 * True when `word` is one of the lines of `text`: a word list joined by "\n", sorted by
 * code unit, with a "\n" at both ends. Bisection over the one string: a few microseconds
 * a look-up, where a Set of the same hundreds of thousands of words costs tens of MB.
 */
export function hasLine(text: string, word: string): boolean {
  let low = 0;
  let high = text.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const start = text.lastIndexOf('\n', middle) + 1;
    const end = text.indexOf('\n', start);
    if (end === -1) {
      high = start - 1;
      continue;
    }
    const candidate = text.slice(start, end);
    if (candidate === word) return true;
    if (candidate < word) low = end + 1;
    else high = start - 1;
  }
  return false;
}
