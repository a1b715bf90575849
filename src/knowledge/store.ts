import { createLogger, type Logger } from '../logger.js';
import { AuditStore } from '../storage/auditStore.js';
import { openStorage, type Storage } from '../storage/database.js';
import { EditLock } from '../storage/editLock.js';
import type { AuditRecord, EditActor } from './auditLog.js';
import { ChangeJournal } from './changeJournal.js';
import { changeRecord } from './changeRecords.js';
import { contentHash, entryVersion } from './contentHash.js';
import { nodeFileOps } from './durableFiles.js';
import { KnowledgeEditError, SaveFailedError, ValidationRejected } from './editErrors.js';
import { planAdd, planAddAlternate, planRemove, planUpdate, type EditPlan } from './entryEdits.js';
import type { FolderWatcher } from './folderWatcher.js';
import { findEntry, inUse, type InUse } from './inUse.js';
import { formatIssue, KnowledgeError, type KnowledgeIssue } from './issues.js';
import { checkKnowledgeFolder, checkQaBytes, qaPath, readQaBytes } from './knowledgeFiles.js';
import type { Knowledge } from './load.js';
import type { EntryDraft, EntryPatch } from './qaDocument.js';
import { ProblemTracker } from './problemTracker.js';
import { SerialQueue } from './serialQueue.js';
import { watchKnowledge } from './storeWatch.js';
import type { EditResult, KnowledgeProblem, KnowledgeStoreOptions, LiveKnowledge, ReloadReport } from './storeTypes.js';

type Change = Pick<EditPlan, 'action' | 'beforeId' | 'afterId'> & { reverts: string | null };
type Source = KnowledgeProblem['source'];

/**
 * The knowledge in use and every change to qa.yaml: edits through the bot, undo,
 * reloads and hand edits noticed on disk. They run one at a time, each starting
 * from the file the previous one left. A change is checked as kb:check would
 * check it, saved with its audit record (see ChangeJournal for the order), and
 * only then swapped in, so a refused or failed change leaves everything as it was.
 */
export class KnowledgeStore {
  private state: InUse;
  private readonly problems: ProblemTracker;
  private watcher: FolderWatcher | null = null;
  private closed = false;
  private readonly queue = new SerialQueue();
  private readonly journal: ChangeJournal;
  private readonly audit: AuditStore;
  private readonly lock: EditLock;
  private readonly logger: Logger;

  private constructor(
    private readonly options: KnowledgeStoreOptions,
    private readonly storage: Storage,
    loaded: InUse,
  ) {
    this.logger = options.logger ?? createLogger({ level: 'info' });
    const ops = { ...nodeFileOps, ...options.fileOps };
    this.audit = new AuditStore(storage.db);
    this.journal = new ChangeJournal(this.audit, qaPath(options.knowledgeDir), ops, this.logger);
    this.problems = new ProblemTracker(this.logger, options.onProblem);
    this.lock = new EditLock(storage.db, 'knowledge', this.logger);
    this.state = loaded;
  }

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
    await store.exclusive(() => store.journal.reconcile(folder.qaBytes, entriesOf), false);
    if (options.watch !== false) store.startWatching();
    return store;
  }

  /** Read this once per question: the knowledge, its matcher and version always belong together. */
  get current(): LiveKnowledge {
    return this.state.live;
  }

  /** Why the latest change on disk (or reload) was not loaded; null once good knowledge is loaded again. */
  get lastProblem(): KnowledgeProblem | null {
    return this.problems.last;
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
      const beforeId = target.after?.id ?? target.entryId;
      const afterId = target.before?.id ?? target.entryId;
      return this.commit(actor, { action: 'undo', beforeId, afterId, reverts: target.changeId }, bytes);
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

  /** Stops watching, waits for changes already under way, and closes the database if it opened it. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.watcher?.close();
    this.watcher = null;
    await this.queue.idle();
    if (!this.options.storage) await this.storage.close();
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

  private async adoptDiskChanges(source: Source): Promise<void> {
    const bytes = await readQaBytes(this.options.knowledgeDir);
    if (!Buffer.isBuffer(bytes)) return this.refuse(source, [bytes], null);
    const hash = contentHash(bytes);
    // Our own writes come back through the watcher too: same bytes, nothing to do.
    if (hash === this.state.hash) return;
    const report = checkQaBytes(this.current.knowledge, bytes);
    if (!report.knowledge) return this.refuse(source, report.errors, hash);
    await this.journal.recordHandEdit(this.current.knowledge.entries, report.knowledge.entries, this.state.bytes, bytes);
    this.swap(inUse(report.knowledge, report.warnings, bytes));
    this.logger.info('knowledge-reloaded', { source, version: this.current.version });
  }

  private async reloadFolder(source: Source): Promise<ReloadReport> {
    const folder = await checkKnowledgeFolder(this.options.knowledgeDir);
    if (!folder.usable) {
      this.refuse(source, folder.errors, folder.qaHash);
      return { loaded: false, errors: folder.errors, warnings: folder.warnings, version: this.current.version };
    }
    const loaded = inUse(folder.knowledge, folder.warnings, folder.qaBytes);
    if (loaded.hash !== this.state.hash) {
      const was = this.current.knowledge.entries;
      await this.journal.recordHandEdit(was, folder.knowledge.entries, this.state.bytes, folder.qaBytes);
    }
    this.swap(loaded);
    this.logger.info('knowledge-reloaded', { source, version: this.current.version });
    return { loaded: true, errors: [], warnings: folder.warnings, version: this.current.version };
  }

  private startWatching(): void {
    const onChange = (wholeFolder: boolean) => {
      const check = async () => {
        if (this.closed) return;
        if (wholeFolder) await this.reloadFolder('watch');
        else await this.adoptDiskChanges('watch');
      };
      this.exclusive(check, false).catch((error: unknown) => this.logger.error('knowledge-watch-failed', { error }));
    };
    const onError = (error: Error) => {
      const issue = { file: this.options.knowledgeDir, id: null, message: `no longer watched: ${error.message}` };
      this.refuse('watch', [issue], null);
    };
    this.watcher = watchKnowledge(this.options.knowledgeDir, this.options.watchDebounceMs, this.logger, onChange, onError);
  }

  // Each shard (and machine) runs its own store: one change at a time in this
  // process (the queue), and in all of them (the database's lock), so each edit
  // starts from the file the last one left, whichever shard made it. Without the lock an edit is
  // refused; loading a change found on disk goes ahead, since the worst it can do
  // unlocked is record the same hand edit twice.
  private exclusive<T>(task: () => Promise<T>, mustLock = true): Promise<T> {
    return this.queue.run(async () => {
      const release = await this.lock.acquire().catch((error: unknown) => {
        if (mustLock) throw new SaveFailedError(error);
        this.logger.warn('knowledge-lock-unavailable', { error });
        return null;
      });
      try {
        return await task();
      } finally {
        await release?.();
      }
    });
  }

  // Keeps the knowledge in use and says why; an edit on top of a broken file is refused.
  private refuse(source: Source, issues: readonly KnowledgeIssue[], fileHash: string | null): void {
    this.problems.report(source, issues, fileHash);
    if (source === 'edit') throw new ValidationRejected(issues, true);
  }

  private swap(loaded: InUse): void {
    this.state = loaded;
    this.problems.clear();
  }
}
