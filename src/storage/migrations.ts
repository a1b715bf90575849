import { sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import type { Dialect } from './database.js';

/**
 * The schema's history, oldest first; the Migrator runs whatever a database has
 * not run yet, at start. Never edit a migration that has shipped: add the next one.
 * The two dialects differ only in how an auto-numbered key and raw bytes are spelled.
 */
export function migrations(dialect: Dialect): Record<string, Migration> {
  const serial = (db: Kysely<unknown>, table: string, column: string) =>
    db.schema
      .createTable(table)
      .ifNotExists()
      .addColumn(column, dialect === 'postgres' ? 'serial' : 'integer', (c) => (dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement()));
  return {
    '0001-initial': {
      async up(db) {
        await serial(db, 'questions', 'id')
          .addColumn('time', 'text', (c) => c.notNull())
          .addColumn('question', 'text', (c) => c.notNull())
          .addColumn('group_key', 'text', (c) => c.notNull())
          .addColumn('answered', 'integer', (c) => c.notNull())
          .addColumn('entry_id', 'text')
          .addColumn('confidence', 'double precision', (c) => c.notNull())
          .addColumn('nearest_id', 'text')
          .addColumn('guild_id', 'text')
          .addColumn('channel_id', 'text')
          .execute();
        await db.schema.createIndex('questions_time').on('questions').column('time').execute();
        await db.schema.createIndex('questions_unanswered').on('questions').columns(['answered', 'group_key']).execute();
        await db.schema
          .createTable('votes')
          .addColumn('key', 'text', (c) => c.primaryKey())
          .addColumn('user_hash', 'text')
          .addColumn('time', 'text', (c) => c.notNull())
          .addColumn('entry_id', 'text', (c) => c.notNull())
          .addColumn('question', 'text', (c) => c.notNull())
          .addColumn('group_key', 'text', (c) => c.notNull())
          .addColumn('helpful', 'integer', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('votes_user').on('votes').column('user_hash').execute();
        await db.schema
          .createTable('dismissals')
          .addColumn('group_key', 'text', (c) => c.primaryKey())
          .addColumn('time', 'text', (c) => c.notNull())
          .execute();
        await serial(db, 'audit', 'seq')
          .addColumn('change_id', 'text', (c) => c.notNull().unique())
          .addColumn('schema_version', 'integer', (c) => c.notNull())
          .addColumn('time', 'text', (c) => c.notNull())
          .addColumn('guild_id', 'text')
          .addColumn('moderator_id', 'text', (c) => c.notNull())
          .addColumn('moderator_name', 'text', (c) => c.notNull())
          .addColumn('action', 'text', (c) => c.notNull())
          .addColumn('entry_id', 'text')
          .addColumn('before', 'text')
          .addColumn('after', 'text')
          .addColumn('previous_hash', 'text', (c) => c.notNull())
          .addColumn('next_hash', 'text', (c) => c.notNull())
          .addColumn('reverts', 'text')
          .execute();
        await db.schema
          .createTable('snapshots')
          .addColumn('hash', 'text', (c) => c.primaryKey())
          .addColumn('bytes', dialect === 'postgres' ? 'bytea' : 'blob', (c) => c.notNull())
          .addColumn('time', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createTable('locks')
          .addColumn('name', 'text', (c) => c.primaryKey())
          .addColumn('holder', 'text', (c) => c.notNull())
          .addColumn('expires_at', 'double precision', (c) => c.notNull())
          .execute();
        // One row per one-off job done (the import of the JSON-lines files), so it is done once.
        await db.schema
          .createTable('imports')
          .addColumn('name', 'text', (c) => c.primaryKey())
          .addColumn('time', 'text', (c) => c.notNull())
          .execute();
      },
      async down(db) {
        for (const table of ['imports', 'locks', 'snapshots', 'audit', 'dismissals', 'votes', 'questions']) {
          await sql`drop table if exists ${sql.table(table)}`.execute(db);
        }
      },
    },
  };
}

/** Hands the Migrator the migrations above (it takes providers, not plain objects). */
export function migrationProvider(dialect: Dialect): MigrationProvider {
  return { getMigrations: () => Promise.resolve(migrations(dialect)) };
}
