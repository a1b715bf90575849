import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { benchChannels } from './benchChannels.js';
import { cpuMs, residentMemory, stopProcess } from './processes.js';
import { summarise, type Latency } from './stats.js';

export interface PhaseFigures {
  questions: number;
  /** Mentions sent a second: null when sent as fast as the fake dispatches them. */
  sentPerSecond: number | null;
  answered: number;
  answersPerSecond: number;
  /** From the fake's dispatch of a mention to the arrival of the bot's REST call that replies to it. */
  latency: Latency;
  /** CPU time per answer: the bot process's (Linux only), and this process's (the fake Discord and the timing). */
  botCpuMsPerAnswer: number | null;
  fakeCpuMsPerAnswer: number;
}

export interface LoadFigures {
  flood: PhaseFigures;
  paced: PhaseFigures | null;
  /** From spawning the bot's process to its "ready" log line, in ms. */
  readyMs: number;
  /** The bot process's resident memory as it became ready (before any question). */
  startRssBytes: number;
  /** The bot process's resident memory once warmed up, at the end, and at its peak (Linux only). */
  readyRssBytes: number;
  rssBytes: number;
  peakRssBytes: number | null;
  /** The peak before the flood: through warm-up and the steady phase (Linux only; null without a steady phase). */
  pacedPeakRssBytes: number | null;
  /** How many text channels the mentions were spread over. */
  channels: number;
}

export interface LoadRun {
  root: string;
  /** The bot's entry script, relative to the project root (TypeScript runs through tsx), and what its environment adds. */
  entry: string;
  env: Record<string, string>;
  /** Extra node flags for the bot, e.g. --cpu-prof to see where its time goes. */
  nodeArgs?: readonly string[];
  questions: readonly string[];
  warmUp: number;
  /** First mentions at a steady rate (latency at a given load), then a flood (throughput). */
  paced: { count: number; perSecond: number } | null;
  flood: number;
  /** Text channels the mentions are spread over, in turn (default 1; see benchChannels.ts). */
  channels?: number;
}

const TOKEN = 'bench-token-not-a-real-one-0123456789';
const READY_TIMEOUT_MS = 60_000;
const REPLY_TIMEOUT_MS = 120_000;

/**
 * Starts the fake Discord here and the bot as a process of its own (so its
 * memory is its own), and sends mentions, each from a different user as in a
 * busy server: the per-user cooldown is in force but never throttles. Times
 * are taken in this process for both ends.
 */
export async function botUnderLoad(run: LoadRun): Promise<LoadFigures> {
  // Loaded only now: part 1 should not carry discord.js in its heap.
  const { FakeDiscord } = await import('../../tests/support/fakeDiscord.js');
  const fake = await FakeDiscord.start();
  const dataDir = await mkdtemp(join(tmpdir(), 'bench-bot-'));
  const sentAt = new Map<string, bigint>();
  const repliedAt = new Map<string, bigint>();
  // A wait that never matches: its predicate sees every REST request as it arrives, and timestamps replies.
  const tap = fake.waitForRequest((req) => {
    const replyTo = replyReference(req.method, req.path, req.body);
    if (replyTo && sentAt.has(replyTo) && !repliedAt.has(replyTo)) repliedAt.set(replyTo, process.hrtime.bigint());
    return false;
  }, 60 * 60_000);
  tap.catch(() => undefined);
  const loader = run.entry.endsWith('.ts') ? ['--import', 'tsx'] : [];
  const spawnedAt = process.hrtime.bigint();
  const bot = spawn(process.execPath, [...(run.nodeArgs ?? []), ...loader, run.entry], {
    cwd: run.root,
    env: { ...process.env, DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl, DATA_DIR: dataDir, SHARD_COUNT: '1', QA_CHANNEL_IDS: '', LOG_LEVEL: 'info', ...run.env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let channels: readonly string[] = [];
  let asked = 0;
  const ask = () => {
    const i = asked++;
    const content = run.questions[i % run.questions.length] ?? '';
    const channelId = channels[i % channels.length];
    const sent = fake.sendMessage({ content, mentionsBot: true, authorId: authorId(i), ...(channelId && { channelId }) });
    sentAt.set(sent.id, process.hrtime.bigint());
    return sent.id;
  };
  const phase = async (count: number, perSecond: number | null): Promise<PhaseFigures> => {
    const [botCpu, fakeCpu] = [await cpuMs(bot.pid), process.cpuUsage()];
    const ids: string[] = [];
    const start = process.hrtime.bigint();
    for (let i = 0; i < count; i++) {
      ids.push(ask());
      if (perSecond === null) await nextTurn();
      else await sleep(Number(start - process.hrtime.bigint()) / 1e6 + ((i + 1) * 1000) / perSecond);
    }
    await allReplied(ids, repliedAt);
    const latencies: number[] = [];
    let last = start;
    for (const id of ids) {
      const [sent, reply] = [sentAt.get(id), repliedAt.get(id)];
      if (!sent || !reply) continue;
      latencies.push(Number(reply - sent) / 1e6);
      if (reply > last) last = reply;
    }
    const botUsed = botCpu === null ? null : ((await cpuMs(bot.pid)) ?? Number.NaN) - botCpu;
    const fakeUsed = process.cpuUsage(fakeCpu);
    return {
      questions: count,
      sentPerSecond: perSecond,
      answered: latencies.length,
      answersPerSecond: latencies.length / (Number(last - start) / 1e9),
      latency: summarise(latencies),
      botCpuMsPerAnswer: botUsed === null ? null : botUsed / latencies.length,
      fakeCpuMsPerAnswer: (fakeUsed.user + fakeUsed.system) / 1000 / latencies.length,
    };
  };
  try {
    await ready(bot);
    const readyMs = Number(process.hrtime.bigint() - spawnedAt) / 1e6;
    const startRss = await residentMemory(bot.pid);
    channels = await benchChannels(fake, run.channels ?? 1);
    // Some answered one at a time first, so the timed run sees compiled code and open connections.
    for (let i = 0; i < run.warmUp; i++) await allReplied([ask()], repliedAt);
    const readyRss = await residentMemory(bot.pid);
    const paced = run.paced && (await phase(run.paced.count, run.paced.perSecond));
    // A flood holds every mention it has not answered yet; the peak before it is the bot's at a steady rate.
    const pacedPeak = paced && (await residentMemory(bot.pid)).peak;
    const flood = await phase(run.flood, null);
    const memory = await residentMemory(bot.pid);
    const rss = { readyRssBytes: readyRss.rss, rssBytes: memory.rss, peakRssBytes: memory.peak, pacedPeakRssBytes: pacedPeak };
    return { flood, paced, ...rss, readyMs, startRssBytes: startRss.rss, channels: channels.length };
  } finally {
    await stopProcess(bot);
    await fake.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/** The message a channel message replies to, from a recorded REST request. */
function replyReference(method: string, path: string, body: unknown): string | null {
  if (method !== 'POST' || !/^\/channels\/\d+\/messages$/.test(path)) return null;
  const reference = field(body, 'message_reference');
  const id = field(reference, 'message_id');
  return typeof id === 'string' ? id : null;
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? Reflect.get(value, key) : undefined;
}

/** A distinct snowflake-shaped user id per question. */
function authorId(i: number): string {
  return `14${String(i).padStart(17, '0')}`;
}

/** Resolves when the bot logs that it is ready; rejects if it exits or takes too long. */
function ready(bot: ChildProcess): Promise<void> {
  const { stderr } = bot;
  if (!stderr) return Promise.reject(new Error('the bot has no stderr to read its log from'));
  // Read to the end, not only until ready: a log pipe nobody drains would stall the bot.
  const lines = createInterface({ input: stderr });
  const tail: string[] = [];
  return new Promise((resolve, reject) => {
    const fail = (why: string) => {
      clearTimeout(timer);
      reject(new Error(`${why}: ${tail.join(' | ')}`));
    };
    const timer = setTimeout(() => fail(`not ready after ${READY_TIMEOUT_MS / 1000} s`), READY_TIMEOUT_MS);
    bot.once('exit', (code) => fail(`exited with ${code}`));
    lines.on('line', (line) => {
      tail.push(line.slice(0, 300));
      if (tail.length > 5) tail.shift();
      if (line.includes('"event":"ready"')) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
}

async function allReplied(ids: readonly string[], repliedAt: ReadonlyMap<string, bigint>): Promise<void> {
  const deadline = Date.now() + REPLY_TIMEOUT_MS;
  while (ids.some((id) => !repliedAt.has(id))) {
    if (Date.now() > deadline) return;
    await new Promise((resolve) => setTimeout(resolve, ids.length > 1 ? 20 : 1));
  }
}
