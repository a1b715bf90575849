import type { FakeDiscord } from '../../tests/support/fakeDiscord.js';

/**
 * Text channels for the end-to-end bench to spread its mentions over. discord.js sends
 * one REST request at a time per channel (a channel is its own rate-limit bucket: Discord
 * allows about 5 messages per 5 s in one), so with every mention in one channel the bench
 * times that queue, one round trip to the fake after another, rather than the bot: a busy
 * server's questions come from many channels.
 *
 * Returns the channel ids, the test guild's own text channel first; the others are created
 * in the fake's test guild (CHANNEL_CREATE) before the caller sends anything to them.
 */
export async function benchChannels(fake: FakeDiscord, count: number): Promise<string[]> {
  const { GatewayDispatchEvents } = await import('discord.js');
  const { FAKE_IDS, textChannel } = await import('../../tests/support/payloads.js');
  const ids: string[] = [FAKE_IDS.textChannel];
  for (let n = 1; n < count; n++) {
    // 16… is a range the fake's own ids (11… to 14…) do not use.
    const id = `16${String(n).padStart(17, '0')}`;
    fake.dispatch({ t: GatewayDispatchEvents.ChannelCreate, d: { ...textChannel(id, `questions-${n}`), guild_id: FAKE_IDS.guild } });
    ids.push(id);
  }
  return ids;
}
