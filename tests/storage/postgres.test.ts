import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { startPostgres } from '../support/postgres.js';
import { storeSuite } from './storeSuite.js';

const server = await startPostgres();
const folders: string[] = [];
afterAll(async () => {
  if (!('unavailable' in server)) await server.stop();
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
});

if ('unavailable' in server) {
  describe.skip(`the stores on Postgres (skipped: the server could not start here: ${server.unavailable})`, () => {
    it('runs the store suite', () => undefined);
  });
} else {
  describe('the stores on Postgres', () => {
    storeSuite(async () => {
      // dataDir holds only the JSON-lines files to import: an empty folder here.
      const dataDir = await mkdtemp(join(tmpdir(), 'store-pg-'));
      folders.push(dataDir);
      return { dataDir, databaseUrl: await server.createDatabase() };
    });
  });
}
