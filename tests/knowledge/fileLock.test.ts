import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileLock, LockTimeoutError } from '../../src/knowledge/fileLock.js';
import { quietLogger } from './helpers.js';

let folder: string;
let lockPath: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'file-lock-'));
  lockPath = join(folder, 'data', 'knowledge.lock');
});

afterEach(() => rm(folder, { recursive: true, force: true }));

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('FileLock', () => {
  it('lets only one holder in at a time, however many wait, and removes its file when done', async () => {
    // Separate instances stand for separate processes: nothing but the file is shared.
    const locks = Array.from({ length: 4 }, () => new FileLock(lockPath, quietLogger(), { retryMs: 2 }));
    let inside = 0;
    let most = 0;
    const order: number[] = [];

    await Promise.all(
      locks.map((lock, n) =>
        lock.run(async () => {
          most = Math.max(most, ++inside);
          await pause(15);
          order.push(n);
          inside -= 1;
        }),
      ),
    );

    expect(most).toBe(1);
    expect(order.toSorted()).toEqual([0, 1, 2, 3]);
    await expect(stat(lockPath)).rejects.toThrow(/ENOENT/);
  });

  it('releases the lock when the task throws', async () => {
    const lock = new FileLock(lockPath, quietLogger());

    await expect(lock.run(() => Promise.reject(new Error('task failed')))).rejects.toThrow('task failed');

    await expect(lock.run(async () => 'again')).resolves.toBe('again');
  });

  it('removes a lock left behind by a process that died holding it, once it is older than staleMs', async () => {
    await new FileLock(lockPath, quietLogger()).acquire(); // never released, as by a crash
    const old = new Date(Date.now() - 60_000);
    await utimes(lockPath, old, old);
    const logger = quietLogger();

    const result = await new FileLock(lockPath, logger, { staleMs: 10_000, timeoutMs: 1_000 }).run(async () => 'got it');

    expect(result).toBe('got it');
    expect(logger.events.map((e) => e.event)).toEqual(['lock-stale-removed']);
  });

  it.skipIf(process.platform !== 'linux')('removes at once a lock whose holder, a process on this machine, is no longer running', async () => {
    await new FileLock(lockPath, quietLogger()).acquire(); // never released, as by a crash
    const exited = spawn(process.execPath, ['-e', '0']);
    await once(exited, 'exit');
    const token = await readFile(lockPath, 'utf8');
    await writeFile(lockPath, token.replace(` pid ${process.pid} `, ` pid ${String(exited.pid)} `));
    const logger = quietLogger();

    const result = await new FileLock(lockPath, logger, { staleMs: 60_000, timeoutMs: 5_000 }).run(async () => 'got it');

    expect(result).toBe('got it');
    expect(logger.events).toEqual([
      expect.objectContaining({ event: 'lock-stale-removed', fields: expect.objectContaining({ reason: 'holder-gone' }) }),
    ]);
  });

  it('gives up after timeoutMs while a live holder keeps the lock, and leaves that holder’s file alone', async () => {
    await new FileLock(lockPath, quietLogger()).acquire();
    const holder = await readFile(lockPath, 'utf8');
    const waiter = new FileLock(lockPath, quietLogger(), { staleMs: 60_000, timeoutMs: 100, retryMs: 5 });

    const started = Date.now();
    await expect(waiter.run(async () => 'never')).rejects.toThrow(LockTimeoutError);

    expect(Date.now() - started).toBeLessThan(1_000);
    expect(await readFile(lockPath, 'utf8')).toBe(holder);
  });

  it('does not delete a lock that another holder took over after its own was judged stale', async () => {
    const logger = quietLogger();
    const release = await new FileLock(lockPath, logger).acquire();
    await writeFile(lockPath, 'someone else');

    await release();

    expect(await readFile(lockPath, 'utf8')).toBe('someone else');
    expect(logger.events.map((e) => e.event)).toEqual(['lock-lost']);
  });
});
