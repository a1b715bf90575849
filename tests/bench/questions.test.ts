import { describe, expect, it } from 'vitest';
import { benchQuestions, misspell, outOfScopeQuestions, phrasingsOf } from '../../src/bench/questions.js';
import { mulberry32 } from '../../src/bench/random.js';
import { entries as real } from '../fixtures/knowledge.js';

describe('benchmark questions', () => {
  it('are the same questions for the same seed', () => {
    expect(benchQuestions(real, 4)).toEqual(benchQuestions(real, 4));
  });

  it('ask every real phrasing as written, then each paraphrased and misspelled, plus as many unrelated ones', () => {
    const phrasings = phrasingsOf(real);
    const questions = benchQuestions(real, 4, 2);
    const count = (kind: string) => questions.filter((q) => q.kind === kind).length;
    expect(questions.filter((q) => q.kind === 'in-scope').map((q) => q.text)).toEqual(phrasings);
    expect([count('paraphrased'), count('misspelled'), count('out-of-scope')]).toEqual(Array(3).fill(phrasings.length * 2));
  });

  it('misspell only words of five letters or more, never their first letter, and at least one of them', () => {
    const random = mulberry32(9);
    for (let i = 0; i < 200; i++) {
      const question = 'Why did the mayor close the bridge so suddenly?';
      const typed = misspell(random, question);
      expect(typed).not.toBe(question);
      const before = question.split(' ');
      typed.split(' ').forEach((word, w) => {
        const original = before[w] ?? '';
        if (original.replace(/\W/g, '').length < 5) expect(word).toBe(original);
        else expect(word[0]).toBe(original[0]);
      });
    }
  });

  it('out of scope are as many as asked for, even past every template and subject combination', () => {
    expect(outOfScopeQuestions(mulberry32(1), 1000)).toHaveLength(1000);
  });
});
