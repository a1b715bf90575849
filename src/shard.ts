/**
 * One shard's process: discord.js's ShardingManager (src/discord/sharding.ts)
 * starts this file once per shard, with SHARDS and SHARD_COUNT set. It runs the
 * same bot as a single-process `npm start`, connecting only its own shard.
 */
import { runBotProcess } from './botProcess.js';
import { runCli } from './cli/run.js';
import { loadConfig } from './config.js';
import { EXIT_DO_NOT_RESPAWN, shardOfThisProcess } from './discord/sharding.js';
import { createLogger } from './logger.js';
import { exitOnUncaughtErrors } from './startupChecks.js';

// A bad token or invalid knowledge fails every restart the same way: tell the manager not to respawn.
runCli(async () => {
  const config = loadConfig();
  const shard = shardOfThisProcess(process.env);
  const logger = createLogger({
    level: config.logLevel,
    pretty: config.logPretty,
    secrets: [config.token],
    fields: { shard: shard.id },
  });
  exitOnUncaughtErrors(logger);
  const clientOptions = { shards: [shard.id], shardCount: shard.count };
  try {
    await runBotProcess(config, logger, { clientOptions, fatalExitCode: EXIT_DO_NOT_RESPAWN, managed: true });
  } catch (error) {
    // The channel to the manager would keep this process alive after the failure.
    if (process.connected) process.disconnect();
    throw error;
  }
}, EXIT_DO_NOT_RESPAWN);
