import { openStorage } from '../storage/database.js';
import type { AuditRecord, EditActor } from './auditLog.js';
import { changeRecord, undoChange, type Change } from './changeRecords.js';
import { contentHash, entryVersion } from './contentHash.js';
import { KnowledgeEditError, ValidationRejected } from './editErrors.js';
import { planAdd, planAddAlternate, planRemove, planUpdate, type EditPlan } from './entryEdits.js';
import { findEntry, inUse } from './inUse.js';
import { formatIssue, KnowledgeError } from './issues.js';
import { checkKnowledgeFolder, checkQaBytes } from './knowledgeFiles.js';
import { LiveFolder } from './liveFolder.js';
import type { Knowledge } from './load.js';
import type { EntryDraft, EntryPatch } from './qaDocument.js';
import type { EditResult, KnowledgeStoreOptions, ReloadReport } from './storeTypes.js';

/**
 * The knowledge in use and every change to qa.yaml: edits through the bot, undo,
 * reloads and hand edits noticed on disk. They run one at a time, each starting
 * from the file the previous one left. A change is checked as kb:check would
 * check it, saved with its audit record (see ChangeJournal for the order), and
 * only then swapped in, so a refused or failed change leaves everything as it was.
 */
export class KnowledgeStore extends LiveFolder {
  /**
   * Loads and checks the knowledge folder and opens the database (unless `storage` is given);
   * throws KnowledgeError (naming every problem) rather than open bad knowledge.
   */
  static async open(options: KnowledgeStoreOptions): Promise<KnowledgeStore> {
    const folder = await checkKnowledgeFolder(options.knowledgeDir);
    if (!folder.usable) throw new KnowledgeError(folder.errors);
    const storage = options.storage ?? (await openStorage({ ...options, logger: options.logger }));
    const store = new KnowledgeStore(options, storage, inUse(folder.knowledge, folder.warnings, folder.qaBytes));
    const entriesOf = (bytes: Buffer) => checkQaBytes(folder.knowledge, bytes).knowledge?.entries ?? null;
    // Machines sharing a database catch up with the revisions made while they were away.
    const shared = storage.dialect === 'postgres';
    await store.exclusive(() => store.journal.reconcile(folder.qaBytes, entriesOf, shared), false);
    if (shared) await store.exclusive(() => store.adoptDiskChanges('watch'), false);
    if (options.watch !== false) {
      store.startWatching();
      await store.followRevisions().catch(async (error: unknown) => {
        await store.close();
        throw error;
      });
    }
    return store;
  }

  /** The version of an entry in use, to pass back as expectedVersion; null for an unknown id. */
  versionOf(id: string): string | null {
    const entry = findEntry(this.current.knowledge.entries, id);
    return entry && entryVersion(entry);
  }

  add(draft: EntryDraft, actor: EditActor): Promise<EditResult> {
    return this.edit(actor, (knowledge, text) => planAdd(knowledge, text, draft));
  }

  /** Changes the fields in `patch`; a StaleEditError if the entry is no longer at `expectedVersion`. */
  update(id: string, patch: EntryPatch, actor: EditActor, expectedVersion: string): Promise<EditResult> {
    return this.edit(actor, (knowledge, text) => planUpdate(knowledge, text, id, patch, expectedVersion));
  }

  remove(id: string, actor: EditActor, expectedVersion?: string): Promise<EditResult> {
    return this.edit(actor, (knowledge, text) => planRemove(knowledge, text, id, expectedVersion));
  }

  addAlternate(id: string, question: string, actor: EditActor): Promise<EditResult> {
    return this.edit(actor, (knowledge, text) => planAddAlternate(knowledge, text, id, question));
  }

  /** Restores qa.yaml byte for byte to before the latest change not yet undone; recorded as a change itself. */
  undo(actor: EditActor): Promise<EditResult> {
    return this.exclusive(async () => {
      await this.beforeChange();
      const { target, bytes } = await this.journal.undoSource(this.state.hash);
      return this.commit(actor, undoChange(target), bytes);
    });
  }

  /** Re-reads and checks the whole folder (article, quotations, entries); loads it only if it passes. */
  reload(): Promise<ReloadReport> {
    return this.exclusive(() => this.reloadFolder('reload'), false);
  }

  /** Audit records, newest first; with an id, only those about that entry. */
  history(entryId?: string, limit = 10): Promise<AuditRecord[]> {
    return this.journal.history(entryId, limit);
  }

  /** Deletes the snapshots beyond the undo depth (default 50 changes); returns how many. */
  pruneSnapshots(): Promise<number> {
    return this.exclusive(() => this.audit.pruneSnapshots(this.options.undoDepth ?? 50), false);
  }

  private edit(actor: EditActor, plan: (knowledge: Knowledge, text: string) => EditPlan): Promise<EditResult> {
    return this.exclusive(async () => {
      await this.beforeChange();
      const planned = plan(this.current.knowledge, this.state.bytes.toString('utf8'));
      if (planned.text === null) {
        const entry = findEntry(this.current.knowledge.entries, planned.afterId);
        return { change: null, entry, version: entry && entryVersion(entry), warnings: [] };
      }
      // A hand-made layout the YAML printer cannot reproduce is normalised by this edit.
      if (planned.reformatted) this.logger.warn('knowledge-layout-normalised', { action: planned.action });
      return this.commit(actor, { ...planned, reverts: null }, Buffer.from(planned.text, 'utf8'));
    });
  }

  // Edits start from the file as it is on disk: a hand edit not yet noticed is
  // adopted first (or, if it is broken, the edit is refused) rather than overwritten.
  private async beforeChange(): Promise<void> {
    if (this.closed) throw new KnowledgeEditError('the knowledge store is closed');
    await this.adoptDiskChanges('edit');
  }

  private async commit(actor: EditActor, change: Change, bytes: Buffer): Promise<EditResult> {
    const report = checkQaBytes(this.current.knowledge, bytes);
    if (!report.knowledge) throw new ValidationRejected(report.errors);
    const before = findEntry(this.current.knowledge.entries, change.beforeId);
    const after = findEntry(report.knowledge.entries, change.afterId);
    const entry = { entryId: change.afterId ?? change.beforeId, before, after };
    const file = { previousHash: this.state.hash, nextHash: contentHash(bytes), reverts: change.reverts };
    const record = changeRecord(actor, change.action, entry, file);
    await this.journal.save(record, this.state.bytes, bytes);
    const known = new Set(this.current.warnings.map(formatIssue));
    this.swap(inUse(report.knowledge, report.warnings, bytes));
    const warnings = report.warnings.filter((w) => !known.has(formatIssue(w)));
    const { changeId, action, moderatorId } = record;
    this.logger.info('knowledge-changed', { changeId, action, entryId: entry.entryId, moderatorId, version: this.current.version });
    return { change: record, entry: after, version: after && entryVersion(after), warnings };
  }
}
