/**
 * Runs the bot as one process per shard with discord.js's own ShardingManager.
 * Each process runs shard.js (dist/shard.js beside this compiled module; src/shard.ts
 * through tsx when this module runs as TypeScript, as under the tests): the same bot as a single-process `npm start`,
 * told by the manager which shard it is. The shards share nothing but the
 * knowledge and data folders (see KnowledgeStore for how edits reach them all).
 */
import { ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { extname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { REST, Routes, ShardingManager, type Shard } from 'discord.js';
import { z } from 'zod';
import { ConfigError, required, type Config } from '../config.js';
import type { Logger } from '../logger.js';
import { explainStartupError } from './startupErrors.js';

// The shard entry point beside this module, compiled or not: dist/shard.js in production.
const SHARD_FILE = fileURLToPath(new URL(`../shard${extname(fileURLToPath(import.meta.url))}`, import.meta.url));
// A shard that does not stop within this after SIGTERM is killed.
const STOP_GRACE_MS = 8_000;

/** A shard exits with this when starting it again cannot help (a rejected token, invalid knowledge): EX_CONFIG. */
export const EXIT_DO_NOT_RESPAWN = 78;

export interface ShardingOptions {
  /** Pause between two shards' starts (default 5.5 s, as discord.js: Discord allows one IDENTIFY per 5 s). */
  spawnDelayMs?: number;
  /** How long each shard may take to become ready (default 30 s). */
  readyTimeoutMs?: number;
  /** The script each shard process runs (default: shard.js or shard.ts beside this module's folder). */
  shardFile?: string;
  /** A shard stopped for a reason a restart cannot fix; every shard has been stopped when this is called. */
  onFatal?: (error: Error) => void;
}

export interface RunningShards {
  manager: ShardingManager;
  /** Stops every shard, without respawning, and waits (bounded) for their processes to exit. */
  stop(): Promise<void>;
}

/** Starts `config.shardCount` shards (asking Discord for the count when 'auto') and waits until all are ready. */
export async function startShards(
  config: Config,
  logger: Logger,
  options: ShardingOptions = {},
): Promise<RunningShards> {
  const token = required(config.token, 'DISCORD_TOKEN');
  const totalShards = config.shardCount === 'auto' ? await recommendedShardCount(config, token) : config.shardCount;
  const file = options.shardFile ?? SHARD_FILE;
  const execArgv = file.endsWith('.ts') ? ['--import', tsxLoader()] : [];
  const manager = new ShardingManager(file, { token, totalShards, shardList: 'auto', respawn: true, execArgv });
  let stopping: Promise<void> | undefined;
  let fatal: Error | undefined;
  let started = false;
  const stop = () => (stopping ??= stopShards(manager));
  const cannotContinue = (shardId: number) => {
    if (fatal) return;
    const error = new ConfigError(`Shard ${shardId} cannot run (its error is above); stopped every shard`);
    fatal = error;
    // During start-up the error is thrown instead.
    void stop().then(() => {
      if (started) options.onFatal?.(error);
    });
  };
  manager.on('shardCreate', (shard) => watchShard(shard, logger, () => stopping !== undefined, cannotContinue));
  logger.info('shards-starting', { totalShards });
  try {
    await manager.spawn({ amount: totalShards, delay: options.spawnDelayMs, timeout: options.readyTimeoutMs });
  } catch (error) {
    await stop();
    throw fatal ?? error;
  }
  started = true;
  logger.info('shards-ready', { totalShards });
  return { manager, stop };
}

/** The shard the ShardingManager started this process for (see src/shard.ts), and how many there are. */
export function shardOfThisProcess(env: Readonly<Record<string, string | undefined>>): { id: number; count: number } {
  // SHARDS is set by discord.js for each shard's process, not by the user: so it is not in config.ts.
  const parsed = shardEnv.safeParse(env);
  if (!parsed.success || parsed.data.SHARDS >= parsed.data.SHARD_COUNT) {
    throw new ConfigError('shard.js is started by the ShardingManager: run `npm start` with SHARD_COUNT instead');
  }
  return { id: parsed.data.SHARDS, count: parsed.data.SHARD_COUNT };
}

// TypeScript shards need tsx, a development dependency, so it is looked up only then. By absolute
// URL: a bare `--import tsx` is resolved from the working directory, which may be anywhere.
function tsxLoader(): string {
  return pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
}

const shardEnv = z.object({ SHARDS: z.coerce.number().int().min(0), SHARD_COUNT: z.coerce.number().int().min(1) });
const gatewayBot = z.object({ shards: z.number().int().min(1) });

// discord.js's fetchRecommendedShardCount always asks discord.com; this asks
// DISCORD_API_URL when it is set (a REST proxy, or the fake Discord in tests).
async function recommendedShardCount(config: Config, token: string): Promise<number> {
  const rest = new REST(config.apiUrl ? { api: config.apiUrl } : {}).setToken(token);
  try {
    return gatewayBot.parse(await rest.get(Routes.gatewayBot())).shards;
  } catch (error) {
    throw explainStartupError(error, config.apiUrl);
  }
}

function watchShard(shard: Shard, logger: Logger, stopping: () => boolean, cannotContinue: (id: number) => void): void {
  const fields = { shard: shard.id };
  shard.on('spawn', (child) => {
    logger.info('shard-spawned', { ...fields, pid: child instanceof ChildProcess ? child.pid : null });
  });
  shard.on('ready', () => logger.info('shard-ready', fields));
  // Errors of a respawn that failed: without a listener, an 'error' event would crash the manager.
  shard.on('error', (error) => logger.error('shard-error', { ...fields, error }));
  shard.on('death', (child) => {
    if (stopping() || !(child instanceof ChildProcess)) return;
    const { exitCode: code, signalCode: signal } = child;
    // discord.js restarts a shard that died; one that cannot start again would restart forever.
    if (code === EXIT_DO_NOT_RESPAWN) return cannotContinue(shard.id);
    logger.warn('shard-died', { ...fields, code, signal, respawning: shard.manager.respawn });
  });
}

async function stopShards(manager: ShardingManager): Promise<void> {
  manager.respawn = false;
  // A shard that just died is respawned in the same tick: let that fork happen, so it is stopped too.
  await new Promise((resolve) => setImmediate(resolve));
  await Promise.all(
    manager.shards.map(async (shard) => {
      const child = shard.process;
      if (!child) return;
      const exited = exitOf(child);
      shard.kill();
      await exited;
    }),
  );
}

function exitOf(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      setTimeout(resolve, 1_000).unref();
    }, STOP_GRACE_MS);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}
