import { dirname } from 'node:path';
import type { Logger } from '../logger.js';
import type { AuditStore } from '../storage/auditStore.js';
import type { AuditRecord } from './auditLog.js';
import { handEditRecord } from './changeRecords.js';
import { contentHash } from './contentHash.js';
import { removeAbandonedTemps, writeFileAtomic, type FileOps } from './durableFiles.js';
import { NothingToUndoError, SaveFailedError, StaleEditError } from './editErrors.js';
import type { Entry } from './schema.js';

/** The entries in some qa.yaml bytes, or null when they do not pass the checks. */
export type EntriesOf = (bytes: Buffer) => readonly Entry[] | null;

/**
 * Writes qa.yaml together with its audit trail. The audit log never records a
 * change that is not in the file, so a change is saved in this order:
 *   1. copies of the old and the new file are kept as snapshots in the database
 *      (content-addressed: undo restores the old bytes exactly);
 *   2. qa.yaml is replaced atomically (temp file, fsync, rename, fsync folder):
 *      from here on the change is saved;
 *   3. its audit record is committed, and only then acknowledged.
 * A crash before 2 leaves the old file and no record: the change never happened.
 * A crash between 2 and 3 leaves a file one change ahead of the log; `reconcile`
 * (run on open) records it, with both copies from step 1, so history shows it and
 * undo can revert it (when the log is still empty there is nothing to compare
 * with, so the very first change stays unrecorded). A crash during 2 leaves at
 * most a stray temp file, which `reconcile` removes. Nothing a crash leaves
 * behind stops the next open.
 */
export class ChangeJournal {
  // Records of saved changes that could not be appended yet (a full disk), oldest
  // first: each is retried before the next record, so the log stays a chain.
  private readonly unwritten: AuditRecord[] = [];

  constructor(
    private readonly audit: AuditStore,
    private readonly qaFile: string,
    private readonly ops: FileOps,
    private readonly logger: Logger,
    /** Told of each record once it is committed (to announce the revision to other machines). */
    private readonly onRecorded: (record: AuditRecord) => void = () => undefined,
  ) {}

  /** Saves `next` as qa.yaml, then its record; throws SaveFailedError, with qa.yaml untouched, if saving fails. */
  async save(record: AuditRecord, previous: Buffer, next: Buffer): Promise<void> {
    try {
      await this.audit.keepCopy(previous);
      await this.audit.keepCopy(next);
      await writeFileAtomic(this.qaFile, next, this.ops);
    } catch (error) {
      throw new SaveFailedError(error);
    }
    try {
      await this.append(record);
    } catch (error) {
      // The change is saved and stays so (taking it back could fail the same way).
      // Its record is written before the next one, or, if the bot stops first, the
      // next open records the change from the file, as after a crash between 2 and 3.
      this.logger.error('audit-record-not-written', { changeId: record.changeId, error });
    }
  }

  /** Records a change someone made to the file by hand, so history shows it and undo can revert it. */
  async recordHandEdit(was: readonly Entry[], now: readonly Entry[], previous: Buffer, next: Buffer): Promise<void> {
    const nextHash = contentHash(next);
    try {
      // Another process sharing the folder may already have recorded this change.
      if ((await this.audit.latest())?.nextHash === nextHash) return;
      await this.audit.keepCopy(previous);
      await this.audit.keepCopy(next);
      await this.append(handEditRecord(was, now, { previousHash: contentHash(previous), nextHash }));
    } catch (error) {
      // The hand edit is in use either way; only its audit record is missing.
      this.logger.error('knowledge-hand-edit-not-recorded', { error });
    }
  }

  /**
   * On open: brings the log up to date with the file as it is (see the class
   * comment), naming the entry that changed when the copy from before is kept.
   * With `catchUp` (machines sharing one database), a file at an older recorded
   * revision was left behind while this machine was away: it is brought to the
   * latest revision instead of recording the step back. Never throws.
   */
  async reconcile(current: Buffer, entriesOf: EntriesOf, catchUp = false): Promise<void> {
    const hash = contentHash(current);
    await removeAbandonedTemps(dirname(this.qaFile));
    try {
      const last = await this.audit.latest();
      if (!last || last.nextHash === hash) return;
      const latest = catchUp && (await this.audit.knows(hash)) ? await this.audit.copyOf(last.nextHash) : null;
      if (latest) {
        await writeFileAtomic(this.qaFile, latest, this.ops);
        this.logger.info('knowledge-caught-up', { from: hash, to: last.nextHash });
        return;
      }
      // Saved by a process that stopped before recording it, or edited while nothing watched.
      const before = await this.audit.copyOf(last.nextHash);
      const was = before && entriesOf(before);
      await this.audit.keepCopy(current);
      await this.append(handEditRecord(was, was && entriesOf(current), { previousHash: last.nextHash, nextHash: hash }));
      this.logger.warn('knowledge-change-recorded-on-open', { previousHash: last.nextHash, nextHash: hash });
    } catch (error) {
      // Answering goes on; edits will fail with SaveFailedError until the database is usable.
      this.logger.error('audit-log-unusable', { error });
    }
  }

  /** The change undo should revert and the exact bytes of the file before it. */
  async undoSource(currentHash: string): Promise<{ target: AuditRecord; bytes: Buffer }> {
    // The change to undo may be one whose record is still waiting to be written.
    await this.writeWaiting().catch(() => undefined);
    const target = await this.audit.undoTarget();
    if (!target) throw new NothingToUndoError();
    // The file must be as that change left it (or, if it never landed, as it found it).
    if (currentHash !== target.nextHash && currentHash !== target.previousHash) {
      throw new StaleEditError(
        target.entryId,
        'qa.yaml has changed since that change in a way the audit log does not show, so it cannot be undone safely',
      );
    }
    const bytes = await this.audit.copyOf(target.previousHash);
    if (!bytes) {
      throw new NothingToUndoError('the saved copy of the file from before that change is missing, so it cannot be restored');
    }
    return { target, bytes };
  }

  private async append(record: AuditRecord): Promise<void> {
    this.unwritten.push(record);
    await this.writeWaiting();
  }

  private async writeWaiting(): Promise<void> {
    for (let record = this.unwritten[0]; record; record = this.unwritten[0]) {
      await this.audit.append(record);
      this.unwritten.shift();
      this.onRecorded(record);
    }
  }

  history(entryId: string | undefined, limit: number): Promise<AuditRecord[]> {
    return this.audit.history(entryId, limit);
  }
}
