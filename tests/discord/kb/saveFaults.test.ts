import { describe, expect, it } from 'vitest';
import { MessageFlags } from 'discord.js';
import { at, slash } from '../harness.js';
import { FAULT_CODES, FAULTS, faultyOps } from '../../knowledge/faultyOps.js';
import { kbHarnessPerTest } from './kbHarness.js';
import { kb, NEW_ENTRY, submit, textOf } from './kbPayloads.js';

const start = kbHarnessPerTest();

describe('/kb when the disk fails during an edit', () => {
  it.each(FAULTS)(
    'tells the moderator a new entry was not saved during %s, gives back what they typed, and answers as before',
    async (fault) => {
      let failing = false;
      const { send, store, qaBytes } = await start({ fileOps: (folders) => faultyOps(fault, folders, () => failing) });
      const original = await qaBytes();
      const askNew = () => send(slash('ask', { question: NEW_ENTRY.question }));
      const before = textOf(await askNew());

      failing = true;
      const refused = await send(submit('kb:add', NEW_ENTRY));

      expect(at(refused, 'data', 'flags')).toBe(MessageFlags.Ephemeral);
      const text = textOf(refused);
      expect(text).toContain('could not be saved');
      expect(text).toContain(FAULT_CODES[fault]);
      expect(text).toContain('the knowledge in use is unchanged');
      expect(text).toContain('What you typed is below');
      expect(text).toContain(NEW_ENTRY.quote);
      expect((await qaBytes()).equals(original)).toBe(true);
      expect(await store.history()).toEqual([]);
      expect(textOf(await askNew())).toBe(before);
    },
  );

  it('tells the moderator an alias was not saved, and the alias does not answer', async () => {
    let failing = false;
    const { send, qaBytes } = await start({ fileOps: (folders) => faultyOps('a read-only knowledge folder', folders, () => failing) });
    const original = await qaBytes();
    const alias = 'who is the man in the palace in bogota';
    const before = textOf(await send(slash('ask', { question: alias })));

    failing = true;
    const refused = textOf(await send(kb('alias', { id: 'who-is-petro', question: alias })));

    expect(refused).toContain('**Not done:**');
    expect(refused).toContain('could not be saved (EROFS');
    expect((await qaBytes()).equals(original)).toBe(true);
    expect(textOf(await send(slash('ask', { question: alias })))).toBe(before);

    failing = false;
    expect(textOf(await send(kb('alias', { id: 'who-is-petro', question: alias })))).toContain('who-is-petro');
    expect(String(at(await send(slash('ask', { question: alias })), 'data', 'embeds', 0, 'title'))).toBe('Who is Gustavo Petro?');
  });
});
