import { randomBytes } from 'node:crypto';
import type { Entry } from './schema.js';

/** Who asked for a change. For changes nobody asked the bot for (a hand edit of the file), see FILE_ON_DISK. */
export interface EditActor {
  id: string;
  name: string;
  guildId: string | null;
}

/** The actor of changes found on disk rather than made through the bot. */
export const FILE_ON_DISK: EditActor = Object.freeze({ id: 'file', name: 'qa.yaml edited on disk', guildId: null });

// 'save-failed' is only read: older versions logged a change before saving it and
// cancelled it this way when the save failed. Changes are now logged once saved.
export type AuditAction = 'add' | 'update' | 'remove' | 'add-alternate' | 'undo' | 'external-edit' | 'save-failed';
export const AUDIT_ACTIONS: readonly AuditAction[] = ['add', 'update', 'remove', 'add-alternate', 'undo', 'external-edit', 'save-failed'];

/** One change to qa.yaml, as the audit table keeps it (src/storage/auditStore.ts). */
export interface AuditRecord {
  changeId: string;
  /** ISO 8601. */
  time: string;
  guildId: string | null;
  moderatorId: string;
  moderatorName: string;
  action: AuditAction;
  /** The entry the change is about (its new id if it was renamed); null for whole-file changes. */
  entryId: string | null;
  /**
   * The entry before and after. Records written under an older entry schema are read
   * leniently: a field that schema lacked comes back empty, never hiding the record.
   */
  before: Entry | null;
  after: Entry | null;
  /** SHA-256 of qa.yaml's bytes before the change; the bytes themselves are kept as a snapshot. */
  previousHash: string;
  /** SHA-256 of qa.yaml's bytes after the change (also kept as a snapshot). */
  nextHash: string;
  /** The change this record cancels: the one an undo reverted, or an edit that never reached the disk. */
  reverts: string | null;
}

export function newChangeId(): string {
  return `${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
}
