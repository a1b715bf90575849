/**
 * Sharded starts that cannot go on: a shard that fails for a reason a restart
 * cannot fix must stop the manager, not be respawned forever (see shardHarness.ts).
 */
import { describe, expect, it } from 'vitest';
import { GatewayCloseCodes } from 'discord.js';
import { ConfigError } from '../../src/config.js';
import { EXIT_DO_NOT_RESPAWN } from '../../src/discord/sharding.js';
import { START_TIMEOUT_MS, isAlive, shardedWorld } from './shardHarness.js';

const world = shardedWorld();
const rejectToken = { status: 401, body: { message: '401: Unauthorized', code: 0 } };

describe('a sharded start that cannot succeed', () => {
  it('fails in one line, before any shard starts, when Discord rejects the token asked for the shard count', async () => {
    world.fake.failNext((r) => r.path === '/gateway/bot', rejectToken);

    await expect(world.start('auto')).rejects.toThrow(/^Configuration error: DISCORD_TOKEN was rejected by Discord/);
    expect(world.spawnedPids()).toEqual([]);
  });

  it('stops, rather than respawning forever, when a shard exits because Discord rejects the token', async () => {
    world.fake.failNext((r) => r.path === '/gateway/bot', rejectToken);
    const before = world.spawnedPids().length;

    const starting = world.start('2');

    await expect(starting).rejects.toThrow(ConfigError);
    await expect(starting).rejects.toThrow(/^Shard 0 cannot run \(its error is above\); stopped every shard$/);
    // Shard 0 failed, and was respawned at most once before the manager stopped it; nothing is left running.
    const pids = world.spawnedPids().slice(before);
    expect(pids.length).toBeGreaterThanOrEqual(1);
    expect(pids.length).toBeLessThanOrEqual(2);
    expect(pids.filter(isAlive)).toEqual([]);
  }, START_TIMEOUT_MS);
});

describe('a sharded bot that Discord disconnects for good', () => {
  it('stops every shard, once, when one of them is closed with "authentication failed"', async () => {
    const fatal: Error[] = [];
    const before = world.spawnedPids().length;
    const shards = await world.start('2', (error) => fatal.push(error));
    const children = shards.manager.shards.map((s) => s.process);

    await world.fake.closeGateway(GatewayCloseCodes.AuthenticationFailed, 'Authentication failed.', 1);

    await expect.poll(() => fatal, { timeout: 20_000 }).toHaveLength(1);
    expect(fatal[0]?.message).toBe('Shard 1 cannot run (its error is above); stopped every shard');
    // Shard 1 said "do not respawn"; shard 0 was stopped cleanly; a respawn already under way was stopped too.
    expect(children.map((child) => child?.exitCode)).toEqual([0, EXIT_DO_NOT_RESPAWN]);
    expect(world.spawnedPids().slice(before).filter(isAlive)).toEqual([]);
    expect(shards.manager.shards.map((s) => s.process)).toEqual([null, null]);
  }, START_TIMEOUT_MS + 20_000);
});
