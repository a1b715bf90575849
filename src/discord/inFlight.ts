/**
 * A cap on how many questions the bot works on at once. In a flood, each mention
 * in progress holds its message, its reply and a REST request waiting out Discord's
 * rate limit; past the cap, mentions wait their turn (none is dropped), so memory
 * follows the cap rather than the size of the flood.
 */
import pLimit from 'p-limit';

/** Enough to keep the REST queue busy; the bench measures the flood peak with it. */
export const QUESTIONS_IN_FLIGHT = 16;

export type Limiter = <T>(work: () => Promise<T>) => Promise<T>;

/** Runs at most `concurrency` pieces of work at once, the rest in the order they came. */
export function createLimiter(concurrency: number = QUESTIONS_IN_FLIGHT): Limiter {
  const limit = pLimit(concurrency);
  return (work) => limit(work);
}
