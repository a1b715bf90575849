import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Logger } from '../logger.js';
import { importJsonLines } from './importJsonLines.js';
import { migrationProvider } from './migrations.js';
import type { Database } from './schema.js';

export type Dialect = 'sqlite' | 'postgres';

export interface StorageOptions {
  /** The folder holding the SQLite file (`bot.sqlite`); unused with `databaseUrl`. */
  dataDir: string;
  /** A postgres:// URL: use that server instead of the SQLite file. */
  databaseUrl?: string | undefined;
  /** Told about the one-off import of the JSON-lines files. */
  logger?: Logger | undefined;
}

/** An open, migrated database and which dialect it speaks. */
export interface Storage {
  readonly db: Kysely<Database>;
  readonly dialect: Dialect;
  /** The Postgres URL, for a LISTEN connection of its own; null with SQLite. */
  readonly databaseUrl: string | null;
  close(): Promise<void>;
}

export const SQLITE_FILE = 'bot.sqlite';
// Shards on one machine share the file: a writer waits this long for another's write to end.
const BUSY_TIMEOUT_MS = 5_000;
const INT8_OID = 20;

/**
 * Opens the database, runs any migration it has not run yet, and imports the
 * JSON-lines files of older versions from dataDir once. SQLite by
 * default: one file in dataDir, in WAL mode so readers never wait for a writer
 * and several processes can share it. Postgres when `databaseUrl` is set.
 * Throws when the database cannot be opened or a migration fails.
 */
export function openStorage(options: StorageOptions): Promise<Storage> {
  // better-sqlite3 waits for a lock synchronously, so two connections of one process
  // migrating the same file at once would wait on each other for ever: take turns.
  const key = options.databaseUrl ?? join(options.dataDir, SQLITE_FILE);
  const opened = (opening.get(key) ?? Promise.resolve()).then(() => open(options));
  opening.set(key, opened.catch(() => undefined));
  return opened;
}

const opening = new Map<string, Promise<unknown>>();

async function open(options: StorageOptions): Promise<Storage> {
  const storage = options.databaseUrl ? postgres(options.databaseUrl) : await sqlite(options.dataDir);
  try {
    const migrator = new Migrator({ db: storage.db, provider: migrationProvider(storage.dialect) });
    const { error } = await migrator.migrateToLatest();
    if (error) throw error instanceof Error ? error : new Error(`migration failed: ${String(error)}`);
    await importJsonLines(storage.db, options.dataDir, options.logger);
  } catch (error) {
    await storage.close();
    throw error;
  }
  return storage;
}

async function sqlite(dataDir: string): Promise<Storage> {
  await mkdir(dataDir, { recursive: true });
  const file = new SqliteDatabase(join(dataDir, SQLITE_FILE), { timeout: BUSY_TIMEOUT_MS });
  file.pragma('journal_mode = WAL');
  // In WAL mode NORMAL survives a crash of the process (not of the machine) with nothing committed lost.
  file.pragma('synchronous = NORMAL');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: file }) });
  return { db, dialect: 'sqlite', databaseUrl: null, close: () => db.destroy() };
}

function postgres(databaseUrl: string): Storage {
  // count(*) is an int8, which pg hands over as a string by default; counts here fit a number.
  const types = {
    getTypeParser: (oid: number, format?: 'text' | 'binary') =>
      oid === INT8_OID ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format),
  };
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 5, types });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', databaseUrl, close: () => db.destroy() };
}
