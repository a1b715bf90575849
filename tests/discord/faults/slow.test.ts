/**
 * Slowness against Discord's three seconds: the fake refuses an interaction's
 * first response that arrives later than that, as Discord does. A slow REST
 * API must not cause a second send, and slow work must be acknowledged in time.
 */
import { setTimeout as delay } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { MessageFlags } from 'discord.js';
import { NOTICES } from '../../../src/discord/notices.js';
import { componentInteraction } from '../../support/interactions.js';
import { at, harnessPerTest, isPost, isReplyTo, slash } from '../harness.js';
import { callbacksOf, errorsLogged, isCallbackOf, repliesTo } from './faultKit.js';

const start = harnessPerTest();
const fake = { interactionDeadlineMs: 3_000 };
const WAIT_MS = 10_000;

describe('a REST API that answers two to four seconds late', () => {
  it('still gets each answer once: an /ask accepted within three seconds, and a mention', async () => {
    const harness = await start({ fake });
    let requests = 0;
    const lift = harness.fake.faults.slowDown(() => true, () => (requests++ % 2 === 0 ? 2_500 : 3_500));

    const asked = harness.fake.sendInteraction(slash('ask', { question: 'who is Gustavo Petro?' }));
    const mention = harness.fake.sendMessage({ content: 'who is Andres Pastrana?', mentionsBot: true });
    const answered = await harness.fake.waitForResponse(isCallbackOf(asked.id), WAIT_MS);
    const replied = await harness.fake.waitForResponse(isReplyTo(mention.id), WAIT_MS);
    lift();
    const next = harness.fake.sendMessage({ content: 'how many boats has the US destroyed?', mentionsBot: true });
    await harness.fake.waitForResponse(isReplyTo(next.id), WAIT_MS);

    expect(answered.response.status).toBe(204);
    expect(at(answered.req.body, 'data', 'embeds', 0, 'title')).toBe('Who is Gustavo Petro?');
    expect(replied.response.status).toBe(200);
    expect(callbacksOf(harness.fake, asked.id)).toHaveLength(1);
    expect(repliesTo(harness.fake, mention.id)).toHaveLength(1);
    expect(errorsLogged(harness.logs)).toEqual([]);
  });
});

describe('work slower than Discord waits', () => {
  it('is acknowledged in time and then completed once: a vote stuck behind a slow feedback log', async () => {
    const slowVote = async () => (await delay(3_500), { firstVote: true });
    const harness = await start({ fake, feedback: { recordQuestion: () => undefined, recordVote: slowVote } });

    const click = harness.fake.sendInteraction(componentInteraction({ customId: 'fb:up:who-is-petro' }));
    const acknowledged = await harness.fake.waitForResponse(isCallbackOf(click.id), WAIT_MS);
    const thanked = await harness.fake.waitForResponse(isPost(click.webhookPath), WAIT_MS);

    expect(acknowledged.response.status).toBe(204);
    // Type 6: "the bot is on it", without a visible placeholder.
    expect(at(acknowledged.req.body, 'type')).toBe(6);
    expect(thanked.response.status).toBe(200);
    expect(at(thanked.req.body, 'content')).toBe(NOTICES.votedHelpful);
    expect(at(thanked.req.body, 'flags')).toBe(MessageFlags.Ephemeral);
    expect(callbacksOf(harness.fake, click.id)).toHaveLength(1);
    expect(harness.fake.requests.filter(isPost(click.webhookPath))).toHaveLength(1);
    expect(errorsLogged(harness.logs)).toEqual([]);
  });

  it('does not hold back an answer: a question whose feedback record never completes', async () => {
    // A disk that hangs: the record never settles.
    const stuck = new Promise<void>(() => undefined);
    const harness = await start({ fake, feedback: { recordQuestion: () => stuck, recordVote: () => ({ firstVote: true }) } });

    const asked = harness.fake.sendInteraction(slash('ask', { question: 'who is Gustavo Petro?' }));
    const mention = harness.fake.sendMessage({ content: 'who is Andres Pastrana?', mentionsBot: true });
    const answered = await harness.fake.waitForResponse(isCallbackOf(asked.id), WAIT_MS);
    const replied = await harness.fake.waitForResponse(isReplyTo(mention.id), WAIT_MS);

    expect(answered.response.status).toBe(204);
    expect(at(answered.req.body, 'data', 'embeds', 0, 'title')).toBe('Who is Gustavo Petro?');
    expect(at(replied.req.body, 'embeds', 0, 'title')).toBe('Who is Andres Pastrana?');
    expect(errorsLogged(harness.logs)).toEqual([]);
  });
});
