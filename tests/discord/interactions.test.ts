import { describe, expect, it } from 'vitest';
import { MessageFlags } from 'discord.js';
import type { FeedbackSink } from '../../src/discord/context.js';
import { prop } from '../support/fakeRest.js';
import { componentInteraction } from '../support/interactions.js';
import { at, harnessPerTest, isPost, slash, typing } from './harness.js';

const start = harnessPerTest();

/** Checks that an interaction response is a notice shown to the user only. */
function expectPrivateNotice(body: unknown, text: string): void {
  expect(at(body, 'data', 'flags')).toBe(MessageFlags.Ephemeral);
  expect(String(at(body, 'data', 'content'))).toContain(text);
}

const askPetro = () => slash('ask', { question: 'who is Gustavo Petro?' });

describe('the interaction dispatcher', () => {
  it('refuses an unknown command privately', async () => {
    const { fake } = await start();
    const sent = fake.sendInteraction(slash('launch-missiles'));

    const req = await fake.waitForRequest(isPost(sent.callbackPath));
    expectPrivateNotice(req.body, 'don’t know that command');
  });

  it('answers autocomplete for a command without suggestions with an empty list', async () => {
    const { fake } = await start();
    const sent = fake.sendInteraction(typing('about', 'x', 'y'));

    const req = await fake.waitForRequest(isPost(sent.callbackPath));
    expect(req.body).toEqual({ type: 8, data: { choices: [] } });
  });

  it('refuses forged and stale button ids privately', async () => {
    const { fake } = await start();
    const forged = fake.sendInteraction(componentInteraction({ customId: 'fb:up:../../etc' }));
    const stale = fake.sendInteraction(componentInteraction({ customId: 'ask:no-such-entry' }));

    expectPrivateNotice((await fake.waitForRequest(isPost(forged.callbackPath))).body, 'no longer active');
    expectPrivateNotice((await fake.waitForRequest(isPost(stale.callbackPath))).body, 'no longer in my knowledge');
  });

  it('logs a handler’s failure, tells the user privately that something went wrong, and keeps answering', async () => {
    const failing: FeedbackSink = {
      recordQuestion: () => undefined,
      recordVote: () => Promise.reject(new Error('disk full')),
    };
    const { fake, logs } = await start({ feedback: failing });
    const vote = fake.sendInteraction(componentInteraction({ customId: 'fb:up:who-is-petro' }));

    expectPrivateNotice((await fake.waitForRequest(isPost(vote.callbackPath))).body, 'Something went wrong');
    expect(logs.some((line) => line.includes('"event":"interaction-failed"') && line.includes('disk full'))).toBe(true);

    const ask = fake.sendInteraction(askPetro());
    const answer = await fake.waitForRequest(isPost(ask.callbackPath));
    expect(prop(answer.body, 'type')).toBe(4);
    expect(at(answer.body, 'data', 'embeds', 0, 'title')).toBe('Who is Gustavo Petro?');
  });

  it('still answers when recording the question fails', async () => {
    const failing: FeedbackSink = {
      recordQuestion: () => {
        throw new Error('log unavailable');
      },
      recordVote: () => ({ firstVote: true }),
    };
    const { fake, logs } = await start({ feedback: failing });
    const ask = fake.sendInteraction(askPetro());

    const answer = await fake.waitForRequest(isPost(ask.callbackPath));
    expect(at(answer.body, 'data', 'embeds', 0, 'title')).toBe('Who is Gustavo Petro?');
    expect(logs.some((line) => line.includes('"event":"feedback-record-failed"'))).toBe(true);
  });
});
