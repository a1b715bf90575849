import { afterEach, describe, expect, it } from 'vitest';
import { Client, Events, GatewayCloseCodes, GatewayIntentBits, GatewayOpcodes } from 'discord.js';
import type { Message } from 'discord.js';
import { FakeDiscord, fakeClientOptions } from './fakeDiscord.js';
import { shardOfGuild, shardWorlds } from './fakeShards.js';
import { FAKE_IDS } from './payloads.js';

let fake: FakeDiscord | undefined;
const clients: Client[] = [];

afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.destroy()));
  await fake?.close();
  fake = undefined;
});

/** A client that runs only shard `id` of `count`, as one ShardingManager process does; resolves once ready. */
async function shardClient(on: FakeDiscord, id: number, count: number): Promise<{ client: Client; seen: Message[] }> {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages],
    shards: [id],
    shardCount: count,
    ...fakeClientOptions(on),
  });
  clients.push(client);
  const seen: Message[] = [];
  client.on(Events.MessageCreate, (message) => void seen.push(message));
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login('fake-token');
  await ready;
  return { client, seen };
}

describe('the fake Discord with two shards', () => {
  it('gives each shard a guild that Discord would route to it, keeping the test guild on one of them', () => {
    const worlds = shardWorlds(2);

    expect(worlds.map((w) => shardOfGuild(w.guildId, 2))).toEqual([0, 1]);
    expect(worlds.map((w) => w.guildId)).toContain(FAKE_IDS.guild);
    expect(new Set(worlds.map((w) => w.textChannelId)).size).toBe(2);
    expect(shardWorlds(1)).toEqual([{ shard: 0, guildId: FAKE_IDS.guild, textChannelId: FAKE_IDS.textChannel }]);
  });

  it('recommends two shards and accepts an IDENTIFY for each, each shard caching only its own guild', async () => {
    fake = await FakeDiscord.start({ shards: 2 });
    const gatewayBot = await fetch(`${fake.apiUrl}/v10/gateway/bot`).then((res) => res.json());
    expect(gatewayBot).toMatchObject({ shards: 2 });

    const [zero, one] = await Promise.all([shardClient(fake, 0, 2), shardClient(fake, 1, 2)]);

    const identified = fake.gatewayFrames.filter((f) => f.op === GatewayOpcodes.Identify).map((f) => f.d);
    expect(identified).toEqual(
      expect.arrayContaining([expect.objectContaining({ shard: [0, 2] }), expect.objectContaining({ shard: [1, 2] })]),
    );
    expect([...zero.client.guilds.cache.keys()]).toEqual([fake.shard(0).guildId]);
    expect([...one.client.guilds.cache.keys()]).toEqual([fake.shard(1).guildId]);
  });

  it('delivers a message only to the shard its guild lives on', async () => {
    fake = await FakeDiscord.start({ shards: 2 });
    const [zero, one] = await Promise.all([shardClient(fake, 0, 2), shardClient(fake, 1, 2)]);

    fake.sendMessage({ content: 'to shard one', shard: 1 });
    fake.sendMessage({ content: 'to shard zero', shard: 0 });

    await expect.poll(() => zero.seen.length + one.seen.length, { timeout: 2_000 }).toBe(2);
    expect(zero.seen.map((m) => [m.content, m.guildId, m.channelId])).toEqual([
      ['to shard zero', fake.shard(0).guildId, fake.shard(0).textChannelId],
    ]);
    expect(one.seen.map((m) => [m.content, m.guildId])).toEqual([['to shard one', fake.shard(1).guildId]]);
  });

  it('closes an IDENTIFY for a shard count it does not serve with 4010 (Invalid shard)', async () => {
    fake = await FakeDiscord.start({ shards: 2 });
    const client = new Client({ intents: [GatewayIntentBits.Guilds], shards: [0], shardCount: 1, ...fakeClientOptions(fake) });
    clients.push(client);
    const closed = new Promise<number>((resolve) => client.once(Events.ShardDisconnect, ({ code }) => resolve(code)));

    // discord.js gives up on this close code: login may reject or hang, so only the close is awaited.
    client.login('fake-token').catch(() => undefined);

    expect(await closed).toBe(GatewayCloseCodes.InvalidShard);
  });
});
