/**
 * The bot with the live knowledge store and feedback store, each test over its own
 * temp copy of knowledge/ and its own data folder, logged into the fake Discord.
 * After each test: every message sent pinged nobody, every /kb reply was
 * ephemeral, and the store, client, fake and folders are closed and removed.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, expect } from 'vitest';
import { MessageFlags } from 'discord.js';
import type { APIInteraction } from 'discord.js';
import { parseConfig } from '../../../src/config.js';
import { startBot, type RunningBot } from '../../../src/discord/bot.js';
import type { BotContext } from '../../../src/discord/context.js';
import { Cooldown } from '../../../src/discord/cooldown.js';
import type { FileOps } from '../../../src/knowledge/durableFiles.js';
import { FeedbackStore } from '../../../src/storage/feedbackStore.js';
import { KnowledgeStore } from '../../../src/knowledge/store.js';
import { createLogger } from '../../../src/logger.js';
import { FakeDiscord, fakeClientOptions, type RecordedFile, type RecordedRequest, type SentInteraction } from '../../support/fakeDiscord.js';
import { prop } from '../../support/fakeRest.js';
import { tempKnowledge, type TempFolders } from '../../knowledge/helpers.js';
import { at, isPost, sentMessages, TOKEN } from '../harness.js';
import { MOD_ROLE } from './kbPayloads.js';

export interface KbHarness {
  fake: FakeDiscord;
  bot: RunningBot;
  context: BotContext;
  store: KnowledgeStore;
  feedback: FeedbackStore;
  folders: TempFolders;
  logs: string[];
  qaBytes(): Promise<Buffer>;
  /** Sends an interaction and resolves with the body of its response (see `Answer`). */
  send(payload: APIInteraction): Promise<unknown>;
  /** Sends an interaction and resolves with its response and the files sent with it. */
  request(payload: APIInteraction): Promise<Answer>;
}

/**
 * An interaction's response as a callback body: `{ type, data }`. A handler that
 * took longer than Discord waits is acknowledged first (type 5, or 6 for a button)
 * and answers after; its answer is given here as the callback it stands for (4 for
 * a new message, 7 for the button's message edited), so tests need not care which.
 */
export interface Answer {
  body: unknown;
  files: RecordedFile[];
}

export interface KbHarnessOptions {
  /** Wraps the live store, e.g. to hold an edit back. */
  knowledge?: (store: KnowledgeStore) => BotContext['knowledge'];
  /** The store's file-system calls (see KnowledgeStoreOptions.fileOps), given the test's folders: e.g. a full disk. */
  fileOps?: (folders: TempFolders) => Partial<FileOps>;
}

interface SentKb {
  callbackPath: string;
  webhookPath: string;
}

export function kbHarnessPerTest(): (options?: KbHarnessOptions) => Promise<KbHarness> {
  const running: Array<{ harness: KbHarness; stop: () => Promise<void>; sentKb: SentKb[] }> = [];
  afterEach(async () => {
    const started = running.splice(0);
    try {
      for (const { harness, sentKb } of started) {
        checkReplies(harness.fake, sentKb);
        // A refusal is a reply; only a bug reaches the error boundary.
        expect(harness.logs.filter((line) => line.includes('"event":"interaction-failed"'))).toEqual([]);
      }
    } finally {
      for (const { stop } of started) await stop();
    }
  });
  return async (options = {}) => {
    const folders = await tempKnowledge();
    const logs: string[] = [];
    const logger = createLogger({ level: 'debug', secrets: [TOKEN], write: (line) => logs.push(line) });
    const { knowledgeDir, dataDir } = folders;
    const fileOps = options.fileOps?.(folders);
    const store = await KnowledgeStore.open({ knowledgeDir, dataDir, logger, watchDebounceMs: 30, ...(fileOps && { fileOps }) });
    const feedback = await FeedbackStore.open({ dataDir: folders.dataDir, logger });
    const fake = await FakeDiscord.start();
    const config = parseConfig({
      DISCORD_TOKEN: TOKEN,
      DISCORD_API_URL: fake.apiUrl,
      KNOWLEDGE_DIR: folders.knowledgeDir,
      DATA_DIR: folders.dataDir,
      MOD_ROLE_IDS: MOD_ROLE,
      COOLDOWN_SECONDS: '0',
      LOG_LEVEL: 'debug',
    });
    const knowledge = options.knowledge?.(store) ?? store;
    const context: BotContext = { config, knowledge, feedback, cooldown: new Cooldown(0), logger };
    const closeData = async () => {
      await store.close();
      await feedback.close();
      await folders.cleanup();
    };
    let bot: RunningBot;
    try {
      bot = await startBot(context, { clientOptions: fakeClientOptions(fake) });
    } catch (error) {
      await fake.close();
      await closeData();
      throw error;
    }
    const sentKb: SentKb[] = [];
    const request = async (payload: APIInteraction): Promise<Answer> => {
      const sent = fake.sendInteraction(payload);
      if (isKb(payload)) sentKb.push(sent);
      return answerTo(fake, sent, await fake.waitForRequest(isPost(sent.callbackPath), 10_000));
    };
    const harness: KbHarness = {
      fake,
      bot,
      context,
      store,
      feedback,
      folders,
      logs,
      qaBytes: () => readFile(join(folders.knowledgeDir, 'qa.yaml')),
      request,
      send: async (payload) => (await request(payload)).body,
    };
    const stop = async () => {
      await bot.stop();
      await fake.close();
      await closeData();
    };
    running.push({ harness, stop, sentKb });
    return harness;
  };
}

function isKb(payload: APIInteraction): boolean {
  const data = payload.data;
  if (!data) return false;
  if ('custom_id' in data) return data.custom_id.startsWith('kb:');
  return 'name' in data && data.name === 'kb';
}

async function answerTo(fake: FakeDiscord, sent: SentInteraction, callback: RecordedRequest): Promise<Answer> {
  const type = prop(callback.body, 'type');
  if (type !== 5 && type !== 6) return { body: callback.body, files: callback.files };
  const original = `${sent.webhookPath}/messages/@original`;
  // Acknowledged because it waited behind other edits: give the queue time to drain on a slow machine.
  const later = await fake.waitForRequest(
    (r) => (r.method === 'PATCH' && r.path === original) || (r.method === 'POST' && r.path === sent.webhookPath),
    30_000,
  );
  // A deferred reply keeps the flags it was deferred with; a followup carries its own.
  const flags = type === 5 ? at(callback.body, 'data', 'flags') : at(later.body, 'flags');
  const data = { ...(typeof later.body === 'object' ? later.body : {}), ...(flags !== undefined && { flags }) };
  const answerType = later.method === 'PATCH' && type === 6 ? 7 : 4;
  return { body: { type: answerType, data }, files: later.files };
}

// 4 = a new message (ephemeral), 5 = a private "thinking…", 6 = a button acknowledged,
// 7 = the ephemeral message updated in place, 8 = suggestions, 9 = a form: nothing else.
function checkReplies(fake: FakeDiscord, sentKb: readonly SentKb[]): void {
  for (const { message: sent } of sentMessages(fake)) expect(at(sent, 'allowed_mentions', 'parse')).toEqual([]);
  for (const { callbackPath, webhookPath } of sentKb) {
    for (const req of fake.requests.filter((r) => r.method === 'POST' && r.path === callbackPath)) {
      const type = prop(req.body, 'type');
      expect([4, 5, 6, 7, 8, 9]).toContain(type);
      if (type === 4 || type === 5) expect(at(req.body, 'data', 'flags')).toBe(MessageFlags.Ephemeral);
    }
    for (const req of fake.requests.filter((r) => r.method === 'POST' && r.path === webhookPath)) {
      expect(at(req.body, 'flags')).toBe(MessageFlags.Ephemeral);
    }
  }
}

