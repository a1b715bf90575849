/**
 * The tables, as Kysely sees them. Times are ISO 8601 strings (UTC, milliseconds)
 * in both dialects, so comparing strings compares times and `substr(time, 1, 10)`
 * is the day; booleans are 0/1 integers, which both dialects store alike.
 */
import type { Generated } from 'kysely';

export interface QuestionsTable {
  id: Generated<number>;
  time: string;
  question: string;
  /** The review-queue group (groupKeyOf), worked out once when the question is written. */
  group_key: string;
  answered: number;
  entry_id: string | null;
  confidence: number;
  nearest_id: string | null;
  guild_id: string | null;
  channel_id: string | null;
}

export interface VotesTable {
  /** A hash of user, entry and question: one vote per reader per answer. */
  key: string;
  /** A hash of the user id alone, so `/kb forget` can find a reader's votes; null for imported votes. */
  user_hash: string | null;
  time: string;
  entry_id: string;
  question: string;
  group_key: string;
  helpful: number;
}

export interface DismissalsTable {
  group_key: string;
  time: string;
}

export interface AuditTable {
  /** Order of recording: newest first is `seq` descending. */
  seq: Generated<number>;
  change_id: string;
  /** The entry schema the `before`/`after` JSON was written with (see auditRecords.ts). */
  schema_version: number;
  time: string;
  guild_id: string | null;
  moderator_id: string;
  moderator_name: string;
  action: string;
  entry_id: string | null;
  before: string | null;
  after: string | null;
  previous_hash: string;
  next_hash: string;
  reverts: string | null;
}

export interface SnapshotsTable {
  /** SHA-256 of `bytes`. */
  hash: string;
  bytes: Buffer;
  time: string;
}

export interface LocksTable {
  name: string;
  /** host:pid:random of the process that holds it. */
  holder: string;
  /** Milliseconds since the epoch after which a holder that stopped answering is taken to be dead. */
  expires_at: number;
}

export interface ImportsTable {
  name: string;
  time: string;
}

export interface Database {
  questions: QuestionsTable;
  votes: VotesTable;
  dismissals: DismissalsTable;
  audit: AuditTable;
  snapshots: SnapshotsTable;
  locks: LocksTable;
  imports: ImportsTable;
}
