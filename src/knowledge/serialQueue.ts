/**
 * Runs async tasks one at a time, in the order they were queued. Every change to
 * the knowledge goes through one queue, so each edit starts from the file the
 * previous edit left behind and no concurrent edit is lost.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task);
    // A failed task must not block the tasks queued after it.
    this.tail = result.catch(() => undefined);
    return result;
  }

  /** Resolves once every task queued so far has finished (successfully or not). */
  async idle(): Promise<void> {
    let seen: Promise<unknown>;
    do {
      seen = this.tail;
      await seen;
    } while (seen !== this.tail);
  }
}
