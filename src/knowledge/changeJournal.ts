import type { Logger } from '../logger.js';
import { AuditLog, type AuditRecord } from './auditLog.js';
import { handEditRecord, notSavedRecord } from './changeRecords.js';
import { contentHash } from './contentHash.js';
import { writeFileAtomic, type FileOps } from './durableFiles.js';
import { NothingToUndoError, SaveFailedError, StaleEditError } from './editErrors.js';
import type { Entry } from './schema.js';

/**
 * Writes qa.yaml together with its audit trail. A change is saved in this order,
 * so that a crash at any point loses nothing and leaves nothing unexplained:
 *   1. copies of the old and the new file are kept under dataDir/snapshots/
 *      (content-addressed: undo restores the old bytes exactly);
 *   2. the audit record is appended and flushed;
 *   3. qa.yaml is replaced atomically (temp file, fsync, rename, fsync folder).
 * A crash between 2 and 3 leaves a record of a change that never reached the
 * file; `reconcile` (run on open) marks it "save-failed", so undo skips it.
 */
export class ChangeJournal {
  private readonly audit: AuditLog;

  constructor(
    dataDir: string,
    private readonly qaFile: string,
    private readonly ops: FileOps,
    private readonly logger: Logger,
  ) {
    this.audit = new AuditLog(dataDir, ops);
  }

  /** Saves `next` as qa.yaml with its record; throws SaveFailedError, with qa.yaml untouched, if any step fails. */
  async save(record: AuditRecord, previous: Buffer, next: Buffer): Promise<void> {
    try {
      await this.audit.keepCopy(previous);
      await this.audit.keepCopy(next);
      await this.audit.append(record);
    } catch (error) {
      throw new SaveFailedError(error);
    }
    try {
      await writeFileAtomic(this.qaFile, next, this.ops);
    } catch (error) {
      await this.audit.append(notSavedRecord(record, record.previousHash)).catch((e: unknown) => {
        this.logger.error('audit-not-saved-mark-failed', { changeId: record.changeId, error: e });
      });
      throw new SaveFailedError(error);
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
      await this.audit.append(handEditRecord(was, now, { previousHash: contentHash(previous), nextHash }));
    } catch (error) {
      // The hand edit is in use either way; only its audit record is missing.
      this.logger.error('knowledge-hand-edit-not-recorded', { error });
    }
  }

  /** On open: brings the log up to date with the file as it is (see the class comment). Never throws. */
  async reconcile(current: Buffer): Promise<void> {
    const hash = contentHash(current);
    try {
      await this.audit.prepare();
      const last = await this.audit.latest();
      if (!last || last.nextHash === hash) return;
      // Logged but never saved: the process stopped between steps 2 and 3.
      if (last.previousHash === hash) await this.audit.append(notSavedRecord(last, hash));
      // Otherwise the file was edited while nothing was watching it.
      else await this.audit.append(handEditRecord(null, null, { previousHash: last.nextHash, nextHash: hash }));
      await this.audit.keepCopy(current);
    } catch (error) {
      // Answering goes on; edits will fail with SaveFailedError until the data folder is usable.
      this.logger.error('audit-log-unusable', { error });
    }
  }

  /** The change undo should revert and the exact bytes of the file before it. */
  async undoSource(currentHash: string): Promise<{ target: AuditRecord; bytes: Buffer }> {
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

  history(entryId: string | undefined, limit: number): Promise<AuditRecord[]> {
    return this.audit.history(entryId, limit);
  }
}
