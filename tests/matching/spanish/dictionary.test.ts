import { describe, expect, it } from 'vitest';
import { asSortedLines, isSpanishWord } from '../../../src/matching/spanish/dictionary.js';

const bytes = (text: string) => Buffer.from(text, 'utf8');

describe('the Spanish word list', () => {
  it('is the package array rewritten as sorted lines, ñ kept after z', () => {
    expect(asSortedLines(bytes('["aba","edad","zumo","ñandu"]\n'))).toBe('aba\nedad\nzumo\nñandu');
  });

  it('is left to JSON.parse when the array is not sorted, holds escapes or other characters', () => {
    expect(asSortedLines(bytes('["edad","aba"]'))).toBeNull();
    expect(asSortedLines(bytes('["aba","ed\\u00e1d"]'))).toBeNull();
    expect(asSortedLines(bytes('["aba","Edad"]'))).toBeNull();
    expect(asSortedLines(bytes('["aba", "edad"]'))).toBeNull();
    expect(asSortedLines(bytes('{"words":["aba"]}'))).toBeNull();
  });

  it('knows real Spanish words, conjugations and ñ, and not typos or English', () => {
    for (const word of ['alcalde', 'edad', 'suspendieron', 'año']) expect(isSpanishWord(word)).toBe(true);
    for (const word of ['petrro', 'intelligence', 'ano1', 'Edad']) expect(isSpanishWord(word)).toBe(false);
  });
});
