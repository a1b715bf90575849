import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EditActor } from '../../src/knowledge/auditLog.js';
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
