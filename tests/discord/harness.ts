/**
 * The bot as `npm start` runs it (startBot with a real discord.js client),
 * logged into the fake Discord, with in-memory feedback and captured logs.
 */
import { fileURLToPath } from 'node:url';
import { afterEach, expect } from 'vitest';
import { ApplicationCommandOptionType } from 'discord.js';
import { parseConfig } from '../../src/config.js';
import { startBot, type RunningBot } from '../../src/discord/bot.js';
import { memoryFeedback, staticKnowledge, type BotContext, type FeedbackSink } from '../../src/discord/context.js';
import { Cooldown } from '../../src/discord/cooldown.js';
import { loadKnowledge, type Knowledge } from '../../src/knowledge/load.js';
import { createLogger } from '../../src/logger.js';
import { FakeDiscord, fakeClientOptions, type FakeDiscordOptions, type RecordedRequest } from '../support/fakeDiscord.js';
import { prop } from '../support/fakeRest.js';
import { autocompleteInteraction, chatInputInteraction, stringOption } from '../support/interactions.js';

export const TOKEN = 'fake-token-for-the-bot-tests-0123456789';
const KNOWLEDGE_DIR = fileURLToPath(new URL('../../knowledge', import.meta.url));

let realKnowledge: Promise<Knowledge> | undefined;
/** The curated knowledge in knowledge/, loaded once per test file. */
export function knowledge(): Promise<Knowledge> {
  realKnowledge ??= loadKnowledge(KNOWLEDGE_DIR);
  return realKnowledge;
}

export interface HarnessOptions {
  cooldownSeconds?: number;
  qaChannelIds?: string[];
  /** EDIT_WINDOW_MINUTES (default 10). */
  editWindowMinutes?: number;
  /** Replaces how questions and votes are recorded (e.g. a failing sink); review and stats stay in memory. */
  feedback?: FeedbackSink;
  onFatal?: (error: Error) => void;
  /** How the fake Discord behaves: heartbeat interval, interaction deadline, replays on resume. */
  fake?: FakeDiscordOptions;
}

export interface Harness {
  fake: FakeDiscord;
  bot: RunningBot;
  context: BotContext;
  /** Every log line the bot wrote, as written. */
  logs: string[];
  stop(): Promise<void>;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const fake = await FakeDiscord.start(options.fake);
  const logs: string[] = [];
  const config = parseConfig({
    DISCORD_TOKEN: TOKEN,
    DISCORD_API_URL: fake.apiUrl,
    COOLDOWN_SECONDS: String(options.cooldownSeconds ?? 0),
    QA_CHANNEL_IDS: (options.qaChannelIds ?? []).join(','),
    EDIT_WINDOW_MINUTES: String(options.editWindowMinutes ?? 10),
    LOG_LEVEL: 'debug',
  });
  const context: BotContext = {
    config,
    knowledge: staticKnowledge(await knowledge()),
    feedback: { ...memoryFeedback(), ...options.feedback },
    cooldown: new Cooldown(config.cooldownSeconds),
    logger: createLogger({ level: 'debug', secrets: [TOKEN], write: (line) => logs.push(line) }),
  };
  let bot: RunningBot;
  try {
    bot = await startBot(context, {
      clientOptions: fakeClientOptions(fake),
      ...(options.onFatal && { onFatal: options.onFatal }),
    });
  } catch (error) {
    await fake.close();
    throw error;
  }
  let stopped: Promise<void> | undefined;
  const stop = () => {
    stopped ??= bot.stop().finally(() => fake.close());
    return stopped;
  };
  return { fake, bot, context, logs, stop };
}

/**
 * A `start` for this test file's tests: each harness it starts is stopped after
 * its test, once the test's sent messages were checked to ping nobody.
 */
export function harnessPerTest(): (options?: HarnessOptions) => Promise<Harness> {
  const running: Harness[] = [];
  afterEach(async () => {
    const harnesses = running.splice(0);
    try {
      for (const { fake } of harnesses) {
        for (const { message } of sentMessages(fake)) expect(at(message, 'allowed_mentions', 'parse')).toEqual([]);
      }
    } finally {
      await Promise.all(harnesses.map((h) => h.stop()));
    }
  });
  return async (options) => {
    const harness = await startHarness(options);
    running.push(harness);
    return harness;
  };
}

/** The message a REST request sends: a channel message's body, or an interaction response's `data`. */
export function sentMessage(req: RecordedRequest): unknown {
  if (req.method === 'POST' && /^\/channels\/\d+\/messages$/.test(req.path)) return req.body;
  if (req.method === 'PATCH' && /^\/channels\/\d+\/messages\/\d+$/.test(req.path)) return req.body;
  if (req.method === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(req.path)) {
    const type = prop(req.body, 'type');
    // 4 = message, 7 = update message; 5/6 defer and 8 = autocomplete choices carry no message.
    return type === 4 || type === 7 ? prop(req.body, 'data') : undefined;
  }
  if (/^\/webhooks\/\d+\/[^/]+(\/messages\/[^/]+)?$/.test(req.path) && (req.method === 'POST' || req.method === 'PATCH')) {
    return req.body;
  }
  return undefined;
}

/** Every message-sending request recorded so far, with the message it sends. */
export function sentMessages(fake: FakeDiscord): { req: RecordedRequest; message: unknown }[] {
  return fake.requests.flatMap((req) => {
    const message = sentMessage(req);
    return message === undefined ? [] : [{ req, message }];
  });
}

export const isChannelPost = (channelId: string) => (req: RecordedRequest) =>
  req.method === 'POST' && req.path === `/channels/${channelId}/messages`;

export const isPost = (path: string) => (req: RecordedRequest) => req.method === 'POST' && req.path === path;

/** A channel message that replies to `messageId`. */
export const isReplyTo = (messageId: string) => (req: RecordedRequest) =>
  prop(prop(sentMessage(req), 'message_reference'), 'message_id') === messageId;

/** Reads a path of properties from an unknown JSON value: `at(body, 'embeds', 0, 'title')`. */
export function at(value: unknown, ...path: (string | number)[]): unknown {
  return path.reduce<unknown>(
    (current, key) => (Array.isArray(current) && typeof key === 'number' ? current[key] : prop(current, String(key))),
    value,
  );
}

/** The custom ids of every button in a sent message. */
export function customIds(message: unknown): string[] {
  const rows = at(message, 'components');
  if (!Array.isArray(rows)) return [];
  return rows.flatMap((row: unknown) => {
    const buttons = at(row, 'components');
    return Array.isArray(buttons) ? buttons.map((b: unknown) => String(at(b, 'custom_id'))) : [];
  });
}

/** `/name option:value ...` as a guild interaction: `slash('ask', { question: 'why?', private: true })`. */
export function slash(name: string, options: Record<string, string | boolean> = {}) {
  return chatInputInteraction({
    name,
    options: Object.entries(options).map(([option, value]) =>
      typeof value === 'boolean'
        ? { name: option, type: ApplicationCommandOptionType.Boolean, value }
        : stringOption(option, value),
    ),
  });
}

/** The user typing `value` into `/name`'s `option`: an autocomplete request. */
export function typing(name: string, option: string, value: string) {
  return autocompleteInteraction({ name, options: [stringOption(option, value, true)] });
}
