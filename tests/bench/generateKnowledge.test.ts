import { describe, expect, it } from 'vitest';
import { generateKnowledge } from '../../src/bench/generateKnowledge.js';
import { entrySchema } from '../../src/knowledge/schema.js';
import { entries as real } from '../fixtures/knowledge.js';

describe('generated knowledge for the benchmark', () => {
  it('is the same entries, in the same order, for the same seed', () => {
    expect(generateKnowledge(real, 500, 7)).toEqual(generateKnowledge(real, 500, 7));
  });

  it('is different knowledge for a different seed', () => {
    const questions = (seed: number) => generateKnowledge(real, 200, seed).map((e) => e.question);
    expect(questions(1)).not.toEqual(questions(2));
  });

  it.each([real.length, real.length + 1, 100, 1000])('holds exactly %i entries, each with its own id', (count) => {
    const generated = generateKnowledge(real, count, 3);
    expect(generated).toHaveLength(count);
    expect(new Set(generated.map((e) => e.id)).size).toBe(count);
  });

  it('contains every real entry unchanged and in the real order, among the generated ones', () => {
    const generated = generateKnowledge(real, 300, 5);
    const kept = generated.filter((e) => real.some((r) => r.id === e.id));
    expect(kept).toEqual(real);
    expect(generated.slice(0, real.length)).not.toEqual(real);
  });

  it('writes entries in the shape of real ones: ids, lengths and alternates the schema accepts', () => {
    for (const entry of generateKnowledge(real, 400, 11)) expect(entrySchema.safeParse(entry).success).toBe(true);
  });

  it('numbers generated paragraphs after the real article’s, so no generated entry shares a real paragraph', () => {
    const lastReal = Math.max(...real.map((e) => e.paragraph));
    const generated = generateKnowledge(real, 300, 13).filter((e) => !real.includes(e));
    expect(Math.min(...generated.map((e) => e.paragraph))).toBeGreaterThan(lastReal);
  });

  it('refuses a count smaller than the real knowledge', () => {
    expect(() => generateKnowledge(real, real.length - 1, 1)).toThrow(/real knowledge alone/);
  });
});
