import { describe, expect, it } from 'vitest';
import { GatewayDispatchEvents } from 'discord.js';
import { forumChannel, forumPost } from '../support/fakeChannels.js';
import type { FakeDiscord } from '../support/fakeDiscord.js';
import { at, harnessPerTest, isReplyTo, sentMessages } from './harness.js';

const start = harnessPerTest();
const FORUM = '1300000000000000077';

function post(fake: FakeDiscord, title: string, content: string) {
  const { thread, starter } = forumPost(FORUM, title, { content });
  fake.dispatch({ t: GatewayDispatchEvents.ThreadCreate, d: thread });
  fake.dispatch({ t: GatewayDispatchEvents.MessageCreate, d: starter });
  return starter;
}

describe('a new post in a forum channel listed in QA_CHANNEL_IDS', () => {
  it('is answered when its question is in the title and the first message only adds context', async () => {
    const { fake } = await start({ qaChannelIds: [FORUM] });
    fake.dispatch({ t: GatewayDispatchEvents.ChannelCreate, d: forumChannel(FORUM) });
    const starter = post(fake, 'Why did Petro stop sharing intelligence?', 'context: my feed is full of this');

    const req = await fake.waitForRequest(isReplyTo(starter.id));
    expect(req.path).toBe(`/channels/${starter.channel_id}/messages`);
    expect(at(req.body, 'embeds', 0, 'title')).toBe('Why did Petro stop sharing intelligence with the U.S.?');
  });

  it('is answered from its first message when the title is only a topic', async () => {
    const { fake } = await start({ qaChannelIds: [FORUM] });
    fake.dispatch({ t: GatewayDispatchEvents.ChannelCreate, d: forumChannel(FORUM) });
    const starter = post(fake, 'Galan', 'who is Juan Manuel Galan?');

    const req = await fake.waitForRequest(isReplyTo(starter.id));
    expect(at(req.body, 'embeds', 0, 'title')).toBe('Who is Juan Manuel Galan?');
  });

  it('stays quiet on a post the article does not answer', async () => {
    const { fake } = await start({ qaChannelIds: [FORUM] });
    fake.dispatch({ t: GatewayDispatchEvents.ChannelCreate, d: forumChannel(FORUM) });
    post(fake, 'What is the best pizza in town?', 'asking for a friend');
    const answered = post(fake, 'Who is Juan Manuel Galan?', '');

    await fake.waitForRequest(isReplyTo(answered.id));
    expect(sentMessages(fake)).toHaveLength(1);
  });
});
