import { randomBytes } from 'node:crypto';
import { open, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { contentHash } from './contentHash.js';
import { appendDurably, errorCode, nodeFileOps, removeAbandonedTemps, writeOnce, type FileOps } from './durableFiles.js';
import { parseRecord, readLinesBackward } from './jsonLines.js';
import { entrySchema, type Entry } from './schema.js';

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

/** One change to qa.yaml, as one line of audit.jsonl. */
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
  before: Entry | null;
  after: Entry | null;
  /** SHA-256 of qa.yaml's bytes before the change; the bytes themselves are kept under snapshots/. */
  previousHash: string;
  /** SHA-256 of qa.yaml's bytes after the change (also kept under snapshots/). */
  nextHash: string;
  /** The change this record cancels: the one an undo reverted, or an edit that never reached the disk. */
  reverts: string | null;
}

const auditRecordSchema: z.ZodType<AuditRecord> = z.object({
  changeId: z.string(),
  time: z.string(),
  guildId: z.string().nullable(),
  moderatorId: z.string(),
  moderatorName: z.string(),
  action: z.enum(['add', 'update', 'remove', 'add-alternate', 'undo', 'external-edit', 'save-failed']),
  entryId: z.string().nullable(),
  before: entrySchema.nullable(),
  after: entrySchema.nullable(),
  previousHash: z.string(),
  nextHash: z.string(),
  reverts: z.string().nullable(),
});

const NEWLINE = 0x0a;

/** The last byte of a file; NEWLINE for an empty or missing file, which need no ending. */
async function lastByte(path: string): Promise<number> {
  const handle = await open(path, 'r').catch((error: unknown) => {
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  });
  if (!handle) return NEWLINE;
  try {
    const { size } = await handle.stat();
    if (size === 0) return NEWLINE;
    const { buffer } = await handle.read(Buffer.alloc(1), 0, 1, size - 1);
    return buffer[0] ?? NEWLINE;
  } finally {
    await handle.close();
  }
}

export function newChangeId(): string {
  return `${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
}

/**
 * audit.jsonl plus a folder of content-addressed copies of qa.yaml, so any recorded
 * version of the file can be restored byte for byte without bloating the log.
 */
export class AuditLog {
  readonly path: string;
  private readonly snapshotDir: string;

  constructor(
    dataDir: string,
    private readonly ops: FileOps = nodeFileOps,
  ) {
    this.path = join(dataDir, 'audit.jsonl');
    this.snapshotDir = join(dataDir, 'snapshots');
  }

  /** On open: makes the folders, and tidies what a crash in the middle of a write can leave. */
  async prepare(): Promise<void> {
    await this.ops.mkdir(this.snapshotDir, { recursive: true });
    await removeAbandonedTemps(this.snapshotDir);
    // A power cut during an append can leave a last line without its newline; end
    // it, or the next record would be glued onto it and be unreadable as well.
    if ((await lastByte(this.path)) !== NEWLINE) await appendDurably(this.path, '\n', this.ops);
  }

  /** Keeps a copy of these exact bytes; returns their hash. Writing the same bytes twice costs nothing. */
  async keepCopy(bytes: Uint8Array): Promise<string> {
    const hash = contentHash(bytes);
    await writeOnce(this.snapshotPath(hash), bytes, this.ops);
    return hash;
  }

  /** The bytes kept for a hash, or null when the copy is missing or damaged. */
  async copyOf(hash: string): Promise<Buffer | null> {
    try {
      const bytes = await readFile(this.snapshotPath(hash));
      return contentHash(bytes) === hash ? bytes : null;
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return null;
      throw error;
    }
  }

  /** Appends and flushes the record: once this returns, the record survives a crash. */
  async append(record: AuditRecord): Promise<void> {
    await appendDurably(this.path, `${JSON.stringify(record)}\n`, this.ops);
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

  async latest(): Promise<AuditRecord | null> {
    for await (const record of this.newestFirst()) return record;
    return null;
  }

  /**
   * The change an undo should revert: the newest one not already cancelled. Undo
   * records cancel what they reverted, so undoing repeatedly walks further back.
   */
  async undoTarget(): Promise<AuditRecord | null> {
    const cancelled = new Set<string>();
    for await (const record of this.newestFirst()) {
      if (cancelled.has(record.changeId)) continue;
      if (record.reverts !== null) {
        cancelled.add(record.reverts);
        continue;
      }
      return record;
    }
    return null;
  }

  private async *newestFirst(): AsyncGenerator<AuditRecord> {
    for await (const line of readLinesBackward(this.path)) {
      const record = parseRecord(line, auditRecordSchema);
      if (record) yield record;
    }
  }

  private snapshotPath(hash: string): string {
    return join(this.snapshotDir, `qa-${hash}.yaml`);
  }
}
