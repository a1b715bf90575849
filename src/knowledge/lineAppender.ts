import { open, type FileHandle } from 'node:fs/promises';

// A handle left open while nobody writes would outlive a forgotten close() and keep a
// rotated-away file growing; a second of quiet is cheap to reopen after.
const CLOSE_WHEN_IDLE_MS = 1_000;
// On a stuck disk lines would pile up in memory for good; past this many, new ones fail
// at once (the caller carries on without its record) until the disk takes writes again.
const MAX_WAITING_LINES = 10_000;

interface Waiting {
  text: string;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Appends lines to one file, in the order they are handed in, through one handle kept
 * open while lines keep coming, and the lines that arrive while a write is under way go
 * out together in the next write. Opening and closing the file for every line (appendFile)
 * cost three trips through the thread pool a line; this is one, or less under load.
 * Writes stay asynchronous, so a slow or stuck disk holds back records, never the bot.
 *
 * Each promise resolves once its line is written (handed to the operating system; as with
 * appendFile, nothing is fsynced). A crash loses the lines still waiting, whose promises have
 * not resolved, and can tear the last line written, which readers skip.
 */
export class LineAppender {
  private waiting: Waiting[] = [];
  private handle: FileHandle | null = null;
  private writing: Promise<void> | null = null;
  private idleTimer: NodeJS.Timeout | null = null;

  constructor(readonly path: string) {}

  /** `line` (without its newline) at the end of the file; resolves once it is written. */
  append(line: string): Promise<void> {
    if (this.waiting.length >= MAX_WAITING_LINES) {
      return Promise.reject(new Error(`${MAX_WAITING_LINES} lines are already waiting to be written to ${this.path}`));
    }
    return new Promise((resolve, reject) => {
      this.waiting.push({ text: `${line}\n`, resolve, reject });
      this.writing ??= this.drain();
    });
  }

  /** Resolves once every line handed in so far is written (or has failed). */
  async idle(): Promise<void> {
    while (this.writing) await this.writing;
  }

  /** Writes what is waiting and closes the file; a later append opens it again. */
  async close(): Promise<void> {
    await this.idle();
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    await this.release();
  }

  private async drain(): Promise<void> {
    while (this.waiting.length > 0) {
      const batch = this.waiting;
      this.waiting = [];
      try {
        this.handle ??= await open(this.path, 'a');
        await this.handle.appendFile(batch.length === 1 ? (batch[0]?.text ?? '') : batch.map((w) => w.text).join(''));
        for (const w of batch) w.resolve();
      } catch (error) {
        for (const w of batch) w.reject(error);
        // The handle may be what failed (a removed disk); the next line opens the file afresh.
        await this.release();
      }
    }
    this.writing = null;
    this.closeWhenIdle();
  }

  private closeWhenIdle(): void {
    // One timer, pushed back after every write: refresh() is cheaper than a new timer each time.
    if (this.idleTimer) {
      this.idleTimer.refresh();
      return;
    }
    this.idleTimer = setTimeout(() => {
      this.idleTimer = null;
      if (this.writing === null) void this.release();
    }, CLOSE_WHEN_IDLE_MS).unref();
  }

  private async release(): Promise<void> {
    const handle = this.handle;
    this.handle = null;
    // Closing a handle whose file or disk has gone can fail; it is released either way.
    await handle?.close().catch(() => undefined);
  }
}
