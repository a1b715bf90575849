import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * A way to force a full collection, so that heap deltas measure what a structure
 * keeps rather than garbage that happens not to be collected yet. `--expose-gc`
 * (as `npm run bench` passes) gives `gc` directly; otherwise V8 can still be asked
 * for it at run time. Null when neither works: heap figures are then approximate.
 */
export function garbageCollector(): (() => void) | null {
  if (typeof globalThis.gc === 'function') return () => globalThis.gc?.();
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    if (typeof gc === 'function') return () => void gc();
  } catch {
    // Not available in this runtime: fall through to approximate figures.
  }
  return null;
}

/** Heap in use after a full collection when one can be forced (twice: the first can leave work for the second). */
export function settledHeap(gc: (() => void) | null): number {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed;
}

/** What building a structure adds to the heap: bytes kept, measured around `build` with the result still alive. */
export function heapOf<T>(gc: (() => void) | null, build: () => T): { value: T; bytes: number } {
  const before = settledHeap(gc);
  const value = build();
  const bytes = settledHeap(gc) - before;
  return { value, bytes: Math.max(0, bytes) };
}
