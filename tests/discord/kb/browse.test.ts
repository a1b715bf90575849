import { describe, expect, it } from 'vitest';
import { at, customIds } from '../harness.js';
import { kbHarnessPerTest } from './kbHarness.js';
import { click, kb, textOf } from './kbPayloads.js';

const start = kbHarnessPerTest();

describe('/kb show, list, test and history', () => {
  it('shows an entry with every field and its version', async () => {
    const { send, store } = await start();

    const shown = await send(kb('show', { id: 'who-is-petro' }));

    expect(at(shown, 'data', 'embeds', 0, 'title')).toBe('who-is-petro');
    const text = textOf(shown);
    expect(text).toContain('**Who is Gustavo Petro?**');
    expect(text).toContain('Speaker: Juan Manuel Galan');
    expect(text).toContain('Paragraph: 9');
    expect(String(at(shown, 'data', 'embeds', 0, 'footer', 'text'))).toContain(`Version ${store.versionOf('who-is-petro')}`);
  });

  it('lists the entries fifteen to a page, turning pages with buttons that update the message', async () => {
    const { send, store } = await start();
    const entries = store.current.knowledge.entries;
    const pages = Math.ceil(entries.length / 15);

    const first = await send(kb('list'));
    expect(customIds(at(first, 'data'))).toEqual(['kb:list:0', 'kb:list:1']);
    expect(at(first, 'data', 'components', 0, 'components', 0, 'disabled')).toBe(true);
    expect(textOf(first)).toContain(`\`${entries[0]?.id}\``);

    const second = await send(click('kb:list:1'));
    expect(at(second, 'type')).toBe(7);
    expect(textOf(second)).toContain(`\`${entries[15]?.id}\``);
    expect(String(at(second, 'data', 'embeds', 0, 'footer', 'text'))).toBe(`Page 2 of ${pages}`);

    // A page that no longer exists (the list shrank) shows the last one.
    const beyond = await send(click('kb:list:9999'));
    expect(String(at(beyond, 'data', 'embeds', 0, 'footer', 'text'))).toBe(`Page ${pages} of ${pages}`);
  });

  it('tries a question without answering or recording it: top three candidates and the decision', async () => {
    const { send, feedback } = await start();

    const answered = textOf(await send(kb('test', { question: 'how many boats were destroyed?' })));
    const unanswered = textOf(await send(kb('test', { question: 'what is the capital of France?' })));

    expect(answered).toMatch(/Would answer\*\* with `boats-destroyed` .* \(confidence \d+%\)/);
    expect(answered.match(/^\d\. `[a-z-]+` .*: \d+%$/gm)).toHaveLength(3);
    expect(unanswered).toContain('Would not answer:** no entry is close enough');
    expect((await feedback.stats()).asked).toBe(0);
    expect(await feedback.reviewQueue()).toEqual([]);
  });

  it('lists the latest changes, who made them and what they were, for all entries or one', async () => {
    const { send } = await start();
    await send(kb('alias', { id: 'who-is-petro', question: 'who is this petro fellow' }));
    await send(kb('alias', { id: 'boats-destroyed', question: 'boat tally' }));

    const all = textOf(await send(kb('history')));
    const one = textOf(await send(kb('history', { id: 'who-is-petro' })));

    expect(all.split('\n').filter((line) => line.includes('**mod** added'))).toEqual([
      expect.stringMatching(/^<t:\d+:f> \*\*mod\*\* added “boat tally” to `boats-destroyed`$/),
      expect.stringMatching(/^<t:\d+:f> \*\*mod\*\* added “who is this petro fellow” to `who-is-petro`$/),
    ]);
    expect(one).toContain('who is this petro fellow');
    expect(one).not.toContain('boat tally');
  });
});
