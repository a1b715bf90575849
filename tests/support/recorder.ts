interface Waiter<T> {
  predicate: (item: T) => boolean;
  resolve: (item: T) => void;
  reject: (error: Error) => void;
}

/**
 * An append-only log that tests can wait on: `waitFor` resolves with the first
 * entry (already recorded or still to come) that matches, or rejects after a
 * bounded timeout with a message listing what was seen instead.
 */
export class Recorder<T> {
  readonly items: T[] = [];
  private readonly waiters = new Set<Waiter<T>>();

  constructor(private readonly describe: (item: T) => string) {}

  push(item: T): void {
    this.items.push(item);
    for (const waiter of [...this.waiters]) {
      if (waiter.predicate(item)) waiter.resolve(item);
    }
  }

  waitFor(predicate: (item: T) => boolean, timeoutMs: number, what = 'entry'): Promise<T> {
    const found = this.items.find(predicate);
    if (found !== undefined) return Promise.resolve(found);
    return new Promise<T>((resolve, reject) => {
      const settle = () => {
        clearTimeout(timer);
        this.waiters.delete(waiter);
      };
      const waiter: Waiter<T> = {
        predicate,
        resolve: (item) => (settle(), resolve(item)),
        reject: (error) => (settle(), reject(error)),
      };
      const timer = setTimeout(() => {
        const seen = this.items.map(this.describe).join(', ') || 'nothing';
        waiter.reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${what}; seen: ${seen}`));
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }

  /** Rejects every pending waiter, e.g. when the fake shuts down. */
  rejectAll(reason: string): void {
    for (const waiter of [...this.waiters]) waiter.reject(new Error(reason));
  }
}
