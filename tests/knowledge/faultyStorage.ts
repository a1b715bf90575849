/**
 * A database that refuses writes to some tables while `active()` says so, as a
 * full or read-only disk under the database would: the store's `storage` hook.
 */
import { InsertQueryNode, type KyselyPlugin } from 'kysely';
import { openStorage, type Storage } from '../../src/storage/database.js';

export async function faultyStorage(dataDir: string, tables: readonly string[], active: () => boolean): Promise<Storage> {
  const storage = await openStorage({ dataDir });
  const plugin: KyselyPlugin = {
    transformQuery({ node }) {
      const table = InsertQueryNode.is(node) ? node.into?.table.identifier.name : undefined;
      if (active() && table !== undefined && tables.includes(table)) {
        throw Object.assign(new Error('SQLITE_FULL: database or disk is full'), { code: 'SQLITE_FULL' });
      }
      return node;
    },
    transformResult: ({ result }) => Promise.resolve(result),
  };
  return { ...storage, db: storage.db.withPlugin(plugin) };
}
