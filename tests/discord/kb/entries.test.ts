import { describe, expect, it } from 'vitest';
import { MessageFlags } from 'discord.js';
import { prop } from '../../support/fakeRest.js';
import { at, customIds, slash } from '../harness.js';
import { ENTRY_LIMITS } from '../../../src/knowledge/schema.js';
import { kbHarnessPerTest } from './kbHarness.js';
import { click, formOf, kb, NEW_ENTRY, submit, textOf } from './kbPayloads.js';

const start = kbHarnessPerTest();

describe('/kb add', () => {
  it('opens a form of five labelled inputs within Discord’s limits', async () => {
    const { send } = await start();
    const form = await send(kb('add'));

    expect(formOf(form).customId).toBe('kb:add');
    const labels = at(form, 'data', 'components');
    expect(Array.isArray(labels) && labels.map((l: unknown) => at(l, 'component', 'custom_id'))).toEqual([
      'question',
      'alternates',
      'answer',
      'quote',
      'speaker',
    ]);
    for (const label of Array.isArray(labels) ? labels : []) {
      expect(String(at(label, 'label')).length).toBeLessThanOrEqual(45);
      expect(Number(at(label, 'component', 'max_length'))).toBeLessThanOrEqual(4000);
    }
    expect(String(at(form, 'data', 'title')).length).toBeLessThanOrEqual(45);
  });

  it('saves an entry typed into the form, and the very next /ask finds it', async () => {
    const { send, store, qaBytes } = await start();
    const before = await send(slash('ask', { question: NEW_ENTRY.question }));
    expect(textOf(before)).toContain('doesn’t seem to cover');

    const saved = await send(submit('kb:add', NEW_ENTRY));

    expect(textOf(saved)).toContain('✅ Added `who-keeps-count-occupants-drug-boats`');
    expect(textOf(saved)).toContain('is now answered by it');
    const entry = store.current.knowledge.entries.find((e) => e.question === NEW_ENTRY.question);
    // The paragraph is where the quote is; blank alternate lines are dropped.
    expect(entry).toMatchObject({ paragraph: 5, speaker: null, alternates: ['who keeps count of the boat occupants', 'how are the dead on the boats counted'] });
    expect((await qaBytes()).toString('utf8')).toContain(`question: "${NEW_ENTRY.question}"`);
    const answer = await send(slash('ask', { question: NEW_ENTRY.question }));
    expect(at(answer, 'data', 'embeds', 0, 'title')).toBe(NEW_ENTRY.question);
    const [record] = await store.history();
    expect(record).toMatchObject({ action: 'add', moderatorId: '1400000000000000009', moderatorName: 'mod' });
  });

  it('refuses a quote that is not in the article, naming every problem and giving back what was typed, and leaves qa.yaml byte for byte unchanged', async () => {
    const { send, store, qaBytes } = await start();
    const original = await qaBytes();
    const typed = { ...NEW_ENTRY, answer: '', quote: 'Petro said the ```boats``` were carrying bananas to @everyone in Europe.' };

    const refused = await send(submit('kb:add', typed));

    expect(at(refused, 'data', 'flags')).toBe(MessageFlags.Ephemeral);
    const content = String(at(refused, 'data', 'content'));
    expect(content).toContain('Not saved');
    expect(content).toContain('quote is not verbatim article text');
    expect(content).toContain('answer: must not be empty');
    const echoed = String(at(refused, 'data', 'embeds', 0, 'description'));
    expect(echoed).toContain(NEW_ENTRY.question);
    expect(echoed).toContain('how are the dead on the boats counted');
    // Inside its code block the typed quote cannot close the block early.
    expect(echoed).toContain('Petro said the `\u200b``boats`\u200b`` were carrying bananas to @everyone in Europe.');
    expect((await qaBytes()).equals(original)).toBe(true);
    expect(await store.history()).toEqual([]);
  });

  it('gives back typed text too long for one message as a file', async () => {
    const { request } = await start();
    const alternates = Array.from({ length: ENTRY_LIMITS.alternates + 10 }, (_, n) => `a rather long way number ${n} of asking who counts the boat occupants`);

    const refused = await request(submit('kb:add', { ...NEW_ENTRY, alternates: alternates.join('\n') }));

    expect(String(at(refused.body, 'data', 'content'))).toContain(`must have at most ${ENTRY_LIMITS.alternates} alternates`);
    expect(refused.files.map((f) => f.name)).toEqual(['what-you-typed.txt']);
  });
});

describe('/kb edit', () => {
  it('opens the form filled in with the entry, carrying its version, and saves the change', async () => {
    const { send, store } = await start();
    const entry = store.current.knowledge.entries.find((e) => e.id === 'who-is-petro');

    const form = formOf(await send(kb('edit', { id: 'who-is-petro' })));

    expect(form.customId).toBe(`kb:edit:who-is-petro:${store.versionOf('who-is-petro')}`);
    expect(form.values).toEqual({
      question: entry?.question,
      alternates: entry?.alternates.join('\n'),
      answer: entry?.answer,
      quote: entry?.quote,
      speaker: entry?.speaker ?? '',
    });
    const saved = await send(submit(form.customId, { ...form.values, question: 'Who is Gustavo Petro, exactly?' }));
    expect(textOf(saved)).toContain('✅ Saved `who-is-petro`');
    expect(store.current.knowledge.entries.find((e) => e.id === 'who-is-petro')?.question).toBe('Who is Gustavo Petro, exactly?');
  });

  it('refuses a form opened before someone else changed the entry, and gives back what was typed', async () => {
    const { send, store, qaBytes } = await start();
    const form = formOf(await send(kb('edit', { id: 'who-is-petro' })));
    expect(textOf(await send(kb('alias', { id: 'who-is-petro', question: 'who exactly is this petro' })))).toContain('✅');
    const afterOtherChange = await qaBytes();

    const stale = await send(submit(form.customId, { ...form.values, answer: 'My edit, made from an old view.' }));

    expect(String(at(stale, 'data', 'content'))).toContain('changed by someone else since you opened it');
    expect(String(at(stale, 'data', 'embeds', 0, 'description'))).toContain('My edit, made from an old view.');
    expect((await qaBytes()).equals(afterOtherChange)).toBe(true);
    expect(store.current.knowledge.entries.find((e) => e.id === 'who-is-petro')?.alternates).toContain('who exactly is this petro');
  });

  it('says so when there is no such entry', async () => {
    const { send } = await start();
    expect(textOf(await send(kb('edit', { id: 'no-such-entry' })))).toContain('There is no entry `no-such-entry`');
  });
});

describe('/kb remove and /kb undo', () => {
  it('asks for confirmation, removes on the click, and undo restores qa.yaml byte for byte', async () => {
    const { send, store, qaBytes } = await start();
    const original = await qaBytes();

    const asked = await send(kb('remove', { id: 'who-is-petro' }));
    const version = store.versionOf('who-is-petro');
    expect(customIds(prop(asked, 'data'))).toEqual([`kb:rm:who-is-petro:${version}`, 'kb:cancel']);
    expect((await qaBytes()).equals(original)).toBe(true);

    const removed = await send(click(`kb:rm:who-is-petro:${version}`));
    expect(prop(removed, 'type')).toBe(7);
    expect(textOf(removed)).toContain('Removed `who-is-petro`');
    expect(at(removed, 'data', 'components')).toEqual([]);
    expect(store.versionOf('who-is-petro')).toBeNull();

    const undone = await send(kb('undo'));
    expect(textOf(undone)).toContain('Undone');
    expect((await qaBytes()).equals(original)).toBe(true);
    const answer = await send(slash('ask', { question: 'who is Gustavo Petro?' }));
    expect(at(answer, 'data', 'embeds', 0, 'title')).toBe('Who is Gustavo Petro?');
  });

  it('changes nothing on Cancel, and says when there is nothing to undo', async () => {
    const { send, qaBytes } = await start();
    const original = await qaBytes();
    await send(kb('remove', { id: 'who-is-petro' }));

    const cancelled = await send(click('kb:cancel'));

    expect(prop(cancelled, 'type')).toBe(7);
    expect(textOf(cancelled)).toContain('nothing was changed');
    expect(textOf(await send(kb('undo')))).toContain('there is no change to undo');
    expect((await qaBytes()).equals(original)).toBe(true);
  });
});
