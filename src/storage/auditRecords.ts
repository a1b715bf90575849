/**
 * Audit records to and from rows. Each row says which entry schema its
 * before/after JSON was written with, and reading never depends on today's
 * schema accepting it: an entry recorded before a field was added (or made
 * required) still shows in /kb history and still lets /kb undo find its change.
 */
import type { Insertable, Selectable } from 'kysely';
import { z } from 'zod';
import { AUDIT_ACTIONS, type AuditAction, type AuditRecord } from '../knowledge/auditLog.js';
import { entrySchema, type Entry } from '../knowledge/schema.js';
import type { AuditTable } from './schema.js';

/** Bump when the entry schema changes shape; readers of older versions fall back to `recordedEntry`. */
export const ENTRY_SCHEMA_VERSION = 1;

// Every field but the id may be missing or of an older shape: it then reads as empty.
const recordedEntry = z.object({
  id: z.string(),
  question: z.string().catch(''),
  alternates: z.array(z.string()).catch([]),
  answer: z.string().catch(''),
  quote: z.string().catch(''),
  speaker: z.string().nullable().catch(null),
  paragraph: z.number().catch(0),
});

export function recordRow(record: AuditRecord): Insertable<AuditTable> {
  return {
    change_id: record.changeId,
    schema_version: ENTRY_SCHEMA_VERSION,
    time: record.time,
    guild_id: record.guildId,
    moderator_id: record.moderatorId,
    moderator_name: record.moderatorName,
    action: record.action,
    entry_id: record.entryId,
    before: record.before && JSON.stringify(record.before),
    after: record.after && JSON.stringify(record.after),
    previous_hash: record.previousHash,
    next_hash: record.nextHash,
    reverts: record.reverts,
  };
}

export function rowRecord(row: Selectable<AuditTable>): AuditRecord {
  return {
    changeId: row.change_id,
    time: row.time,
    guildId: row.guild_id,
    moderatorId: row.moderator_id,
    moderatorName: row.moderator_name,
    action: actionOf(row.action),
    entryId: row.entry_id,
    before: entryOf(row.before),
    after: entryOf(row.after),
    previousHash: row.previous_hash,
    nextHash: row.next_hash,
    reverts: row.reverts,
  };
}

/** An entry as recorded, under whichever schema it was written with; null when there is none (or no id). */
export function entryOf(json: string | null): Entry | null {
  if (json === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  const today = entrySchema.safeParse(value);
  if (today.success) return today.data;
  const older = recordedEntry.safeParse(value);
  return older.success ? older.data : null;
}

// An action a later version added reads as a hand edit: shown, and undoable like one.
function actionOf(action: string): AuditAction {
  return AUDIT_ACTIONS.find((known) => known === action) ?? 'external-edit';
}
