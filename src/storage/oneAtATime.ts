import { SaveFailedError } from '../knowledge/editErrors.js';
import { SerialQueue } from '../knowledge/serialQueue.js';
import type { Logger } from '../logger.js';
import { EditLock } from './editLock.js';
import type { Storage } from './database.js';

/**
 * Changes to the knowledge, one at a time: in this process (the queue), and in
 * every process and machine sharing the database (its lock), so each edit starts
 * from the file the last one left, whichever shard made it.
 */
export class OneAtATime {
  private readonly queue = new SerialQueue();
  private readonly lock: EditLock;

  constructor(
    storage: Storage,
    private readonly logger: Logger,
  ) {
    this.lock = new EditLock(storage.db, 'knowledge', logger);
  }

  /**
   * Runs `task` holding both. When the lock cannot be had, an edit (`mustLock`) is
   * refused with SaveFailedError; loading a change found on disk goes ahead, since
   * the worst it can do unlocked is record the same hand edit twice.
   */
  run<T>(task: () => Promise<T>, mustLock = true): Promise<T> {
    return this.queue.run(async () => {
      const release = await this.lock.acquire().catch((error: unknown) => {
        if (mustLock) throw new SaveFailedError(error);
        this.logger.warn('knowledge-lock-unavailable', { error });
        return null;
      });
      try {
        return await task();
      } finally {
        await release?.();
      }
    });
  }

  /** Resolves once every task queued so far has finished. */
  idle(): Promise<void> {
    return this.queue.idle();
  }
}
