/**
 * `npm start`: with one shard (SHARD_COUNT=1, the default) the bot runs in this
 * process; with more (or "auto"), this process becomes discord.js's
 * ShardingManager and runs each shard as a process of its own (src/shard.ts).
 */
import { runBotProcess, runShardManager } from './botProcess.js';
import { runCli } from './cli/run.js';
import { loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { exitOnUncaughtErrors } from './startupChecks.js';

runCli(async () => {
  const config = loadConfig();
  const logger = createLogger({ level: config.logLevel, pretty: config.logPretty, secrets: [config.token] });
  exitOnUncaughtErrors(logger);
  if (config.shardCount === 1) await runBotProcess(config, logger);
  else await runShardManager(config, logger);
});
