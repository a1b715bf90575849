import { describe, expect, it } from 'vitest';
import { FAKE_IDS, message, user } from '../support/payloads.js';
import { harnessPerTest, isReplyTo } from './harness.js';

const start = harnessPerTest();

describe('what the client keeps in memory', () => {
  it('answers many askers without caching them, keeping only its own user and member', async () => {
    const { fake, bot } = await start();
    const asked = Array.from({ length: 5 }, (_, n) =>
      fake.sendMessage({ content: 'how many boats has the US destroyed?', mentionsBot: true, authorId: `14000000000000009${n}0` }),
    );
    await Promise.all(asked.map((m) => fake.waitForRequest(isReplyTo(m.id))));

    const guild = bot.client.guilds.cache.get(FAKE_IDS.guild);
    expect([...bot.client.users.cache.keys()]).toEqual([FAKE_IDS.bot]);
    expect([...(guild?.members.cache.keys() ?? [])]).toEqual([FAKE_IDS.bot]);
    expect(guild?.members.me?.id).toBe(FAKE_IDS.bot);
    const channel = bot.client.channels.cache.get(FAKE_IDS.textChannel);
    expect(channel?.isTextBased() && channel.messages.cache.size).toBeLessThanOrEqual(2);
  });

  it('still finds the message a mention replies to without asking Discord for it', async () => {
    const { fake } = await start();
    for (let n = 0; n < 3; n++) fake.sendMessage({ content: `chatter ${n}`, authorId: '1400000000000000055' });
    const original = message({ content: 'who is Gustavo Petro?', author: user('1400000000000000077', 'bob') });
    const asked = fake.sendMessage({ content: 'this one', mentionsBot: true, referencedMessage: original });

    await fake.waitForRequest(isReplyTo(asked.id));
    // The fake serves no GET of a message: the reply could only have come from the cache.
    expect(fake.requests.filter((r) => r.method === 'GET' && r.path.includes('/messages/'))).toEqual([]);
  });
});
