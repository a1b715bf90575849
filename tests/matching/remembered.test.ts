import { describe, expect, it } from 'vitest';
import { remembered } from '../../src/matching/remembered.js';

describe('remembering a word-to-term function', () => {
  it('computes each word once, a word with no term (null) included', () => {
    const computed: string[] = [];
    const term = remembered((word: string) => {
      computed.push(word);
      return word === 'the' ? null : word.toUpperCase();
    });
    expect([term('bridge'), term('the'), term('bridge'), term('the')]).toEqual(['BRIDGE', null, 'BRIDGE', null]);
    expect(computed).toEqual(['bridge', 'the']);
  });
});
