import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach } from 'vitest';
import type { EditActor } from '../../src/knowledge/auditLog.js';
import { KnowledgeStore } from '../../src/knowledge/store.js';
import type { KnowledgeStoreOptions } from '../../src/knowledge/storeTypes.js';
import type { EntryDraft } from '../../src/knowledge/qaDocument.js';
import type { LogFields, Logger } from '../../src/logger.js';

const knowledgeSource = fileURLToPath(new URL('../../knowledge', import.meta.url));

export interface TempFolders {
  root: string;
  knowledgeDir: string;
  dataDir: string;
  cleanup(): Promise<void>;
}

/** A private copy of knowledge/ and an empty data folder, so tests never touch the real files or each other. */
export async function tempKnowledge(): Promise<TempFolders> {
  const root = await mkdtemp(join(tmpdir(), 'kb-store-'));
  const knowledgeDir = join(root, 'knowledge');
  const dataDir = join(root, 'data');
  await cp(knowledgeSource, knowledgeDir, { recursive: true });
  return { root, knowledgeDir, dataDir, cleanup: () => rm(root, { recursive: true, force: true }) };
}

/** Collects log events instead of printing them. */
export function quietLogger(): Logger & { events: Array<{ event: string; fields: LogFields }> } {
  const events: Array<{ event: string; fields: LogFields }> = [];
  const keep = (event: string, fields: LogFields = {}) => void events.push({ event, fields });
  return { events, debug: keep, info: keep, warn: keep, error: keep };
}

export const moderator: EditActor = { id: '123456789012345678', name: 'Mod Erator', guildId: '987654321098765432' };

/** A valid new entry: its quote is verbatim from paragraph 5 of the article. */
export const newEntry: EntryDraft = {
  question: 'How long will the suspension of intelligence sharing last?',
  alternates: ['when will the order end?'],
  answer: 'Petro wrote that the order stands until the Trump administration stops bombing drug boats in the Caribbean.',
  quote: 'The order stands until the Trump administration stops bombing drug boats in the Caribbean',
  speaker: null,
  paragraph: 5,
};

/** Polls until `check` passes or the time runs out (then fails with the last error). */
export async function eventually(check: () => void | Promise<void>, timeoutMs = 3_000, everyMs = 20): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  }
}

export interface StoreFixture {
  /** This test's private folders. */
  readonly folders: TempFolders;
  /** Opens a store over this test's folders; it is closed after the test. */
  open(extra?: Partial<KnowledgeStoreOptions>): Promise<KnowledgeStore>;
}

/** Fresh folders for every test of the file, and every store opened on them closed afterwards. */
export function useStoreFolders(defaults: Partial<KnowledgeStoreOptions> = {}): StoreFixture {
  let current: TempFolders | undefined;
  const stores: KnowledgeStore[] = [];
  beforeEach(async () => {
    current = await tempKnowledge();
  });
  afterEach(async () => {
    await Promise.all(stores.splice(0).map((store) => store.close()));
    await current?.cleanup();
  });
  const folders = (): TempFolders => {
    if (!current) throw new Error('store folders are only there inside a test');
    return current;
  };
  return {
    get folders() {
      return folders();
    },
    async open(extra = {}) {
      const { knowledgeDir, dataDir } = folders();
      const store = await KnowledgeStore.open({ knowledgeDir, dataDir, logger: quietLogger(), ...defaults, ...extra });
      stores.push(store);
      return store;
    },
  };
}
