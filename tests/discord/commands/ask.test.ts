import { describe, expect, it } from 'vitest';
import { MessageFlags } from 'discord.js';
import { prop } from '../../support/fakeRest.js';
import { at, customIds, harnessPerTest, isPost, knowledge, slash, typing } from '../harness.js';

const start = harnessPerTest();

describe('/ask', () => {
  it('answers a question in the channel with the answer embed and its buttons', async () => {
    const { fake } = await start();
    const sent = fake.sendInteraction(slash('ask', { question: 'how many people have been killed?' }));

    const req = await fake.waitForRequest(isPost(sent.callbackPath));
    expect(prop(req.body, 'type')).toBe(4);
    expect(at(req.body, 'data', 'embeds', 0, 'title')).toBe('How many people have been killed in the U.S. boat strikes?');
    expect(at(req.body, 'data', 'embeds', 0, 'footer', 'text')).toMatch(/^Confidence \d+%$/);
    expect(at(req.body, 'data', 'flags') ?? 0).toBe(0);
    expect(at(req.body, 'data', 'allowed_mentions')).toEqual({ parse: [] });
    expect(customIds(at(req.body, 'data'))).toEqual(
      expect.arrayContaining(['fb:up:people-killed', 'fb:down:people-killed']),
    );
  });

  it('answers privately (ephemeral, flags 64) with private:true', async () => {
    const { fake } = await start();
    const sent = fake.sendInteraction(slash('ask', { question: 'who is Gustavo Petro?', private: true }));

    const req = await fake.waitForRequest(isPost(sent.callbackPath));
    expect(at(req.body, 'data', 'flags')).toBe(MessageFlags.Ephemeral);
    expect(at(req.body, 'data', 'embeds', 0, 'title')).toBe('Who is Gustavo Petro?');
  });

  it('answers exactly the entry picked from the suggestions (the choice value is its id)', async () => {
    const { fake } = await start();
    const sent = fake.sendInteraction(slash('ask', { question: 'order-duration' }));

    const req = await fake.waitForRequest(isPost(sent.callbackPath));
    expect(at(req.body, 'data', 'embeds', 0, 'title')).toBe("How long will Petro's order last?");
    expect(at(req.body, 'data', 'embeds', 0, 'footer', 'text')).toBe('You picked this question');
  });

  it('tells only the asker when the article does not cover the question', async () => {
    const { fake } = await start();
    const sent = fake.sendInteraction(slash('ask', { question: 'what is the capital of France?' }));

    const req = await fake.waitForRequest(isPost(sent.callbackPath));
    expect(at(req.body, 'data', 'flags')).toBe(MessageFlags.Ephemeral);
    expect(String(at(req.body, 'data', 'content'))).toContain('doesn’t seem to cover');
    expect(at(req.body, 'data', 'embeds') ?? []).toEqual([]);
  });

  it('throttles a second public question within the cooldown with a polite ephemeral note', async () => {
    const { fake } = await start({ cooldownSeconds: 60 });
    const first = fake.sendInteraction(slash('ask', { question: 'who is Gustavo Petro?' }));
    await fake.waitForRequest(isPost(first.callbackPath));
    const second = fake.sendInteraction(slash('ask', { question: 'who is Gustavo Petro?' }));

    const req = await fake.waitForRequest(isPost(second.callbackPath));
    expect(at(req.body, 'data', 'flags')).toBe(MessageFlags.Ephemeral);
    expect(String(at(req.body, 'data', 'content'))).toMatch(/asking a little fast: please wait \d+ seconds?/);
  });

  it('suggests at most 25 questions, with names within 100 characters, as the user types', async () => {
    const { fake } = await start();
    const sent = ['', 'pet', 'how many boats', 'zzzz'].map((text) => fake.sendInteraction(typing('ask', 'question', text)));

    const entries = (await knowledge()).entries;
    const choiceLists = await Promise.all(
      sent.map(async (s) => {
        const req = await fake.waitForRequest(isPost(s.callbackPath));
        expect(prop(req.body, 'type')).toBe(8);
        const choices = at(req.body, 'data', 'choices');
        return Array.isArray(choices) ? choices : [];
      }),
    );
    for (const choices of choiceLists) {
      expect(choices.length).toBeLessThanOrEqual(25);
      for (const choice of choices) {
        expect(String(prop(choice, 'name')).length).toBeLessThanOrEqual(100);
        expect(entries.map((e) => e.id)).toContain(prop(choice, 'value'));
      }
    }
    const [empty, partial, words, nonsense] = choiceLists;
    expect(empty).toHaveLength(Math.min(25, entries.length));
    expect(partial?.length).toBeGreaterThan(0);
    expect(prop(words?.[0], 'value')).toBe('boats-destroyed');
    expect(nonsense).toEqual([]);
  });
});
