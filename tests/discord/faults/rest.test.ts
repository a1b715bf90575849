/**
 * Discord's REST API failing under the real client: rate limits and server
 * errors once on the reply route, and a channel that refuses every reply.
 */
import { describe, expect, it } from 'vitest';
import type { FakeResponse } from '../../support/fakeDiscord.js';
import { FAKE_IDS } from '../../support/payloads.js';
import { at, harnessPerTest, isChannelPost, isPost, isReplyTo, slash } from '../harness.js';
import { SERVER_ERRORS, callbacksOf, errorsLogged, isCallbackOf, logEntries, rateLimits, repliesTo } from './faultKit.js';

const start = harnessPerTest();
const ONCE: [string, FakeResponse][] = Object.entries({ ...rateLimits(0.2), ...SERVER_ERRORS });
const isCallback = (req: { method: string; path: string }) => req.method === 'POST' && req.path.endsWith('/callback');
const OTHER_USER = '1400000000000000042';

describe('a rate limit or server error once on the reply route', () => {
  it.each(ONCE)('still delivers a mention’s reply exactly once, logging no error, after %s', async (_name, response) => {
    const { fake, logs } = await start();
    fake.failNext(isChannelPost(FAKE_IDS.textChannel), response);

    const asked = fake.sendMessage({ content: 'who is Gustavo Petro?', mentionsBot: true });
    await expect.poll(() => repliesTo(fake, asked.id).length, { timeout: 5_000 }).toBe(2);
    // The channel's replies go out in order: once the next one is out, no retry of the first is pending.
    const next = fake.sendMessage({ content: 'who is Andres Pastrana?', mentionsBot: true, authorId: OTHER_USER });
    await fake.waitForRequest(isReplyTo(next.id), 5_000);

    const [refused, delivered] = repliesTo(fake, asked.id);
    expect(repliesTo(fake, asked.id)).toHaveLength(2);
    expect(at(delivered?.body, 'embeds', 0, 'title')).toBe('Who is Gustavo Petro?');
    expect(delivered?.body).toEqual(refused?.body);
    expect(errorsLogged(logs)).toEqual([]);
  });

  it.each(ONCE)('still completes an /ask exactly once, logging no error, after %s on its callback', async (_name, response) => {
    const { fake, logs } = await start();
    fake.failNext(isCallback, response);

    const asked = fake.sendInteraction(slash('ask', { question: 'who is Gustavo Petro?' }));
    await expect.poll(() => callbacksOf(fake, asked.id).length, { timeout: 5_000 }).toBe(2);
    const next = fake.sendInteraction(slash('ask', { question: 'who is Andres Pastrana?' }));
    await fake.waitForRequest(isCallbackOf(next.id), 5_000);

    const delivered = callbacksOf(fake, asked.id)[1];
    expect(callbacksOf(fake, asked.id)).toHaveLength(2);
    expect(at(delivered?.body, 'data', 'embeds', 0, 'title')).toBe('Who is Gustavo Petro?');
    expect(errorsLogged(logs)).toEqual([]);
  });
});

const CHANNEL_REFUSALS: [string, FakeResponse][] = [
  ['403 Missing Permissions', { status: 403, body: { message: 'Missing Permissions', code: 50013 } }],
  ['404 Unknown Channel', { status: 404, body: { message: 'Unknown Channel', code: 10003 } }],
];

describe('a channel that refuses every reply', () => {
  it.each(CHANNEL_REFUSALS)('gets one warning naming it, not one per question, after %s', async (_name, refusal) => {
    const { fake, logs } = await start();
    fake.faults.failAlways(isChannelPost(FAKE_IDS.textChannel), refusal);

    const users = ['1400000000000000051', '1400000000000000052', '1400000000000000053'];
    for (const authorId of users) fake.sendMessage({ content: 'who is Gustavo Petro?', mentionsBot: true, authorId });
    const aboutChannel = () => logEntries(logs).filter((entry) => entry.fields['channelId'] === FAKE_IDS.textChannel);
    await expect.poll(() => aboutChannel().filter((e) => e.event.startsWith('cannot-reply')).length).toBe(3);

    const warnings = aboutChannel().filter((entry) => entry.level === 'warn');
    expect(warnings.map((entry) => entry.event)).toEqual(['cannot-reply-in-channel']);
    expect(warnings[0]?.fields).toMatchObject({ channelId: FAKE_IDS.textChannel, code: refusal.status === 403 ? 50013 : 10003 });
    expect(String(warnings[0]?.fields['message'])).toContain(`Cannot reply in channel ${FAKE_IDS.textChannel}`);
    expect(errorsLogged(logs)).toEqual([]);
  });

  it('does not stop the bot answering in direct messages, in /ask, and there again once fixed', async () => {
    const { fake, logs } = await start();
    const lift = fake.faults.failAlways(isChannelPost(FAKE_IDS.textChannel), CHANNEL_REFUSALS[0]?.[1] ?? { status: 403 });
    const refused = fake.sendMessage({ content: 'who is Gustavo Petro?', mentionsBot: true });
    await fake.waitForRequest(isReplyTo(refused.id));

    fake.sendMessage({ content: 'who is Gustavo Petro?', guild: false, authorId: OTHER_USER });
    const dm = await fake.waitForRequest(isChannelPost(FAKE_IDS.dmChannel), 5_000);
    const asked = fake.sendInteraction(slash('ask', { question: 'who is Andres Pastrana?' }));
    const slashReply = await fake.waitForRequest(isCallbackOf(asked.id), 5_000);
    lift();
    const again = fake.sendMessage({ content: 'who is Gustavo Petro?', mentionsBot: true, authorId: '1400000000000000054' });
    const fixed = await fake.waitForRequest(isReplyTo(again.id), 5_000);

    expect(at(dm.body, 'embeds', 0, 'title')).toBe('Who is Gustavo Petro?');
    expect(at(slashReply.body, 'data', 'embeds', 0, 'title')).toBe('Who is Andres Pastrana?');
    expect(at(fixed.body, 'embeds', 0, 'title')).toBe('Who is Gustavo Petro?');
    expect(fake.requests.filter(isPost(`/channels/${FAKE_IDS.textChannel}/messages`))).toHaveLength(2);
    expect(errorsLogged(logs)).toEqual([]);
  });
});
