import type { Kysely } from 'kysely';
import type { AuditRecord } from '../knowledge/auditLog.js';
import { contentHash } from '../knowledge/contentHash.js';
import { recordRow, rowRecord } from './auditRecords.js';
import type { Database } from './schema.js';

const PAGE = 200;
// Past the largest `seq` there can be: a Postgres serial is a 32-bit integer.
const PAST_LAST_SEQ = 2 ** 31 - 1;

/**
 * The audit trail of qa.yaml and the snapshots undo restores, in the database.
 * Snapshots are content-addressed (SHA-256 of the bytes), so any recorded version
 * of the file can be restored byte for byte, and saving the same bytes twice costs nothing.
 */
export class AuditStore {
  constructor(private readonly db: Kysely<Database>) {}

  /** Keeps a copy of these exact bytes; returns their hash. */
  async keepCopy(bytes: Buffer): Promise<string> {
    const hash = contentHash(bytes);
    await this.db
      .insertInto('snapshots')
      .values({ hash, bytes, time: new Date().toISOString() })
      .onConflict((oc) => oc.column('hash').doNothing())
      .execute();
    return hash;
  }

  /** The bytes kept for a hash, or null when the copy is missing (pruned) or damaged. */
  async copyOf(hash: string): Promise<Buffer | null> {
    const row = await this.db.selectFrom('snapshots').select('bytes').where('hash', '=', hash).executeTakeFirst();
    if (!row) return null;
    const bytes = Buffer.from(row.bytes);
    return contentHash(bytes) === hash ? bytes : null;
  }

  /** Records the change; once this resolves, the record is committed. */
  async append(record: AuditRecord): Promise<void> {
    await this.db.insertInto('audit').values(recordRow(record)).execute();
  }

  /** Records newest first; `entryId` keeps those about that entry (by its old or new id). */
  async history(entryId?: string, limit = 10): Promise<AuditRecord[]> {
    const found: AuditRecord[] = [];
    for await (const record of this.newestFirst()) {
      if (found.length >= limit) break;
      const ids = [record.entryId, record.before?.id, record.after?.id];
      if (entryId === undefined || ids.includes(entryId)) found.push(record);
    }
    return found;
  }

  /** Whether some recorded change left qa.yaml at these bytes (or started from them). */
  async knows(hash: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('audit')
      .select('seq')
      .where((eb) => eb.or([eb('next_hash', '=', hash), eb('previous_hash', '=', hash)]))
      .limit(1)
      .executeTakeFirst();
    return row !== undefined;
  }

  async latest(): Promise<AuditRecord | null> {
    const row = await this.db.selectFrom('audit').selectAll().orderBy('seq', 'desc').limit(1).executeTakeFirst();
    return row ? rowRecord(row) : null;
  }

  /**
   * The change an undo should revert: the newest one not already cancelled. Undo
   * records cancel what they reverted, so undoing repeatedly walks further back.
   */
  async undoTarget(): Promise<AuditRecord | null> {
    const cancelled = new Set<string>();
    for await (const record of this.newestFirst()) {
      if (cancelled.has(record.changeId)) continue;
      if (record.reverts === null) return record;
      cancelled.add(record.reverts);
    }
    return null;
  }

  /**
   * Deletes the snapshots no undo can reach any more: those not named by the newest
   * `depth` records (the file before and after each). Returns how many were deleted.
   */
  async pruneSnapshots(depth: number): Promise<number> {
    const recent = await this.db.selectFrom('audit').select(['previous_hash', 'next_hash']).orderBy('seq', 'desc').limit(depth).execute();
    if (recent.length === 0) return 0;
    const keep = [...new Set(recent.flatMap((r) => [r.previous_hash, r.next_hash]))];
    const result = await this.db.deleteFrom('snapshots').where('hash', 'not in', keep).executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  private async *newestFirst(): AsyncGenerator<AuditRecord> {
    for (let before = PAST_LAST_SEQ; ; ) {
      const rows = await this.db.selectFrom('audit').selectAll().where('seq', '<', before).orderBy('seq', 'desc').limit(PAGE).execute();
      for (const row of rows) yield rowRecord(row);
      const last = rows.at(-1);
      if (!last || rows.length < PAGE) return;
      before = last.seq;
    }
  }
}
