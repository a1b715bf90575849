import { sql } from 'kysely';
import pg from 'pg';
import type { Logger } from '../logger.js';
import type { Storage } from './database.js';

/** The Postgres channel that carries the hash of each new revision of qa.yaml. */
export const REVISION_CHANNEL = 'knowledge_revision';
// A lost listening connection is opened again this long after it failed.
const RETRY_MS = 1_000;

export interface RevisionListener {
  close(): Promise<void>;
}

/** Tells every machine listening that qa.yaml is now at `hash` (its snapshot is already committed); nothing on SQLite. */
export async function announceRevision(storage: Storage, hash: string): Promise<void> {
  if (storage.dialect !== 'postgres') return;
  await sql`select pg_notify(${REVISION_CHANNEL}, ${hash})`.execute(storage.db);
}

/**
 * Calls `onRevision(hash)` for every revision announced on the database, this
 * machine's own included (the caller ignores a hash it already has). Postgres
 * only: with SQLite every process shares one machine's folder, and watching it
 * is enough, so this returns null. A dropped connection is logged and reopened.
 */
export async function listenForRevisions(storage: Storage, logger: Logger, onRevision: (hash: string) => void): Promise<RevisionListener | null> {
  const url = storage.databaseUrl;
  if (storage.dialect !== 'postgres' || url === null) return null;
  let client: pg.Client | null = null;
  let closed = false;
  let retry: NodeJS.Timeout | null = null;
  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: url });
    next.on('notification', (message) => {
      if (message.channel === REVISION_CHANNEL && message.payload) onRevision(message.payload);
    });
    next.on('error', (error) => {
      logger.warn('revision-listener-lost', { error });
      void next.end().catch(() => undefined);
      if (!closed) retry = setTimeout(() => void connect().catch(() => undefined), RETRY_MS);
    });
    await next.connect();
    await next.query(`LISTEN ${REVISION_CHANNEL}`);
    client = next;
  };
  await connect();
  return {
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      await client?.end();
    },
  };
}
