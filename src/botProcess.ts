/**
 * The two kinds of process `npm start` runs, each stopping cleanly on SIGINT or
 * SIGTERM: the bot itself (the only process with one shard, or one shard's
 * process under the ShardingManager), and the manager of the shard processes.
 */
import type { ClientOptions } from 'discord.js';
import type { Config } from './config.js';
import { startBot, type RunningBot } from './discord/bot.js';
import { Cooldown } from './discord/cooldown.js';
import { startShards, type RunningShards } from './discord/sharding.js';
import { KnowledgeStore } from './knowledge/store.js';
import type { Logger } from './logger.js';
import { openStorage } from './storage/database.js';
import { FeedbackStore } from './storage/feedbackStore.js';
import { startRetention } from './storage/retention.js';
import { checkWritableFolder, explainKnowledgeError } from './startupChecks.js';

// If something keeps the event loop busy after stopping, do not hang the shutdown.
const BOT_GRACE_MS = 5_000;
// The manager waits for its shards' own shutdown (and kills a hung one after 8 s).
const MANAGER_GRACE_MS = 10_000;

export interface BotProcessOptions {
  /** Merged over the client options from the config: a shard's id and the shard count. */
  clientOptions?: Partial<ClientOptions>;
  /** The exit code when Discord closes the connection for good (default 1). */
  fatalExitCode?: number;
  /**
   * Run as a shard under the ShardingManager: stop when the manager goes away (a shard must not
   * run on unmanaged), and close the channel to it once stopped, since an open channel keeps a process alive.
   */
  managed?: boolean;
}

/** Loads the knowledge and runs the bot until a signal (or a fatal gateway close) stops it. */
export async function runBotProcess(config: Config, logger: Logger, options: BotProcessOptions = {}): Promise<void> {
  await checkWritableFolder(config.dataDir, 'DATA_DIR');
  const storage = await openStorage({ dataDir: config.dataDir, databaseUrl: config.databaseUrl, logger });
  const store = await KnowledgeStore.open({ knowledgeDir: config.knowledgeDir, dataDir: config.dataDir, storage, logger }).catch(
    async (error: unknown) => {
      await storage.close();
      throw explainKnowledgeError(error, config.knowledgeDir);
    },
  );
  const feedback = await FeedbackStore.open({ dataDir: config.dataDir, storage, logger, retentionDays: config.questionRetentionDays });
  const retention = startRetention(store, feedback, logger);
  const { knowledge } = store.current;
  logger.info('knowledge-loaded', { entries: knowledge.entries.length, quotations: knowledge.quotations.length });
  let bot: RunningBot | undefined;
  const shutDown = shutdownOnce(logger, BOT_GRACE_MS, async () => {
    await bot?.stop();
    retention.stop();
    await Promise.all([store.close(), feedback.close()]);
    await storage.close();
    if (options.managed && process.connected) process.disconnect();
  });

  const context = { config, knowledge: store, feedback, cooldown: new Cooldown(config.cooldownSeconds), logger };
  bot = await startBot(context, {
    ...(options.clientOptions && { clientOptions: options.clientOptions }),
    onFatal: (error) => {
      console.error(error.message);
      void shutDown(options.fatalExitCode ?? 1);
    },
  });
  stopOnSignals(shutDown);
  if (options.managed) {
    // The channel to the manager closes when the manager exits, however it exits.
    process.once('disconnect', () => void shutDown(0));
    // discord.js tells the manager about the disconnect as the client stops; with the manager
    // gone, that send fails, and an 'error' event nobody listens to would crash the shutdown.
    process.on('error', (error) => {
      const closed = 'code' in error && error.code === 'ERR_IPC_CHANNEL_CLOSED';
      if (!closed) logger.error('manager-channel-error', { error });
    });
  }
}

/** Starts the shard processes and keeps them running until a signal, or a shard that cannot run, stops them all. */
export async function runShardManager(config: Config, logger: Logger): Promise<void> {
  // Once here rather than once per shard, where each would print the same line.
  await checkWritableFolder(config.dataDir, 'DATA_DIR');
  let shards: RunningShards | undefined;
  const shutDown = shutdownOnce(logger, MANAGER_GRACE_MS, async () => shards?.stop());
  shards = await startShards(config, logger, {
    onFatal: (error) => {
      console.error(error.message);
      void shutDown(1);
    },
  });
  stopOnSignals(shutDown);
}

function shutdownOnce(logger: Logger, graceMs: number, stop: () => Promise<void>): (code: number) => Promise<void> {
  let stopping: Promise<void> | undefined;
  return (code) => {
    stopping ??= (async () => {
      setTimeout(() => process.exit(code), graceMs).unref();
      await stop();
      logger.info('stopped', { code });
      process.exitCode = code;
    })();
    return stopping;
  };
}

function stopOnSignals(shutDown: (code: number) => Promise<void>): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void shutDown(0));
}
