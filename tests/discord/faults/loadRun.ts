/**
 * Many users asking at once: the bot in a process of its own (loadBot.ts),
 * questions from many users through mentions and /ask, sent as fast as a busy
 * server would, and then an account of every question: answered, throttled by
 * the cooldown, or lost. The fake holds the bot to Discord's three seconds.
 */
import { setTimeout as delay } from 'node:timers/promises';
import { FakeDiscord } from '../../support/fakeDiscord.js';
import { prop } from '../../support/fakeRest.js';
import { chatInputInteraction, stringOption } from '../../support/interactions.js';
import { user } from '../../support/payloads.js';
import { at } from '../harness.js';
import { spawnBot, type BotChild } from './botChild.js';
import { logEntries } from './faultKit.js';

export interface LoadPlan {
  questions: number;
  users: number;
  /** The questions go out evenly over this long. */
  sendOverMs: number;
  cooldownSeconds: number;
  /** How long every question may take to be accounted for once all are sent. */
  settleWithinMs: number;
}

export interface LoadFigures {
  questions: number;
  users: number;
  answered: number;
  throttled: number;
  /** Neither answered nor throttled. */
  lost: string[];
  /** Answered twice, or both answered and throttled. */
  doubled: string[];
  /** From the first question sent to the last answer received. */
  durationMs: number;
  heapBeforeMb: number;
  heapAfterMb: number;
  errors: string[];
}

const QUESTIONS = [
  'who is Gustavo Petro?', 'how many boats has the US destroyed?', 'why did Petro stop sharing intelligence?',
  'who is Andres Pastrana?', 'what is this article about?', 'what is the capital of France?', 'sanctions and funding',
  'who is Juan Manuel Galan?', 'is @everyone <@&1500000000000000001> invited?', 'tell me a joke',
];
const THROTTLED = /^You’re asking a little fast/;
const TICK_MS = 10;
const WARM_UP = 10;

type Way = 'mention' | '/ask';
interface Asked {
  id: string;
  way: Way;
}

const userId = (n: number) => `1400000000${String(n).padStart(9, '0')}`;

export async function runLoad(plan: LoadPlan): Promise<LoadFigures> {
  const fake = await FakeDiscord.start({ interactionDeadlineMs: 3_000 });
  let bot: BotChild | undefined;
  try {
    bot = await spawnBot({
      fake,
      entry: 'tests/discord/faults/loadBot.ts',
      nodeArgs: ['--expose-gc'],
      env: { COOLDOWN_SECONDS: String(plan.cooldownSeconds) },
    });
    await bot.stderr.waitFor((line) => line.includes('"event":"ready"'), 30_000, 'the bot ready');
    const send = (n: number, from: string): Asked => {
      const question = QUESTIONS[n % QUESTIONS.length] ?? '';
      if (n % 2 === 0) {
        return { way: 'mention', id: fake.sendMessage({ content: question, mentionsBot: true, authorId: from }).id };
      }
      const slash = chatInputInteraction({ name: 'ask', options: [stringOption('question', question)], user: user(from, 'asker') });
      return { way: '/ask', id: fake.sendInteraction(slash).id };
    };
    // Warm up (compiled code, open connections), each from its own user, before the baseline is taken.
    const warmUp = Array.from({ length: WARM_UP }, (_, n) => send(n, userId(plan.users + n)));
    await waitUntil(() => account(fake, bot?.stderr.items ?? [], warmUp).lost.length === 0, 10_000, 'the warm-up');
    const heapBefore = await heap(bot, 'before');

    const started = Date.now();
    const asked: Asked[] = [];
    const perTick = Math.max(1, Math.ceil(plan.questions / Math.max(1, plan.sendOverMs / TICK_MS)));
    for (let n = 0; n < plan.questions; n++) {
      asked.push(send(n, userId(n % plan.users)));
      if ((n + 1) % perTick === 0) await delay(TICK_MS);
    }
    const lines = () => bot?.stderr.items ?? [];
    await waitUntil(() => account(fake, lines(), asked).lost.length === 0, plan.settleWithinMs, 'every question accounted for');
    const { lastAnswerAt, ...tally } = account(fake, lines(), asked);
    const heapAfter = await heap(bot, 'after');
    const errors = logEntries(lines().filter((line) => line.startsWith('{'))).filter((e) => e.level === 'error');
    return {
      questions: plan.questions,
      users: plan.users,
      ...tally,
      durationMs: lastAnswerAt - started,
      heapBeforeMb: toMb(heapBefore),
      heapAfterMb: toMb(heapAfter),
      errors: errors.map((e) => `${e.event}: ${JSON.stringify(e.fields).slice(0, 300)}`),
    };
  } finally {
    await bot?.stop();
    await fake.close();
  }
}

/** Which questions got an answer, a "slow down", or nothing (yet), from the requests and the bot's log. */
function account(fake: FakeDiscord, logLines: readonly string[], asked: readonly Asked[]) {
  const replies = new Map<string, number>();
  const responses = new Map<string, unknown[]>();
  let lastAnswerAt = 0;
  for (const req of fake.requests) {
    const repliedTo = req.method === 'POST' ? at(req.body, 'message_reference', 'message_id') : undefined;
    const interaction = req.method === 'POST' ? /^\/interactions\/(\d+)\//.exec(req.path)?.[1] : undefined;
    if (typeof repliedTo === 'string') replies.set(repliedTo, (replies.get(repliedTo) ?? 0) + 1);
    if (interaction) responses.set(interaction, [...(responses.get(interaction) ?? []), prop(req.body, 'data')]);
    if (typeof repliedTo === 'string' || interaction) lastAnswerAt = Math.max(lastAnswerAt, req.receivedAt);
  }
  const silenced = new Set(
    logLines.filter((line) => line.includes('"event":"throttled"')).map((line) => String(prop(JSON.parse(line), 'messageId'))),
  );
  let [answered, throttled] = [0, 0];
  const lost: string[] = [];
  const doubled: string[] = [];
  for (const { id, way } of asked) {
    const answers = responses.get(id) ?? [];
    const sent = way === 'mention' ? (replies.get(id) ?? 0) : answers.length;
    const slowedDown =
      way === 'mention' ? silenced.has(id) : answers.some((data) => THROTTLED.test(String(prop(data, 'content'))));
    if (sent > 1 || (way === 'mention' && sent === 1 && slowedDown)) doubled.push(id);
    if (slowedDown) throttled++;
    else if (sent > 0) answered++;
    else lost.push(id);
  }
  return { answered, throttled, lost, doubled, lastAnswerAt };
}

async function heap(bot: BotChild, label: string): Promise<number> {
  bot.process.stdin?.write(`heap ${label}\n`);
  const line = await bot.stdout.waitFor((l) => l.includes(`"label":"${label}"`), 10_000, `the ${label} heap`);
  return Number(prop(JSON.parse(line), 'heapUsed'));
}

async function waitUntil(done: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await delay(100);
  }
}

const toMb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
