import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { botUnderLoad, type LoadFigures } from './botUnderLoad.js';

/**
 * Part 2 of the bench: the bot as it runs in production, logged into the fake
 * Discord from the tests, answering questions sent as mentions (spread over
 * several channels) as fast as the fake can dispatch them. A flood measures throughput, but its latencies are
 * mostly time spent queued behind earlier mentions, so latency is also measured
 * with mentions sent steadily at the target rate. Two bot processes:
 * - capacity: the production bot process with discord.js's client-side cap of
 *   50 REST requests a second lifted (src/bench/benchBot.ts), so the figures are
 *   the bot's own; the targets are judged on this run;
 * - as `npm start` runs (dist/index.js unchanged): replies then leave at no more
 *   than 50 a second, Discord's global limit for one bot, whatever the bot can do.
 */
export type EndToEndResult =
  | { status: 'measured'; capacity: LoadFigures; asStarted: LoadFigures | null }
  | { status: 'not-run'; reason: string };

export const END_TO_END_TARGETS = Object.freeze({ answersPerSecond: 500, p99Ms: 25, rssBytes: 150 * 1024 * 1024 });

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
// The bot runs compiled, as in production: `npm run bench` builds dist/ first.
const NEEDED = ['dist/index.js', 'dist/bench/benchBot.js', 'tests/support/fakeDiscord.ts'];
// A flood at 50 replies a second takes long; this many show the cap.
const AS_STARTED_QUESTIONS = 500;
// Latency means most at a steady load: this long at the target rate, before the flood.
const PACED_SECONDS = 5;
// A busy server's questions arrive in many channels, and discord.js replies in each channel one
// request at a time (see benchChannels.ts); 500 a second over 20 channels is still 25 a second
// in each, five times what Discord would let a bot send in one.
export const DEFAULT_CHANNELS = 20;

export async function runEndToEnd(
  questions: readonly string[],
  count: number,
  progress: (m: string) => void,
  channels = DEFAULT_CHANNELS,
): Promise<EndToEndResult> {
  const missing = NEEDED.filter((file) => !existsSync(join(ROOT, file)));
  if (missing.length) return { status: 'not-run', reason: `${missing.join(', ')} not there yet` };
  try {
    progress(`end to end: ${count} mentions to the bot, REST cap lifted`);
    const capacity = await botUnderLoad({
      root: ROOT, entry: 'dist/bench/benchBot.js', env: { BENCH_REST_PER_SECOND: '1000000' }, questions, warmUp: 200,
      paced: { count: PACED_SECONDS * END_TO_END_TARGETS.answersPerSecond, perSecond: END_TO_END_TARGETS.answersPerSecond },
      flood: count,
      channels,
    });
    progress(`end to end: ${AS_STARTED_QUESTIONS} mentions to the bot as npm start runs it`);
    const asStarted = await botUnderLoad({
      root: ROOT, entry: 'dist/index.js', env: {}, questions, warmUp: 20, paced: null, flood: AS_STARTED_QUESTIONS, channels,
    });
    return { status: 'measured', capacity, asStarted };
  } catch (error) {
    return { status: 'not-run', reason: `the bot did not run: ${error instanceof Error ? error.message : String(error)}` };
  }
}
