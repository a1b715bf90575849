/**
 * Two shards run by discord.js's ShardingManager, each in its own process,
 * answering in their own guilds and sharing the knowledge (see shardHarness.ts).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApplicationCommandOptionType, GatewayOpcodes } from 'discord.js';
import { ConfigError } from '../../src/config.js';
import { shardOfThisProcess, type RunningShards } from '../../src/discord/sharding.js';
import { chatInputInteraction, stringOption } from '../support/interactions.js';
import { ALL_PERMISSIONS, user } from '../support/payloads.js';
import { at, sentMessage } from './harness.js';
import { START_TIMEOUT_MS, shardedWorld } from './shardHarness.js';

// A change reaches every shard without a restart. The bound only stops a broken watcher from
// hanging the run; how fast a change travels is measured by `npm run bench`, not asserted here.
const PROPAGATION_BOUND_MS = 10_000;
const SUMMARY = 'What is this article about?';
const moderator = user('1400000000000000099', 'mod');

const world = shardedWorld();
let shards: RunningShards;

beforeAll(async () => {
  shards = await world.start('auto');
}, START_TIMEOUT_MS + 10_000);

/** Asks until the answer's title is `expected`, or fails after `timeoutMs` from `since`. */
async function askUntil(n: number, question: string, expected: string, since: number, timeoutMs: number): Promise<string> {
  for (;;) {
    const title = await world.ask(n, question);
    const elapsed = Date.now() - since;
    if (title === expected) return title;
    if (elapsed > timeoutMs) throw new Error(`shard ${n} still answered ${JSON.stringify(title)} after ${elapsed} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const actions = (records: unknown[]) => records.map((record) => at(record, 'action'));

describe('the bot run as two shards by the ShardingManager', () => {
  it('starts, with SHARD_COUNT=auto, the two shards Discord recommends, each identifying as its own shard', () => {
    expect(shards.manager.totalShards).toBe(2);
    expect(shards.manager.shards.map((s) => s.process?.pid)).toEqual([expect.any(Number), expect.any(Number)]);
    const identified = world.fake.gatewayFrames.filter((f) => f.op === GatewayOpcodes.Identify);
    expect(identified.map((f) => at(f.d, 'shard'))).toEqual(expect.arrayContaining([[0, 2], [1, 2]]));
  });

  it('answers a question asked in each shard’s guild', async () => {
    expect(await world.ask(0, 'How many boats has the U.S. destroyed?')).toBe('How many boats has the U.S. destroyed?');
    expect(await world.ask(1, 'who is Juan Manuel Galan?')).toBe('Who is Juan Manuel Galan?');
  });

  it('answers on shard 1 from an alternate a moderator added with /kb alias on shard 0, without a restart', async () => {
    const question = 'what is the zebra memo from gustavo about';
    expect(await world.ask(1, question)).toBeNull();
    const guild = world.fake.shard(0);
    const alias = chatInputInteraction({
      name: 'kb',
      guildId: guild.guildId,
      channelId: guild.textChannelId,
      user: moderator,
      permissions: ALL_PERMISSIONS,
      options: [
        {
          type: ApplicationCommandOptionType.Subcommand,
          name: 'alias',
          options: [stringOption('id', 'story-summary'), stringOption('question', question)],
        },
      ],
    });

    world.fake.sendInteraction(alias);
    const isConfirmation = (r: Parameters<typeof sentMessage>[0]) => String(at(sentMessage(r), 'content')).includes('✅');
    const confirmed = await world.fake.waitForRequest(isConfirmation, 10_000);
    const since = Date.now();

    expect(at(sentMessage(confirmed), 'content')).toContain('story-summary');
    expect(await askUntil(1, question, SUMMARY, since, PROPAGATION_BOUND_MS)).toBe(SUMMARY);
    // Shard 0 made the change; shard 1 loaded it without recording it again as a hand edit.
    const records = await world.auditRecords();
    expect(actions(records)).toEqual(['add-alternate']);
    expect(records[0]).toMatchObject({ guildId: guild.guildId, moderatorId: moderator.id, entryId: 'story-summary' });
  });

  it('answers on both shards from a change made to qa.yaml on disk, without a restart, recording it once', async () => {
    const question = 'tell me about the walrus telegram';
    const qaFile = join(world.folders.knowledgeDir, 'qa.yaml');
    const text = await readFile(qaFile, 'utf8');
    const edited = text.replace(/(\n {2}- id: story-summary\n[\s\S]*?alternates:\n)/, `$1      - "${question}"\n`);
    expect(edited).not.toBe(text);
    expect([await world.ask(0, question), await world.ask(1, question)]).toEqual([null, null]);

    await writeFile(qaFile, edited);
    const since = Date.now();

    for (const n of [0, 1]) {
      expect(await askUntil(n, question, SUMMARY, since, PROPAGATION_BOUND_MS)).toBe(SUMMARY);
    }
    expect(actions(await world.auditRecords())).toEqual(['add-alternate', 'external-edit']);
  });

  it('stops every shard process, each shutting down cleanly, without respawning them', async () => {
    const children = shards.manager.shards.map((s) => s.process);

    await shards.stop();

    // Exit code 0 and no signal: each shard ran its own shutdown on SIGTERM.
    expect(children.map((child) => [child?.exitCode, child?.signalCode])).toEqual([[0, null], [0, null]]);
    expect(shards.manager.shards.map((s) => s.process)).toEqual([null, null]);
  });
});

describe('the shard a process was started for', () => {
  it('is read from the SHARDS and SHARD_COUNT that the ShardingManager sets', () => {
    expect(shardOfThisProcess({ SHARDS: '1', SHARD_COUNT: '2' })).toEqual({ id: 1, count: 2 });
  });

  it('is a configuration error outside the ShardingManager, or out of range', () => {
    for (const env of [{}, { SHARDS: '2', SHARD_COUNT: '2' }, { SHARDS: 'x', SHARD_COUNT: '2' }]) {
      expect(() => shardOfThisProcess(env)).toThrow(ConfigError);
    }
  });
});
