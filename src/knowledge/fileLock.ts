import { randomBytes } from 'node:crypto';
import { readlinkSync } from 'node:fs';
import { mkdir, open, readFile, stat, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '../logger.js';
import { errorCode, processGone } from './durableFiles.js';

export interface FileLockOptions {
  /** A lock file older than this was left by a process that died holding it, and is removed (default 10 s). */
  staleMs?: number;
  /** How long to wait for the lock before giving up (default 15 s: longer than staleMs, so a dead holder never makes a wait fail). */
  timeoutMs?: number;
  /** Pause between two attempts (default 20 ms, plus up to as much again at random so waiters do not move in step). */
  retryMs?: number;
}

/** The lock stayed taken for the whole wait. */
export class LockTimeoutError extends Error {
  override name = 'LockTimeoutError';
}

/**
 * A lock shared by every process that can reach `path`: each shard of the bot
 * runs its own KnowledgeStore on the same files, and the SerialQueue inside one
 * process cannot keep two of them from editing at once. The lock is a file
 * created with O_EXCL ('wx'), which exactly one process can win, also on NFS v3+.
 *
 * A holder that crashes leaves the file behind. It is removed at once when the
 * holder was a process of this machine that no longer runs, else after `staleMs`.
 * Holders keep it for milliseconds (one edit), so a live holder is never taken
 * for a dead one in practice; if it were, release() notices and logs it.
 */
export class FileLock {
  private readonly staleMs: number;
  private readonly timeoutMs: number;
  private readonly retryMs: number;

  constructor(
    readonly path: string,
    private readonly logger: Logger,
    options: FileLockOptions = {},
  ) {
    this.staleMs = options.staleMs ?? 10_000;
    this.timeoutMs = options.timeoutMs ?? 15_000;
    this.retryMs = options.retryMs ?? 20;
  }

  /** Runs `task` holding the lock; rejects with LockTimeoutError (or the file-system error) if it cannot be had. */
  async run<T>(task: () => Promise<T>): Promise<T> {
    const release = await this.acquire();
    try {
      return await task();
    } finally {
      await release();
    }
  }

  /** Waits for the lock; resolves with the function that releases it. */
  async acquire(): Promise<() => Promise<void>> {
    const token = `${holderHere()} ${randomBytes(6).toString('hex')}`;
    const deadline = Date.now() + this.timeoutMs;
    await mkdir(dirname(this.path), { recursive: true });
    for (;;) {
      if (await this.tryCreate(token)) return () => this.release(token);
      await this.removeIfStale();
      if (Date.now() >= deadline) {
        throw new LockTimeoutError(`${this.path} stayed locked by another process for ${this.timeoutMs} ms`);
      }
      await sleep(this.retryMs * (1 + Math.random()));
    }
  }

  private async tryCreate(token: string): Promise<boolean> {
    try {
      const handle = await open(this.path, 'wx');
      try {
        await handle.writeFile(token, 'utf8');
      } finally {
        await handle.close();
      }
      return true;
    } catch (error) {
      if (errorCode(error) === 'EEXIST') return false;
      throw error;
    }
  }

  private async removeIfStale(): Promise<void> {
    try {
      const { mtimeMs } = await stat(this.path);
      const holder = await readFile(this.path, 'utf8');
      // A holder known to be dead (killed on this machine) is not waited for: a
      // restarted bot must not sit out staleMs before its first edit.
      const ageMs = Math.round(Date.now() - mtimeMs);
      const reason = holderGone(holder) ? 'holder-gone' : holder === '' && ageMs >= UNNAMED_MS ? 'unnamed' : 'too-old';
      if (reason === 'too-old' && ageMs < this.staleMs) return;
      await unlink(this.path);
      this.logger.warn('lock-stale-removed', { path: this.path, holder, ageMs, reason });
    } catch (error) {
      // Released (or removed by another waiter) in the meantime: just try again.
      if (errorCode(error) !== 'ENOENT') throw error;
    }
  }

  private async release(token: string): Promise<void> {
    try {
      const holder = await readFile(this.path, 'utf8');
      if (holder === token) await unlink(this.path);
      else this.logger.warn('lock-lost', { path: this.path, holder });
    } catch (error) {
      this.logger.warn('lock-lost', { path: this.path, error });
    }
  }
}

// A holder writes its name into the lock the moment it has created it: one still
// without a name after this long was killed in between.
const UNNAMED_MS = 1_000;

// The holder's part of a token: "<host> pid <pid> ns <pid namespace>". Process ids
// are only comparable within one pid namespace: containers on one host can share
// a hostname (host networking) but each has its own pids.
const TOKEN = /^(.*) pid (\d+) ns (\S+) [0-9a-f]{12}$/;
let here: string | null = null;

function holderHere(): string {
  here ??= `${hostname()} pid ${process.pid} ns ${pidNamespace()}`;
  return here;
}

/** True only when the holder is certainly dead: a process of this machine and namespace that no longer runs. */
function holderGone(holder: string): boolean {
  const [, host, pid, namespace] = TOKEN.exec(holder) ?? [];
  if (pid === undefined || namespace === 'unknown') return false;
  return host === hostname() && namespace === pidNamespace() && processGone(Number(pid));
}

// Linux names each pid namespace ("pid:[4026531836]"); elsewhere only age tells a dead holder.
function pidNamespace(): string {
  try {
    return readlinkSync('/proc/self/ns/pid');
  } catch {
    return 'unknown';
  }
}
