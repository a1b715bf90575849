import type { Logger } from '../logger.js';

export interface BatchWriterOptions<T> {
  /** Writes one batch, in one transaction; a rejection loses that batch only. */
  write: (batch: readonly T[]) => Promise<void>;
  logger: Logger;
  /** What the log line names when a batch is lost (e.g. 'questions'). */
  kind: string;
  /** Written at once when this many are waiting (default 100). */
  maxBatch?: number;
  /** Otherwise written this long after the first one waiting came in (default 25 ms). */
  delayMs?: number;
}

interface Waiting<T> {
  record: T;
  settle: (error?: unknown) => void;
}

/**
 * Collects records handed in on the reply path and writes them in small batches,
 * one batch at a time, off that path: `add` returns at once with a promise that
 * settles when its batch is written (or lost). A stuck or failing database costs
 * the records in flight, logged once per batch, never an answer.
 */
export class BatchWriter<T> {
  private waiting: Array<Waiting<T>> = [];
  private timer: NodeJS.Timeout | null = null;
  private writing: Promise<void> = Promise.resolve();
  private readonly maxBatch: number;
  private readonly delayMs: number;

  constructor(private readonly options: BatchWriterOptions<T>) {
    this.maxBatch = options.maxBatch ?? 100;
    this.delayMs = options.delayMs ?? 25;
  }

  /** Queues the record; the promise resolves once it is written and rejects if its batch was lost. */
  add(record: T): Promise<void> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ record, settle: (error) => (error === undefined ? resolve() : reject(error)) });
      if (this.waiting.length >= this.maxBatch) void this.flush();
      else this.timer ??= setTimeout(() => void this.flush(), this.delayMs);
    });
  }

  /** Writes everything handed in so far; resolves (never rejects) once it is written or lost. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const batch = this.waiting;
    this.waiting = [];
    if (batch.length > 0) this.writing = this.writing.then(() => this.write(batch));
    return this.writing;
  }

  private async write(batch: ReadonlyArray<Waiting<T>>): Promise<void> {
    try {
      await this.options.write(batch.map((w) => w.record));
      for (const w of batch) w.settle();
    } catch (error) {
      this.options.logger.error('records-not-written', { kind: this.options.kind, lost: batch.length, error });
      for (const w of batch) w.settle(error);
    }
  }
}
