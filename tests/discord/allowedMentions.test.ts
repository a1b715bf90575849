import { describe, expect, it } from 'vitest';
import { prop } from '../support/fakeRest.js';
import { componentInteraction, messageContextInteraction } from '../support/interactions.js';
import { message } from '../support/payloads.js';
import { at, harnessPerTest, isPost, isReplyTo, sentMessages, slash } from './harness.js';

const start = harnessPerTest();
const HOSTILE = '@everyone @here <@&1500000000000000001> <@1400000000000000002> who is Petro?';

describe('allowed_mentions', () => {
  it('is set to ping nobody on every message the bot sends, by every route, whatever the question says', async () => {
    const { fake } = await start({ cooldownSeconds: 60 });
    const mention = fake.sendMessage({ content: HOSTILE, mentionsBot: true, authorId: '1400000000000000011' });
    const dm = fake.sendMessage({ content: HOSTILE, guild: false, authorId: '1400000000000000012' });
    const interactions = [
      slash('ask', { question: HOSTILE }),
      slash('ask', { question: 'who is Gustavo Petro?', private: true }),
      // The same user again within the cooldown: the throttle notice is a message too.
      slash('ask', { question: 'who is Gustavo Petro?' }),
      slash('quote', { speaker: '@everyone' }),
      slash('about'),
      slash('no-such-command'),
      messageContextInteraction({ name: 'Ask the article', target: message({ content: HOSTILE }) }),
      componentInteraction({ customId: 'ask:who-is-petro' }),
      componentInteraction({ customId: 'fb:up:who-is-petro' }),
      componentInteraction({ customId: 'forged' }),
    ].map((payload) => fake.sendInteraction(payload));

    await fake.waitForRequest(isReplyTo(mention.id));
    await fake.waitForRequest(isReplyTo(dm.id));
    for (const sent of interactions) await fake.waitForRequest(isPost(sent.callbackPath));

    const sent = sentMessages(fake);
    expect(sent).toHaveLength(2 + interactions.length);
    for (const { req, message: body } of sent) {
      const isChannelMessage = req.path.startsWith('/channels/');
      const expected = isChannelMessage ? { parse: [], replied_user: true } : { parse: [] };
      expect(prop(body, 'allowed_mentions')).toEqual(expected);
      expect(String(prop(body, 'content') ?? '')).not.toMatch(/@everyone|@here|<@&?\d/);
      expect(JSON.stringify(at(body, 'embeds') ?? [])).not.toMatch(/@everyone|@here|<@&?\d/);
    }
  });
});
