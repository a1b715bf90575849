import { describe, expect, it } from 'vitest';
import { percentile, summarise } from '../../src/bench/stats.js';

const oneToTen = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

describe('percentiles (nearest rank)', () => {
  it.each([
    [50, 5],
    [90, 9],
    [91, 10],
    [99, 10],
    [100, 10],
    [10, 1],
    [0, 1],
  ])('p%i of 1..10 is %i', (p, expected) => {
    expect(percentile(oneToTen, p)).toBe(expected);
  });

  it('does not depend on the order of the values, and leaves them as they were', () => {
    const shuffled = [7, 1, 10, 3, 9, 2, 8, 5, 4, 6];
    expect(percentile(shuffled, 50)).toBe(5);
    expect(shuffled).toEqual([7, 1, 10, 3, 9, 2, 8, 5, 4, 6]);
  });

  it('is the one value of a single timing, whatever the percentile', () => {
    expect(percentile([4.2], 50)).toBe(4.2);
    expect(percentile([4.2], 99)).toBe(4.2);
  });

  it('gives p99 of 100 values as the 99th smallest, and of 1,000 values as the 990th', () => {
    const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
    const thousand = Array.from({ length: 1000 }, (_, i) => i + 1);
    expect(percentile(hundred, 99)).toBe(99);
    expect(percentile(thousand, 99)).toBe(990);
  });

  it('sorts numerically, not as text', () => {
    expect(percentile([10, 9, 100, 2], 50)).toBe(9);
  });

  it('is NaN for no values, and refuses a percentile outside 0–100', () => {
    expect(percentile([], 50)).toBeNaN();
    expect(() => percentile(oneToTen, 101)).toThrow(RangeError);
    expect(() => percentile(oneToTen, Number.NaN)).toThrow(RangeError);
  });
});

describe('a latency summary', () => {
  it('reports count, p50, p99, mean and max', () => {
    expect(summarise([3, 1, 2, 4])).toEqual({ count: 4, p50: 2, p99: 4, mean: 2.5, max: 4 });
  });
});
