import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SaveFailedError } from '../../src/knowledge/editErrors.js';
import { KnowledgeStore } from '../../src/knowledge/store.js';
import type { KnowledgeStoreOptions } from '../../src/knowledge/storeTypes.js';
import { FAULT_CODES, FAULTS, faultyOps } from './faultyOps.js';
import { faultyStorage } from './faultyStorage.js';
import { moderator, quietLogger, useStoreFolders } from './helpers.js';

const fixture = useStoreFolders({ watch: false });
const openStore = (extra: Partial<KnowledgeStoreOptions> = {}) => fixture.open(extra);

const qaFile = () => join(fixture.folders.knowledgeDir, 'qa.yaml');
const qaBytes = () => readFile(qaFile());
const alternatesOf = (store: KnowledgeStore, id: string) =>
  store.current.knowledge.entries.find((e) => e.id === id)?.alternates ?? [];

describe('KnowledgeStore when the disk fails it', () => {
  it.each(FAULTS)(
    'refuses an edit during %s with SaveFailedError, keeps the file, the knowledge in use and the log as they were, and saves again once it is over',
    async (fault) => {
      let failing = false;
      const kb = await openStore({ fileOps: faultyOps(fault, fixture.folders, () => failing) });
      const before = await qaBytes();
      const { version } = kb.current;
      const files = await readdir(fixture.folders.knowledgeDir);

      failing = true;
      const failed = kb.addAlternate('story-summary', 'will this be saved?', moderator);
      await expect(failed).rejects.toBeInstanceOf(SaveFailedError);
      await expect(failed).rejects.toThrow(new RegExp(`${FAULT_CODES[fault]}.*the knowledge in use is unchanged`));

      expect((await qaBytes()).equals(before)).toBe(true);
      expect(await readdir(fixture.folders.knowledgeDir)).toEqual(files);
      expect(kb.current.version).toBe(version);
      expect(alternatesOf(kb, 'story-summary')).not.toContain('will this be saved?');
      expect(kb.current.matcher.match('will this be saved?').entry?.id).not.toBe('story-summary');
      expect(await kb.history()).toEqual([]);

      failing = false;
      await kb.addAlternate('story-summary', 'saved once the disk is back', moderator);
      expect((await qaBytes()).toString('utf8')).toContain('saved once the disk is back');
      expect((await kb.history()).map((r) => r.action)).toEqual(['add-alternate']);
    },
  );

  it('refuses an edit while the database cannot keep the copies undo needs, and leaves the file and the knowledge in use as they were', async () => {
    let failing = false;
    const storage = await faultyStorage(fixture.folders.dataDir, ['snapshots'], () => failing);
    const kb = await openStore({ storage });
    const before = await qaBytes();

    failing = true;
    await expect(kb.addAlternate('story-summary', 'will this be saved?', moderator)).rejects.toBeInstanceOf(SaveFailedError);
    expect((await qaBytes()).equals(before)).toBe(true);
    expect(alternatesOf(kb, 'story-summary')).not.toContain('will this be saved?');

    failing = false;
    await kb.addAlternate('story-summary', 'saved once the database is back', moderator);
    expect((await kb.history()).map((r) => r.action)).toEqual(['add-alternate']);
    await kb.close();
    await storage.close();
  });

  it('keeps a change that reached the file when only its audit record cannot be written, and records it on the next open', async () => {
    const logger = quietLogger();
    let failing = false;
    const storage = await faultyStorage(fixture.folders.dataDir, ['audit'], () => failing);
    const kb = await openStore({ logger, storage });
    await kb.addAlternate('story-summary', 'saved and logged', moderator);
    const logged = await qaBytes();

    failing = true;
    await kb.addAlternate('story-summary', 'saved but not logged', moderator);

    expect(alternatesOf(kb, 'story-summary')).toContain('saved but not logged');
    expect((await qaBytes()).toString('utf8')).toContain('saved but not logged');
    expect(logger.events.map((e) => e.event)).toContain('audit-record-not-written');
    expect(await kb.history()).toHaveLength(1);
    await kb.close();
    await storage.close();

    const reopened = await openStore();
    const [record] = await reopened.history();
    expect(record).toMatchObject({ action: 'external-edit', entryId: 'story-summary', reverts: null });
    expect(record?.after?.alternates).toContain('saved but not logged');
    await reopened.undo(moderator);
    expect((await qaBytes()).equals(logged)).toBe(true);
  });

  it('writes the record it could not write ahead of the next one, once the log can be written again', async () => {
    let failing = false;
    const storage = await faultyStorage(fixture.folders.dataDir, ['audit'], () => failing);
    const kb = await openStore({ storage });
    const original = await qaBytes();

    failing = true;
    await kb.addAlternate('story-summary', 'first, while the disk was full', moderator);
    failing = false;
    await kb.addAlternate('story-summary', 'second, once there was room', moderator);

    const [second, first] = await kb.history();
    expect(first).toMatchObject({ action: 'add-alternate', moderatorId: moderator.id, previousHash: expect.any(String) });
    expect(second?.previousHash).toBe(first?.nextHash);
    await kb.undo(moderator);
    await kb.undo(moderator);
    expect((await qaBytes()).equals(original)).toBe(true);
    await kb.close();
    await storage.close();
  });

  it('records a qa.yaml put back to an earlier version while the bot was stopped as a hand edit, which undo can revert', async () => {
    const kb = await openStore();
    const original = await qaBytes();
    await kb.addAlternate('story-summary', 'a change put back by hand', moderator);
    const changed = await qaBytes();
    await kb.close();
    await writeFile(qaFile(), original);

    const reopened = await openStore();
    const [putBack, edit] = await reopened.history();
    expect(putBack).toMatchObject({ action: 'external-edit', entryId: 'story-summary', reverts: null });
    expect(putBack?.previousHash).toBe(edit?.nextHash);
    await reopened.undo(moderator);
    expect((await qaBytes()).equals(changed)).toBe(true);
  });

  it('removes the temp files of saves that were killed mid-write when it opens', async () => {
    // A pid no process has: the writer is gone. Our own pid: a live writer, left alone.
    const dead = join(fixture.folders.knowledgeDir, '.qa.yaml.999999999.0123abcd.tmp');
    const live = join(fixture.folders.knowledgeDir, `.qa.yaml.${process.pid}.0123abcd.tmp`);
    await Promise.all([writeFile(dead, 'entries: [half'), writeFile(live, 'entries: [half')]);

    await openStore();

    const left = await readdir(fixture.folders.knowledgeDir);
    expect(left).not.toContain('.qa.yaml.999999999.0123abcd.tmp');
    expect(left).toContain(`.qa.yaml.${process.pid}.0123abcd.tmp`);
  });
});
