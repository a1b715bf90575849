import type { Logger } from '../logger.js';
import { createLogger } from '../logger.js';
import { AuditStore } from '../storage/auditStore.js';
import type { Storage } from '../storage/database.js';
import { OneAtATime } from '../storage/oneAtATime.js';
import { announceRevision, listenForRevisions, type RevisionListener } from '../storage/revisions.js';
import type { AuditRecord } from './auditLog.js';
import { ChangeJournal } from './changeJournal.js';
import { contentHash } from './contentHash.js';
import { nodeFileOps, writeFileAtomic, type FileOps } from './durableFiles.js';
import { ValidationRejected } from './editErrors.js';
import type { FolderWatcher } from './folderWatcher.js';
import { inUse, type InUse } from './inUse.js';
import type { KnowledgeIssue } from './issues.js';
import { checkKnowledgeFolder, checkQaBytes, qaPath, readQaBytes } from './knowledgeFiles.js';
import { ProblemTracker } from './problemTracker.js';
import { watchKnowledge } from './storeWatch.js';
import type { KnowledgeProblem, KnowledgeStoreOptions, LiveKnowledge, ReloadReport } from './storeTypes.js';

type Source = KnowledgeProblem['source'];

/**
 * The knowledge in use and the folder it comes from: what is on disk is checked
 * and, if it passes, swapped in (hand edits noticed by the watcher, reloads),
 * one change at a time. KnowledgeStore adds the changes made through the bot.
 */
export class LiveFolder {
  protected state: InUse;
  protected readonly problems: ProblemTracker;
  protected watcher: FolderWatcher | null = null;
  private revisions: RevisionListener | null = null;
  private readonly ops: FileOps;
  protected closed = false;
  protected readonly edits: OneAtATime;
  protected readonly journal: ChangeJournal;
  protected readonly audit: AuditStore;
  protected readonly logger: Logger;

  protected constructor(
    protected readonly options: KnowledgeStoreOptions,
    protected readonly storage: Storage,
    loaded: InUse,
  ) {
    this.logger = options.logger ?? createLogger({ level: 'info' });
    this.ops = { ...nodeFileOps, ...options.fileOps };
    this.audit = new AuditStore(storage.db);
    const announce = (record: AuditRecord) =>
      announceRevision(storage, record.nextHash).catch((error: unknown) => this.logger.warn('revision-not-announced', { error }));
    this.journal = new ChangeJournal(this.audit, qaPath(options.knowledgeDir), this.ops, this.logger, (record) => void announce(record));
    this.problems = new ProblemTracker(this.logger, options.onProblem);
    this.edits = new OneAtATime(storage, this.logger);
    this.state = loaded;
  }

  /** Read this once per question: the knowledge, its matcher and version always belong together. */
  get current(): LiveKnowledge {
    return this.state.live;
  }

  /** Why the latest change on disk (or reload) was not loaded; null once good knowledge is loaded again. */
  get lastProblem(): KnowledgeProblem | null {
    return this.problems.last;
  }

  /** Stops watching, waits for changes already under way, and closes the database if it opened it. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.watcher?.close();
    this.watcher = null;
    await this.revisions?.close();
    await this.edits.idle();
    if (!this.options.storage) await this.storage.close();
  }

  protected async adoptDiskChanges(source: Source): Promise<void> {
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

  protected async reloadFolder(source: Source): Promise<ReloadReport> {
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

  /**
   * Follows the revisions other machines make (Postgres only): each one's qa.yaml
   * is written here from the revision's snapshot, atomically, and loaded like a
   * hand edit, which the database already records, so it is not recorded again.
   */
  protected async followRevisions(): Promise<void> {
    const follow = (hash: string) => this.exclusive(() => this.adoptRevision(hash), false);
    const onRevision = (hash: string) => void follow(hash).catch((error: unknown) => this.logger.error('knowledge-revision-failed', { hash, error }));
    this.revisions = await listenForRevisions(this.storage, this.logger, onRevision);
  }

  private async adoptRevision(hash: string): Promise<void> {
    if (this.closed || hash === this.state.hash) return;
    // A revision already overtaken by a later one: that one's notice follows, and
    // loading this one meanwhile would step back (and record the step).
    if ((await this.audit.latest())?.nextHash !== hash) return;
    const bytes = await this.audit.copyOf(hash);
    if (!bytes) return this.logger.warn('knowledge-revision-missing', { hash });
    await writeFileAtomic(qaPath(this.options.knowledgeDir), bytes, this.ops);
    await this.adoptDiskChanges('watch');
  }

  protected startWatching(): void {
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

  protected exclusive<T>(task: () => Promise<T>, mustLock = true): Promise<T> {
    return this.edits.run(task, mustLock);
  }

  // Keeps the knowledge in use and says why; an edit on top of a broken file is refused.
  protected refuse(source: Source, issues: readonly KnowledgeIssue[], fileHash: string | null): void {
    this.problems.report(source, issues, fileHash);
    if (source === 'edit') throw new ValidationRejected(issues, true);
  }

  protected swap(loaded: InUse): void {
    this.state = loaded;
    this.problems.clear();
  }
}
