/**
 * How the fake Discord splits its world between shards. Discord sends a guild's
 * events to shard `(guild_id >> 22) % shard_count`, so the fake gives each shard
 * a guild whose id routes to it. The shard that FAKE_IDS.guild routes to keeps
 * the usual guild and text channel (with one shard, that is shard 0: nothing
 * changes for single-shard tests); the others get ids derived from them.
 */
import { FAKE_IDS } from './payloads.js';

/** The guild (with one text channel) that lives on one shard. */
export interface ShardWorld {
  shard: number;
  guildId: string;
  textChannelId: string;
}

/** The shard Discord sends a guild's events to. */
export function shardOfGuild(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/** One guild per shard, index = shard id. */
export function shardWorlds(shardCount: number): ShardWorld[] {
  const home = BigInt(FAKE_IDS.guild);
  const homeShard = shardOfGuild(FAKE_IDS.guild, shardCount);
  return Array.from({ length: shardCount }, (_, shard) => {
    if (shard === homeShard) return { shard, guildId: FAKE_IDS.guild, textChannelId: FAKE_IDS.textChannel };
    // Move the timestamp part of the home guild's id by the distance between the shards.
    const guildId = home + (BigInt(shard - homeShard) << 22n);
    const textChannelId = BigInt(FAKE_IDS.textChannel) + 100n + BigInt(shard);
    return { shard, guildId: guildId.toString(), textChannelId: textChannelId.toString() };
  });
}
