import { describe, expect, it } from 'vitest';
import { MessageFlags } from 'discord.js';
import { prop } from '../../support/fakeRest.js';
import { at, harnessPerTest, isPost, knowledge, slash, typing } from '../harness.js';

const start = harnessPerTest();

describe('/quote', () => {
  it('shows one of the article’s quotations, with speaker and paragraph, when given no options', async () => {
    const { fake } = await start();
    const sent = fake.sendInteraction(slash('quote'));

    const req = await fake.waitForRequest(isPost(sent.callbackPath));
    const description = String(at(req.body, 'data', 'embeds', 0, 'description'));
    const shown = (await knowledge()).quotations.find((q) => description.startsWith(`> ${q.text.replace(/,$/, '')}\n`));
    expect(shown).toBeDefined();
    expect(description).toContain(`— ${shown?.speaker}, paragraph ${shown?.paragraph}`);
    expect(at(req.body, 'data', 'flags') ?? 0).toBe(0);
  });

  it('shows a quotation by the chosen speaker, found by last name and without accents', async () => {
    const { fake } = await start();
    const sent = fake.sendInteraction(slash('quote', { speaker: 'pastrana' }));

    const req = await fake.waitForRequest(isPost(sent.callbackPath));
    expect(at(req.body, 'data', 'embeds', 0, 'title')).toBe('Quote from Andres Pastrana');
  });

  it('says no quotation matches a short search that is only part of words, and names the speakers it knows', async () => {
    const { fake } = await start();
    const sent = fake.sendInteraction(slash('quote', { search: 'gun' }));

    const req = await fake.waitForRequest(isPost(sent.callbackPath));
    const content = String(at(req.body, 'data', 'content'));
    expect(at(req.body, 'data', 'embeds') ?? []).toEqual([]);
    expect(content).toContain('No quotation matches “gun”');
    for (const speaker of ['Gustavo Petro', 'Andres Pastrana', 'Juan Manuel Galan']) expect(content).toContain(speaker);
  });

  it('finds the quotation by a long enough fragment of its words', async () => {
    const { fake } = await start();
    const sent = fake.sendInteraction(slash('quote', { search: 'playing with fir' }));

    const req = await fake.waitForRequest(isPost(sent.callbackPath));
    expect(String(at(req.body, 'data', 'embeds', 0, 'description'))).toContain('> President Petro is playing with fire\n');
  });

  it('says clearly, and only to the user, when no quotation matches', async () => {
    const { fake } = await start();
    const sent = fake.sendInteraction(slash('quote', { speaker: 'Abraham Lincoln' }));

    const req = await fake.waitForRequest(isPost(sent.callbackPath));
    expect(at(req.body, 'data', 'flags')).toBe(MessageFlags.Ephemeral);
    expect(String(at(req.body, 'data', 'content'))).toContain('no direct quotation from “Abraham Lincoln”');
  });

  it('suggests speakers from the quotations as the user types', async () => {
    const { fake } = await start();
    const sent = fake.sendInteraction(typing('quote', 'speaker', 'ga'));

    const req = await fake.waitForRequest(isPost(sent.callbackPath));
    expect(prop(req.body, 'type')).toBe(8);
    expect(at(req.body, 'data', 'choices')).toEqual([{ name: 'Juan Manuel Galan', value: 'Juan Manuel Galan' }]);
  });
});
