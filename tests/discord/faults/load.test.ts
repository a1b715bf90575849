/**
 * Many users asking at once, against the bot's own process. `npm test` runs a
 * smaller crowd; `npm run test:soak` (SOAK=1) the full one: 2,000 questions
 * from 200 users in a few seconds. Every question must be answered or politely
 * throttled by the cooldown, none lost or answered twice, nothing logged as an
 * error (a late interaction would be), and the heap back near where it started.
 */
import { describe, expect, it } from 'vitest';
import { runLoad, type LoadPlan } from './loadRun.js';

const SOAK = process.env['SOAK'] === '1';
// After a full collection, what the load may leave behind: the feedback log's bounded tail of recent
// questions, discord.js's caches of 200 users and their members, compiled code. Far below a leak's growth.
const HEAP_ALLOWANCE_MB = 30;

const CROWDS: Record<'small' | 'full', LoadPlan> = {
  small: { questions: 300, users: 30, sendOverMs: 1_000, cooldownSeconds: 1, settleWithinMs: 30_000 },
  full: { questions: 2_000, users: 200, sendOverMs: 3_000, cooldownSeconds: 1, settleWithinMs: 90_000 },
};

async function expectCrowdHandled(plan: LoadPlan): Promise<void> {
  const figures = await runLoad(plan);
  const { lost, doubled, errors, ...counts } = figures;
  console.info(`load: ${JSON.stringify({ ...counts, lost: lost.length, doubled: doubled.length, errors: errors.length })}`);

  expect(lost).toEqual([]);
  expect(doubled).toEqual([]);
  expect(errors).toEqual([]);
  expect(figures.answered + figures.throttled).toBe(plan.questions);
  // Each user's first question comes before any cooldown, and the crowd asks faster than the cooldown allows.
  expect(figures.answered).toBeGreaterThanOrEqual(plan.users);
  expect(figures.throttled).toBeGreaterThan(0);
  expect(figures.heapAfterMb - figures.heapBeforeMb).toBeLessThan(HEAP_ALLOWANCE_MB);
}

describe('a crowd asking at once', () => {
  it('has every one of 300 questions from 30 users answered or throttled, once, and frees its memory', async () => {
    await expectCrowdHandled(CROWDS.small);
  }, 60_000);

  it.runIf(SOAK)('has every one of 2,000 questions from 200 users answered or throttled, once, and frees its memory', async () => {
    await expectCrowdHandled(CROWDS.full);
  }, 180_000);
});
