import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeFileOps } from '../../src/knowledge/durableFiles.js';
import {
  DuplicateIdError,
  NothingToUndoError,
  StaleEditError,
  UnknownEntryError,
  ValidationRejected,
} from '../../src/knowledge/editErrors.js';
import { KnowledgeError } from '../../src/knowledge/issues.js';
import type { KnowledgeStoreOptions } from '../../src/knowledge/storeTypes.js';
import { moderator, newEntry, useStoreFolders } from './helpers.js';

const fixture = useStoreFolders({ watch: false });
const openStore = (extra: Partial<KnowledgeStoreOptions> = {}) => fixture.open(extra);

const qaFile = () => join(fixture.folders.knowledgeDir, 'qa.yaml');
const qaBytes = () => readFile(qaFile());
const question = 'Who counts the occupants of the high-speed drug boats?';

describe('KnowledgeStore edits', () => {
  it('answers the very next question from an entry that was just added', async () => {
    const kb = await openStore();
    const result = await kb.add({ ...newEntry, id: 'occupants-counted', question }, moderator);
    expect(result.entry?.id).toBe('occupants-counted');
    const match = kb.current.matcher.match(question);
    expect(match.answered).toBe(true);
    expect(match.entry?.id).toBe('occupants-counted');
    expect(kb.current.knowledge.entries.some((e) => e.id === 'occupants-counted')).toBe(true);
  });

  it('gives a new entry without an id a unique slug made from its question', async () => {
    const kb = await openStore();
    const first = await kb.add({ ...newEntry, question: 'Who is Gustavo Petro, really?' }, moderator);
    const second = await kb.add({ ...newEntry, question: 'Who is Gustavo Petro, really?', alternates: [] }, moderator);
    expect(first.entry?.id).toBe('who-gustavo-petro');
    expect(second.entry?.id).toBe('who-gustavo-petro-2');
  });

  it('refuses an entry whose quote is not in the article, naming the problem, and leaves qa.yaml byte for byte unchanged', async () => {
    const kb = await openStore();
    const before = await qaBytes();
    const version = kb.current.version;
    const bad = { ...newEntry, id: 'made-up', quote: 'Petro said the boats were carrying bananas to Europe.' };
    const refusal = await kb.add(bad, moderator).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ValidationRejected);
    if (!(refusal instanceof ValidationRejected)) return;
    expect(refusal.onDisk).toBe(false);
    expect(refusal.issues).toContainEqual(expect.objectContaining({ id: 'made-up', message: expect.stringContaining('not verbatim') }));
    expect((await qaBytes()).equals(before)).toBe(true);
    expect(kb.current.version).toBe(version);
    expect(await kb.history()).toEqual([]);
  });

  it('refuses an id that is already taken and an entry that does not exist', async () => {
    const kb = await openStore();
    await expect(kb.add({ ...newEntry, id: 'story-summary' }, moderator)).rejects.toBeInstanceOf(DuplicateIdError);
    await expect(kb.addAlternate('no-such-entry', 'anything', moderator)).rejects.toBeInstanceOf(UnknownEntryError);
  });

  it('restores the previous qa.yaml byte for byte on undo, and records the undo as a change', async () => {
    const kb = await openStore();
    const original = await qaBytes();
    const version = kb.current.version;
    await kb.update('story-summary', { answer: 'It is about Colombia and the United States.' }, moderator, kb.versionOf('story-summary') ?? '');
    expect((await qaBytes()).equals(original)).toBe(false);

    const undone = await kb.undo(moderator);
    expect((await qaBytes()).equals(original)).toBe(true);
    expect(kb.current.version).toBe(version);
    expect(undone.change?.action).toBe('undo');
    expect(undone.entry?.answer).toMatch(/^Colombia's president/);
    const [latest, edit] = await kb.history();
    expect(latest?.reverts).toBe(edit?.changeId);
  });

  it('walks further back with each undo, and says so when there is nothing left', async () => {
    const kb = await openStore();
    const original = await qaBytes();
    await kb.addAlternate('story-summary', 'first new way to ask', moderator);
    await kb.addAlternate('story-summary', 'second new way to ask', moderator);
    await kb.undo(moderator);
    expect(kb.current.knowledge.entries[0]?.alternates).toContain('first new way to ask');
    await kb.undo(moderator);
    expect((await qaBytes()).equals(original)).toBe(true);
    await expect(kb.undo(moderator)).rejects.toBeInstanceOf(NothingToUndoError);
  });

  it('refuses an edit made against a version of the entry that someone else has since changed', async () => {
    const kb = await openStore();
    const opened = kb.versionOf('who-is-petro') ?? '';
    await kb.update('who-is-petro', { question: 'Who is Petro?' }, { ...moderator, id: '1', name: 'Other' }, opened);
    const stale = kb.update('who-is-petro', { question: 'Who is Gustavo Petro, exactly?' }, moderator, opened);
    await expect(stale).rejects.toBeInstanceOf(StaleEditError);
    await expect(stale).rejects.toThrow('changed by someone else since you opened it');
    await expect(kb.remove('who-is-petro', moderator, opened)).rejects.toBeInstanceOf(StaleEditError);
    expect(kb.current.knowledge.entries.find((e) => e.id === 'who-is-petro')?.question).toBe('Who is Petro?');
  });

  it('keeps every one of 50 concurrent edits', async () => {
    const kb = await openStore();
    // Spread over five entries: an entry has a cap on alternates (ENTRY_LIMITS).
    const targets = ['boats-destroyed', 'people-killed', 'who-is-petro', 'story-summary', 'order-duration'];
    const edits = Array.from({ length: 50 }, (_, n) => ({ id: targets[n % 5] ?? '', phrasing: `concurrent phrasing number ${n}` }));
    const results = await Promise.all(edits.map(({ id, phrasing }) => kb.addAlternate(id, phrasing, moderator)));
    expect(results.every((r) => r.change !== null)).toBe(true);
    for (const { id, phrasing } of edits) {
      expect(kb.current.knowledge.entries.find((e) => e.id === id)?.alternates).toContain(phrasing);
    }
    const onDisk = (await qaBytes()).toString('utf8');
    for (const { phrasing } of edits) expect(onDisk).toContain(`"${phrasing}"`);
    expect(await kb.history(undefined, 100)).toHaveLength(50);
  }, 60_000);

  it('keeps the comments and the layout of untouched entries when an entry is edited', async () => {
    const kb = await openStore();
    const before = (await qaBytes()).toString('utf8').split('\n');
    await kb.update('critics-not-consulted', { speaker: 'Gustavo Petro' }, moderator, kb.versionOf('critics-not-consulted') ?? '');
    const after = (await qaBytes()).toString('utf8').split('\n');
    expect(after).toHaveLength(before.length);
    const changed = after.filter((line, n) => line !== before[n]);
    expect(changed).toEqual(['    speaker: "Gustavo Petro"']);
    expect(after.filter((line) => line.trimStart().startsWith('#'))).toEqual(before.filter((line) => line.trimStart().startsWith('#')));
  });

  it('keeps a section comment when the first entry of the section is removed', async () => {
    const kb = await openStore();
    await kb.remove('why-petro-cut-intelligence', moderator, kb.versionOf('why-petro-cut-intelligence') ?? '');
    const text = (await qaBytes()).toString('utf8');
    expect(text).not.toContain('why-petro-cut-intelligence');
    expect(text).toMatch(/# --- Paragraph 2: why Petro acted, and his critics -+\n {2}- id: critics-not-consulted/);
  });

  it('records who changed which entry, with the entry before and after', async () => {
    const kb = await openStore();
    await kb.update('boats-destroyed', { answer: 'The U.S. reportedly has destroyed 19 boats since September.' }, moderator, kb.versionOf('boats-destroyed') ?? '');
    await kb.addAlternate('who-is-petro', 'who runs Colombia?', moderator);
    const [record] = await kb.history('boats-destroyed');
    expect(record).toMatchObject({
      action: 'update',
      entryId: 'boats-destroyed',
      moderatorId: moderator.id,
      moderatorName: moderator.name,
      guildId: moderator.guildId,
      before: { answer: 'The U.S. has reportedly destroyed 19 boats since September, and killed at least 75 occupants.' },
      after: { answer: 'The U.S. reportedly has destroyed 19 boats since September.' },
    });
    expect(Date.parse(record?.time ?? '')).not.toBeNaN();
    expect((await kb.history(undefined, 100)).map((r) => r.action)).toEqual(['add-alternate', 'update']);
  });

  it('refuses to open knowledge that fails the checks', async () => {
    const text = (await qaBytes()).toString('utf8').replace('paragraph: 17', 'paragraph: 99');
    await nodeFileOps.open(qaFile(), 'w').then(async (handle) => {
      await handle.writeFile(text);
      await handle.close();
    });
    await expect(openStore()).rejects.toBeInstanceOf(KnowledgeError);
  });
});
