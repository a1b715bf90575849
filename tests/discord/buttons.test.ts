import { describe, expect, it } from 'vitest';
import { MessageFlags } from 'discord.js';
import { memoryFeedback } from '../../src/discord/context.js';
import { componentInteraction } from '../support/interactions.js';
import { FAKE_IDS, user } from '../support/payloads.js';
import { at, customIds, harnessPerTest, isPost, isReplyTo, knowledge } from './harness.js';

const start = harnessPerTest();

describe('the buttons under a reply', () => {
  it('answer the "did you mean" question that was clicked, to the clicker only', async () => {
    const { fake } = await start();
    const asked = fake.sendMessage({ content: 'sanctions and funding', mentionsBot: true });
    const reply = await fake.waitForRequest(isReplyTo(asked.id));
    const [firstSuggestion] = customIds(reply.body);
    expect(firstSuggestion).toMatch(/^ask:/);

    const click = fake.sendInteraction(componentInteraction({ customId: firstSuggestion ?? '' }));

    const req = await fake.waitForRequest(isPost(click.callbackPath));
    const entry = (await knowledge()).entries.find((e) => `ask:${e.id}` === firstSuggestion);
    expect(at(req.body, 'data', 'embeds', 0, 'title')).toBe(entry?.question);
    expect(at(req.body, 'data', 'flags')).toBe(MessageFlags.Ephemeral);
  });

  it('answer a related question from under an answer', async () => {
    const { fake } = await start();
    const asked = fake.sendMessage({ content: 'how many boats has the US destroyed?', mentionsBot: true });
    const reply = await fake.waitForRequest(isReplyTo(asked.id));
    const related = customIds(reply.body).filter((id) => id.startsWith('ask:'));
    expect(related.length).toBeGreaterThan(0);
    expect(related.length).toBeLessThanOrEqual(3);
    expect(related).not.toContain('ask:boats-destroyed');

    const click = fake.sendInteraction(componentInteraction({ customId: related[0] ?? '' }));

    const req = await fake.waitForRequest(isPost(click.callbackPath));
    const entry = (await knowledge()).entries.find((e) => `ask:${e.id}` === related[0]);
    expect(at(req.body, 'data', 'embeds', 0, 'title')).toBe(entry?.question);
  });

  it('record a Helpful vote, thank the clicker privately, and never count a second vote by the same user twice', async () => {
    const feedback = memoryFeedback();
    const { fake } = await start({ feedback });
    const first = fake.sendInteraction(componentInteraction({ customId: 'fb:up:who-is-petro' }));
    const firstAck = await fake.waitForRequest(isPost(first.callbackPath));
    const second = fake.sendInteraction(componentInteraction({ customId: 'fb:down:who-is-petro' }));
    const secondAck = await fake.waitForRequest(isPost(second.callbackPath));
    const other = fake.sendInteraction(
      componentInteraction({ customId: 'fb:down:who-is-petro', user: user('1400000000000000055', 'carol') }),
    );
    await fake.waitForRequest(isPost(other.callbackPath));

    expect(at(firstAck.body, 'data', 'flags')).toBe(MessageFlags.Ephemeral);
    expect(String(at(firstAck.body, 'data', 'content'))).toContain('Thanks');
    expect(at(secondAck.body, 'data', 'flags')).toBe(MessageFlags.Ephemeral);
    expect(String(at(secondAck.body, 'data', 'content'))).toContain('already rated');
    // alice's second click replaced her first vote; carol's is a vote of its own.
    expect(feedback.votes.map(({ entryId, helpful, userId }) => ({ entryId, helpful, userId }))).toEqual([
      { entryId: 'who-is-petro', helpful: false, userId: FAKE_IDS.user },
      { entryId: 'who-is-petro', helpful: false, userId: '1400000000000000055' },
    ]);
  });
});
