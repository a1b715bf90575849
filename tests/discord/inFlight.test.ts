import { describe, expect, it } from 'vitest';
import { createLimiter } from '../../src/discord/inFlight.js';

describe('the in-flight limiter', () => {
  it('runs at most its cap at once, and every piece of work in the order it came, none dropped', async () => {
    const inFlight = createLimiter(2);
    const releases: (() => void)[] = [];
    const started: number[] = [];
    let running = 0;
    let most = 0;
    const work = (n: number) => async () => {
      started.push(n);
      most = Math.max(most, ++running);
      await new Promise<void>((resolve) => releases.push(resolve));
      running--;
      return n;
    };

    const all = Promise.all([1, 2, 3, 4, 5].map((n) => inFlight(work(n))));
    while (started.length < 5) {
      await new Promise((resolve) => setImmediate(resolve));
      releases.shift()?.();
    }
    releases.forEach((release) => release());

    expect(await all).toEqual([1, 2, 3, 4, 5]);
    expect(started).toEqual([1, 2, 3, 4, 5]);
    expect(most).toBe(2);
  });
});
