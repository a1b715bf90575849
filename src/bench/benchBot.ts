/**
 * The bot process the end-to-end bench measures: `npm start` with one shard
 * (runBotProcess: the knowledge store, the feedback log, the real discord.js
 * client), with one difference. discord.js holds every client to 50 REST
 * requests a second (`rest.globalRequestsPerSecond`, Discord's global limit for
 * a bot), so against Discord a bot never sends more than 50 replies a second.
 * To measure what the bot itself can handle, BENCH_REST_PER_SECOND lifts that
 * cap; the bench also times src/index.ts unchanged to show the capped figure.
 */
import { runBotProcess } from '../botProcess.js';
import { runCli } from '../cli/run.js';
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';

runCli(async () => {
  const config = loadConfig();
  const logger = createLogger({ level: config.logLevel, pretty: config.logPretty, secrets: [config.token] });
  const perSecond = Number(process.env.BENCH_REST_PER_SECOND);
  const rest = { ...(config.apiUrl && { api: config.apiUrl }), globalRequestsPerSecond: perSecond };
  await runBotProcess(config, logger, perSecond > 0 ? { clientOptions: { rest } } : {});
});
