import type { Logger } from '../logger.js';
import type { Matcher } from '../matching/matcher.js';
import type { Storage, StorageOptions } from '../storage/database.js';
import type { AuditRecord } from './auditLog.js';
import type { FileOps } from './durableFiles.js';
import type { KnowledgeIssue } from './issues.js';
import type { Knowledge } from './load.js';
import type { Entry } from './schema.js';

export interface KnowledgeStoreOptions extends StorageOptions {
  knowledgeDir: string;
  /** An open database to share (the store then leaves closing it to the caller); else one is opened from dataDir or databaseUrl. */
  storage?: Storage;
  /** How many changes back undo can go: older snapshots are pruned by pruneSnapshots() (default 50). */
  undoDepth?: number;
  /** Structured events (knowledge-changed, knowledge-rejected, ...); defaults to JSON lines on stderr at info level. */
  logger?: Logger;
  /** Called when a changed file on disk (or a reload) fails the checks and was not loaded. */
  onProblem?: (problem: KnowledgeProblem) => void;
  /** Watch the knowledge folder for hand edits (default true). */
  watch?: boolean;
  /** Quiet time after the last file event before the folder is re-read (default 100 ms). */
  watchDebounceMs?: number;
  /** Replaces file-system calls used for writing, to simulate a full disk or read-only folder in tests. */
  fileOps?: Partial<FileOps>;
}

/** The knowledge in use and the matcher built from it, swapped together so readers never see a mix. */
export interface LiveKnowledge {
  readonly knowledge: Knowledge;
  readonly matcher: Matcher;
  /** A short hash of qa.yaml's bytes: the same text always gives the same version. */
  readonly version: string;
  /** Warnings (not errors) the checks found in the knowledge in use. */
  readonly warnings: readonly KnowledgeIssue[];
}

/** A change on disk (or a reload) that was not loaded, and why. */
export interface KnowledgeProblem {
  time: Date;
  source: 'watch' | 'reload' | 'edit';
  issues: readonly KnowledgeIssue[];
  /** One line for logs and for a moderator. */
  message: string;
}

export interface EditResult {
  /** The audit record of the change, or null when the request changed nothing (e.g. an alternate already there). */
  change: AuditRecord | null;
  /** The entry as it is now (null once removed, or after undoing an add). */
  entry: Entry | null;
  /** The entry's version now: pass it as expectedVersion with the next edit of this entry. */
  version: string | null;
  /** Warnings the change introduced (the change was still made). */
  warnings: KnowledgeIssue[];
}

export interface ReloadReport {
  /** True when the folder passed the checks and is now in use. */
  loaded: boolean;
  errors: KnowledgeIssue[];
  warnings: KnowledgeIssue[];
  /** The version in use after the reload (unchanged when it failed). */
  version: string;
}
