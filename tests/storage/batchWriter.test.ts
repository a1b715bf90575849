import { describe, expect, it } from 'vitest';
import { BatchWriter } from '../../src/storage/batchWriter.js';
import { startRetention } from '../../src/storage/retention.js';
import { quietLogger } from '../knowledge/helpers.js';

describe('the batch writer', () => {
  it('takes records at once while a write is stuck, and writes them together once it is free', async () => {
    const batches: number[][] = [];
    let unstick: () => void = () => undefined;
    const stuck = new Promise<void>((resolve) => (unstick = resolve));
    const writer = new BatchWriter<number>({
      kind: 'test',
      logger: quietLogger(),
      write: async (batch) => {
        if (batches.length === 0) await stuck;
        batches.push([...batch]);
      },
    });
    const first = writer.add(1);
    void writer.flush();
    // The database is stuck on the first batch; more records are still taken in.
    const later = [writer.add(2), writer.add(3)];
    unstick();
    await Promise.all([first, ...later]);
    expect(batches).toEqual([[1], [2, 3]]);
  });

  it('loses only the batch whose write failed, and says so once', async () => {
    const logger = quietLogger();
    let fail = true;
    const writer = new BatchWriter<string>({ kind: 'questions', logger, write: () => (fail ? Promise.reject(new Error('SQLITE_FULL')) : Promise.resolve()) });
    const lost = [writer.add('a'), writer.add('b')];
    await writer.flush();
    fail = false;
    const kept = writer.add('c');
    await writer.flush();
    await expect(Promise.all(lost)).rejects.toThrow('SQLITE_FULL');
    await expect(kept).resolves.toBeUndefined();
    expect(logger.events.filter((e) => e.event === 'records-not-written').map((e) => e.fields)).toMatchObject([{ kind: 'questions', lost: 2 }]);
  });
});

describe('retention', () => {
  it('prunes questions and snapshots at start, and logs a failure instead of stopping', async () => {
    const logger = quietLogger();
    const pruned: string[] = [];
    const stop = startRetention(
      { pruneSnapshots: () => (pruned.push('snapshots'), Promise.resolve(3)) },
      { prune: () => (pruned.push('questions'), Promise.resolve(2)) },
      logger,
    );
    await new Promise((resolve) => setImmediate(resolve));
    stop.stop();
    expect(pruned).toEqual(['questions', 'snapshots']);
    expect(logger.events.find((e) => e.event === 'retention-pruned')?.fields).toEqual({ questions: 2, snapshots: 3 });

    const failing = startRetention({ pruneSnapshots: () => Promise.resolve(0) }, { prune: () => Promise.reject(new Error('locked')) }, logger);
    await new Promise((resolve) => setImmediate(resolve));
    failing.stop();
    expect(logger.events.map((e) => e.event)).toContain('retention-failed');
  });
});
