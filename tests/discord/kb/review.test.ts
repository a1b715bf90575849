import { describe, expect, it } from 'vitest';
import { at, customIds, slash } from '../harness.js';
import { kbHarnessPerTest } from './kbHarness.js';
import { click, formOf, kb, NEW_ENTRY, submit, textOf } from './kbPayloads.js';
import { componentInteraction } from '../../support/interactions.js';

const start = kbHarnessPerTest();

// Not answered by the curated knowledge, but close to an entry: what /kb review is for.
const MISSED = 'Who did Petro disagree with on the coca numbers?';

describe('/kb review', () => {
  it('fills from unanswered questions, and "Add as alternate" makes the same question answered', async () => {
    const { send } = await start();
    expect(textOf(await send(slash('ask', { question: MISSED })))).toContain('doesn’t seem to cover');
    await send(slash('ask', { question: MISSED.toLowerCase().replace('?', '') }));

    const queue = await send(kb('review'));
    expect(textOf(queue)).toContain('**Review queue:** 1 question');
    expect(textOf(queue)).toContain('Asked 2 times (2 unanswered)');
    const [add, create, dismiss] = customIds(at(queue, 'data'));
    expect(add).toMatch(/^kb:alt:[0-9a-f]{12}:[a-z0-9-]+$/);
    expect(create).toMatch(/^kb:new:[0-9a-f]{12}$/);
    expect(dismiss).toMatch(/^kb:dis:[0-9a-f]{12}$/);
    const nearest = add?.split(':')[3];

    const added = await send(click(add ?? ''));

    expect(at(added, 'type')).toBe(7);
    expect(textOf(added)).toContain(`✅ Added to \`${nearest}\``);
    expect(textOf(added)).toContain('is now answered by it');
    expect(textOf(added)).toContain('The review queue is empty');
    const answer = await send(slash('ask', { question: MISSED }));
    expect(at(answer, 'data', 'embeds', 0, 'title')).toBeTypeOf('string');
    expect(customIds(at(answer, 'data'))).toContain(`fb:up:${nearest}`);
  });

  it('opens the add form with the question filled in from "Create entry", and saving it clears the group', async () => {
    const { send } = await start();
    await send(slash('ask', { question: NEW_ENTRY.question }));
    const [, create] = customIds(at(await send(kb('review')), 'data'));

    const form = formOf(await send(click(create ?? '')));

    expect(form.customId).toBe(`kb:add:${create?.split(':')[2]}`);
    expect(form.values.question).toBe(NEW_ENTRY.question);
    expect(textOf(await send(submit(form.customId, NEW_ENTRY)))).toContain('✅ Added');
    expect(textOf(await send(kb('review')))).toContain('The review queue is empty');
  });

  it('hides a dismissed group until the question is asked again, and also lists answers rated not helpful', async () => {
    const { send } = await start();
    await send(slash('ask', { question: MISSED }));
    const [, , dismiss] = customIds(at(await send(kb('review')), 'data'));

    const dismissed = await send(click(dismiss ?? ''));
    expect(textOf(dismissed)).toContain('Dismissed “Who did Petro disagree with on the coca numbers?”');
    expect(textOf(dismissed)).toContain('The review queue is empty');
    // A button drawn before the dismissal is stale now.
    expect(textOf(await send(click(dismiss ?? '')))).toContain('no longer active');

    await send(slash('ask', { question: MISSED }));
    await send(componentInteraction({ customId: 'fb:down:boats-destroyed' }));
    const queue = textOf(await send(kb('review')));
    expect(queue).toContain('**Review queue:** 2 questions');
    expect(queue).toContain('1 not helpful');
  });
});

describe('/kb stats', () => {
  it('counts questions, the share answered, the most asked entries and unanswered questions, and ratings', async () => {
    const { send } = await start();
    await send(slash('ask', { question: 'how many boats were destroyed?' }));
    await send(slash('ask', { question: 'How many boats has the U.S. destroyed?' }));
    await send(slash('ask', { question: MISSED }));
    await send(componentInteraction({ customId: 'fb:up:boats-destroyed' }));

    const stats = textOf(await send(kb('stats')));

    expect(stats).toContain('**3** questions asked, **67%** answered (2)');
    expect(stats).toContain('2 × `boats-destroyed`');
    expect(stats).toContain(`1 × “${MISSED}”`);
    expect(stats).toContain('👍 1 helpful · 👎 0 not helpful');
  });
});
