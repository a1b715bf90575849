/**
 * `npm start`: load the configuration and the knowledge, start the bot, and
 * close it cleanly on SIGINT/SIGTERM.
 */
import { runCli } from './cli/run.js';
import { loadConfig } from './config.js';
import { startBot, type RunningBot } from './discord/bot.js';
import { Cooldown } from './discord/cooldown.js';
import { FeedbackLog } from './knowledge/feedbackLog.js';
import { KnowledgeStore } from './knowledge/store.js';
import { createLogger } from './logger.js';

// If something keeps the event loop busy after the client is destroyed, do not hang the shutdown.
const SHUTDOWN_GRACE_MS = 5_000;

runCli(async () => {
  const config = loadConfig();
  const logger = createLogger({ level: config.logLevel, secrets: [config.token] });
  const store = await KnowledgeStore.open({ knowledgeDir: config.knowledgeDir, dataDir: config.dataDir, logger });
  const feedback = await FeedbackLog.open({ dataDir: config.dataDir, logger });
  const { knowledge } = store.current;
  logger.info('knowledge-loaded', { entries: knowledge.entries.length, quotations: knowledge.quotations.length });
  let bot: RunningBot | undefined;
  let stopping = false;
  async function shutDown(code: number): Promise<void> {
    if (stopping) return;
    stopping = true;
    setTimeout(() => process.exit(code), SHUTDOWN_GRACE_MS).unref();
    await bot?.stop();
    await Promise.all([store.close(), feedback.idle()]);
    logger.info('stopped', { code });
    process.exitCode = code;
  }

  bot = await startBot(
    {
      config,
      knowledge: store,
      feedback,
      cooldown: new Cooldown(config.cooldownSeconds),
      logger,
    },
    {
      onFatal: (error) => {
        console.error(error.message);
        void shutDown(1);
      },
    },
  );
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void shutDown(0));
});
