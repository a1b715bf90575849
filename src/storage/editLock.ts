import { randomBytes } from 'node:crypto';
import { readlinkSync } from 'node:fs';
import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Kysely } from 'kysely';
import { processGone } from '../knowledge/durableFiles.js';
import type { Logger } from '../logger.js';
import type { Database } from './schema.js';

export interface EditLockOptions {
  /** A holder that has not released after this long is taken to be dead (default 10 s; edits take milliseconds). */
  leaseMs?: number;
  /** How long to wait before giving up (default 15 s: longer than the lease, so a dead holder never makes a wait fail). */
  timeoutMs?: number;
  /** Pause between attempts (default 20 ms, plus up to as much again at random). */
  retryMs?: number;
}

/** The lock stayed taken for the whole wait. */
export class LockTimeoutError extends Error {
  override name = 'LockTimeoutError';
}

/**
 * A named lock in the database, shared by every process that uses it: shards on
 * one machine and bots on several. It is a lease (a row with a holder and an
 * expiry) rather than a held transaction, so waiting never blocks the event loop
 * and a holder that dies frees it: at once when it was a process of this machine
 * that no longer runs, otherwise when its lease runs out.
 */
export class EditLock {
  private readonly leaseMs: number;
  private readonly timeoutMs: number;
  private readonly retryMs: number;

  constructor(
    private readonly db: Kysely<Database>,
    readonly name: string,
    private readonly logger: Logger,
    options: EditLockOptions = {},
  ) {
    this.leaseMs = options.leaseMs ?? 10_000;
    this.timeoutMs = options.timeoutMs ?? 15_000;
    this.retryMs = options.retryMs ?? 20;
  }

  /** Waits for the lock; resolves with the function that releases it. Rejects with LockTimeoutError or the database's error. */
  async acquire(): Promise<() => Promise<void>> {
    const token = `${holderHere()} ${randomBytes(6).toString('hex')}`;
    const deadline = Date.now() + this.timeoutMs;
    for (;;) {
      if (await this.tryTake(token)) return () => this.release(token);
      if (Date.now() >= deadline) throw new LockTimeoutError(`the ${this.name} lock stayed taken by another process for ${this.timeoutMs} ms`);
      await sleep(this.retryMs * (1 + Math.random()));
    }
  }

  private async tryTake(token: string): Promise<boolean> {
    const now = Date.now();
    const current = await this.db.selectFrom('locks').select(['holder', 'expires_at']).where('name', '=', this.name).executeTakeFirst();
    const expires_at = now + this.leaseMs;
    if (!current) {
      const taken = await this.db
        .insertInto('locks')
        .values({ name: this.name, holder: token, expires_at })
        .onConflict((oc) => oc.column('name').doNothing())
        .executeTakeFirst();
      return Number(taken.numInsertedOrUpdatedRows ?? 0) === 1;
    }
    const reason = holderGone(current.holder) ? 'holder-gone' : current.expires_at < now ? 'expired' : null;
    if (!reason) return false;
    // Only the waiter whose update still finds the dead holder's row takes it over.
    const taken = await this.db
      .updateTable('locks')
      .set({ holder: token, expires_at })
      .where('name', '=', this.name)
      .where('holder', '=', current.holder)
      .executeTakeFirst();
    const won = Number(taken.numUpdatedRows) === 1;
    if (won) this.logger.warn('lock-stale-removed', { lock: this.name, holder: current.holder, reason });
    return won;
  }

  private async release(token: string): Promise<void> {
    try {
      const released = await this.db.deleteFrom('locks').where('name', '=', this.name).where('holder', '=', token).executeTakeFirst();
      if (Number(released.numDeletedRows) !== 1) this.logger.warn('lock-lost', { lock: this.name });
    } catch (error) {
      this.logger.warn('lock-lost', { lock: this.name, error });
    }
  }
}

// The holder's part of a token: "<host> pid <pid> ns <pid namespace>". Process ids
// are only comparable within one pid namespace: containers on one host can share
// a hostname but each has its own pids.
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

// Linux names each pid namespace ("pid:[4026531836]"); elsewhere only the lease tells a dead holder.
function pidNamespace(): string {
  try {
    return readlinkSync('/proc/self/ns/pid');
  } catch {
    return 'unknown';
  }
}
