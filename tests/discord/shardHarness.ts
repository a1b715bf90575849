/**
 * The bot run sharded for real, as `npm start` runs it with SHARD_COUNT set:
 * discord.js's ShardingManager starts the compiled dist/shard.js once per shard,
 * and each process logs into a fake Discord that serves two shards (each its
 * own guild), with its own KnowledgeStore on shared temp copies of the
 * knowledge and data folders. Call `shardedWorld()` at the top of a test file.
 */
import { afterAll, beforeAll, expect, vi } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { startShards, type RunningShards } from '../../src/discord/sharding.js';
import { createLogger } from '../../src/logger.js';
import { AuditStore } from '../../src/storage/auditStore.js';
import { openStorage } from '../../src/storage/database.js';
import { tempKnowledge, type TempFolders } from '../knowledge/helpers.js';
import { dist } from '../support/built.js';
import { FakeDiscord } from '../support/fakeDiscord.js';
import { TOKEN, at, isReplyTo } from './harness.js';

// Processes each loading discord.js and the knowledge: generous for a busy 2-core machine.
export const START_TIMEOUT_MS = 60_000;

export interface ShardedWorld {
  fake: FakeDiscord;
  folders: TempFolders;
  /** Every line the manager logged, across starts. */
  managerLogs: string[];
  /** Starts the shards as `npm start` would with SHARD_COUNT=`shardCount`, without pauses between them. */
  start(shardCount?: string, onFatal?: (error: Error) => void): Promise<RunningShards>;
  /** Mentions the bot with `question` in shard `n`'s guild: the title of the answer, or null for "not covered". */
  ask(n: number, question: string): Promise<string | null>;
  /** The pids of the shard processes started so far, in order. */
  spawnedPids(): number[];
  /** The audit records in the shared database, oldest first. */
  auditRecords(): Promise<unknown[]>;
}

export function shardedWorld(): ShardedWorld {
  const managerLogs: string[] = [];
  const running: RunningShards[] = [];
  let fake: FakeDiscord | undefined;
  let folders: TempFolders | undefined;
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('shardedWorld() is set up in beforeAll');
    return value;
  };

  beforeAll(async () => {
    fake = await FakeDiscord.start({ shards: 2 });
    folders = await tempKnowledge();
    const env = {
      DISCORD_TOKEN: TOKEN,
      DISCORD_API_URL: fake.apiUrl,
      KNOWLEDGE_DIR: folders.knowledgeDir,
      DATA_DIR: folders.dataDir,
      COOLDOWN_SECONDS: '0',
      QA_CHANNEL_IDS: '',
      MOD_ROLE_IDS: '',
      LOG_LEVEL: 'warn',
      // ShardingManager writes these into its own process's environment: stubbed, they are restored afterwards.
      SHARDING_MANAGER: undefined,
      SHARDING_MANAGER_MODE: undefined,
    };
    // The shard processes inherit this environment, and read it as `npm start` would.
    for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  });

  afterAll(async () => {
    try {
      await Promise.all(running.map((shards) => shards.stop()));
    } finally {
      await fake?.close();
      await folders?.cleanup();
      vi.unstubAllEnvs();
    }
  }, 20_000);

  const world: ShardedWorld = {
    get fake() {
      return ready(fake);
    },
    get folders() {
      return ready(folders);
    },
    managerLogs,
    async start(shardCount = 'auto', onFatal) {
      const logger = createLogger({ level: 'debug', secrets: [TOKEN], write: (line) => managerLogs.push(line) });
      const config = parseConfig({ ...process.env, SHARD_COUNT: shardCount });
      const options = { spawnDelayMs: 0, readyTimeoutMs: START_TIMEOUT_MS, shardFile: dist('shard'), ...(onFatal && { onFatal }) };
      const shards = await startShards(config, logger, options);
      running.push(shards);
      return shards;
    },
    async ask(n, question) {
      const asked = world.fake.sendMessage({ shard: n, content: question, mentionsBot: true });
      const reply = await world.fake.waitForRequest(isReplyTo(asked.id), 10_000);
      expect(reply.path).toBe(`/channels/${world.fake.shard(n).textChannelId}/messages`);
      const title = at(reply.body, 'embeds', 0, 'title');
      return typeof title === 'string' ? title : null;
    },
    spawnedPids() {
      const spawned = managerLogs.filter((line) => line.includes('"event":"shard-spawned"'));
      return spawned.map((line) => Number(at(JSON.parse(line), 'pid')));
    },
    async auditRecords() {
      const storage = await openStorage({ dataDir: world.folders.dataDir });
      try {
        return (await new AuditStore(storage.db).history(undefined, Infinity)).reverse();
      } finally {
        await storage.close();
      }
    },
  };
  return world;
}

/** True while a process with this pid exists (signal 0 only checks). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return !(error instanceof Error && 'code' in error && error.code === 'ESRCH');
  }
}
