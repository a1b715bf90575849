import { describe, expect, it } from 'vitest';
import { ComponentType } from 'discord.js';
import { REFUSAL } from '../../../src/discord/commands/kb/access.js';
import { at } from '../harness.js';
import { kbHarnessPerTest, type KbHarness } from './kbHarness.js';
import { formOf, kb, member, submit, textOf } from './kbPayloads.js';

const start = kbHarnessPerTest();

const SPANISH = {
  question: '¿Quién es Gustavo Petro, exactamente?',
  alternates: '¿quien es petro?\n\n   ¿Petro es el presidente?  ',
  answer: 'Gustavo Petro es el presidente de Colombia.',
};

async function openForm(send: KbHarness['send'], id: string) {
  return formOf(await send(kb('translate', { id })));
}

describe('/kb translate', () => {
  it('opens a form of the Spanish side, prefilled, under the English question and answer, carrying the version', async () => {
    const { send, store } = await start();
    const entry = store.current.knowledge.entries.find((e) => e.id === 'who-is-petro');

    const response = await send(kb('translate', { id: 'who-is-petro' }));

    const form = formOf(response);
    expect(form.customId).toBe(`kb:es:who-is-petro:${store.versionOf('who-is-petro')}`);
    expect(form.values).toEqual({
      question: entry?.es?.question,
      alternates: entry?.es?.alternates.join('\n'),
      answer: entry?.es?.answer,
    });
    expect(at(response, 'data', 'components', 0, 'type')).toBe(ComponentType.TextDisplay);
    expect(String(at(response, 'data', 'components', 0, 'content'))).toContain('Who is Gustavo Petro?');
    expect(String(at(response, 'data', 'title')).length).toBeLessThanOrEqual(45);
  });

  it('saves the Spanish side, leaving the English fields as they were, and undo restores qa.yaml byte for byte', async () => {
    const { send, store, qaBytes } = await start();
    const original = await qaBytes();
    const before = store.current.knowledge.entries.find((e) => e.id === 'who-is-petro');
    const form = await openForm(send, 'who-is-petro');

    const saved = await send(submit(form.customId, SPANISH));

    expect(textOf(saved)).toContain('✅ Saved the Spanish side of `who-is-petro`');
    const after = store.current.knowledge.entries.find((e) => e.id === 'who-is-petro');
    expect(after).toEqual({
      ...before,
      es: { question: SPANISH.question, alternates: ['¿quien es petro?', '¿Petro es el presidente?'], answer: SPANISH.answer },
    });
    expect((await qaBytes()).toString('utf8')).toContain(`    es:\n      question: "${SPANISH.question}"\n`);
    const [record] = await store.history('who-is-petro');
    expect(record).toMatchObject({ action: 'update', moderatorName: 'mod', before: { es: before?.es }, after: { es: after?.es } });

    expect(textOf(await send(kb('undo')))).toContain('Undone');
    expect((await qaBytes()).equals(original)).toBe(true);
  });

  it('gives an entry without a Spanish side its first one', async () => {
    const { send, store } = await start();
    const version = store.versionOf('who-is-petro') ?? '';
    await store.update('who-is-petro', { es: null }, { id: '1', name: 'setup', guildId: null }, version);

    const form = await openForm(send, 'who-is-petro');
    expect(form.values).toEqual({ question: '', alternates: '', answer: '' });
    const saved = await send(submit(form.customId, { question: SPANISH.question, answer: SPANISH.answer }));

    expect(textOf(saved)).toContain('✅ Saved the Spanish side');
    const entry = store.current.knowledge.entries.find((e) => e.id === 'who-is-petro');
    expect(entry?.es).toEqual({ question: SPANISH.question, alternates: [], answer: SPANISH.answer });
  });

  it('refuses an empty Spanish answer, naming the field and giving back what was typed, and changes nothing', async () => {
    const { send, store, qaBytes } = await start();
    const original = await qaBytes();
    const form = await openForm(send, 'who-is-petro');

    const refused = await send(submit(form.customId, { ...SPANISH, answer: '   ' }));

    expect(String(at(refused, 'data', 'content'))).toContain('es.answer: must not be empty');
    expect(String(at(refused, 'data', 'content'))).toContain('`/kb translate who-is-petro`');
    expect(String(at(refused, 'data', 'embeds', 0, 'description'))).toContain(SPANISH.question);
    expect((await qaBytes()).equals(original)).toBe(true);
    expect(await store.history()).toEqual([]);
  });

  it('refuses a form opened before someone else changed the entry', async () => {
    const { send, qaBytes } = await start();
    const form = await openForm(send, 'who-is-petro');
    expect(textOf(await send(kb('alias', { id: 'who-is-petro', question: 'who exactly is this petro' })))).toContain('✅');
    const afterOtherChange = await qaBytes();

    const stale = await send(submit(form.customId, SPANISH));

    expect(String(at(stale, 'data', 'content'))).toContain('changed by someone else since you opened it');
    expect((await qaBytes()).equals(afterOtherChange)).toBe(true);
  });

  it('saves a Spanish answer with a number the quote does not hold, and warns about it', async () => {
    const { send } = await start();
    const form = await openForm(send, 'boats-destroyed');

    const saved = await send(submit(form.customId, { ...form.values, answer: 'Según lo reportado, EE.UU. ha destruido 91 lanchas.' }));

    expect(textOf(saved)).toContain('✅ Saved');
    expect(textOf(saved)).toContain('Spanish answer mentions 91, which the quote does not');
  });

  it('says so when there is no such entry, and refuses a member’s forged form', async () => {
    const { send, store, qaBytes } = await start();
    const original = await qaBytes();
    expect(textOf(await send(kb('translate', { id: 'no-such-entry' })))).toContain('There is no entry `no-such-entry`');

    const forged = await send(submit(`kb:es:who-is-petro:${store.versionOf('who-is-petro')}`, SPANISH, member));

    expect(at(forged, 'data', 'content')).toBe(REFUSAL);
    expect((await qaBytes()).equals(original)).toBe(true);
  });
});
