import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LineAppender } from '../../src/knowledge/lineAppender.js';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'line-appender-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const linesOf = async (path: string) => (await readFile(path, 'utf8')).split('\n').slice(0, -1);

describe('LineAppender', () => {
  it('writes lines handed in at once in order, each promise resolving once its line is in the file', async () => {
    const path = join(dir, 'log.jsonl');
    const appender = new LineAppender(path);
    const written: number[] = [];
    await Promise.all(
      Array.from({ length: 500 }, (_, n) => appender.append(`{"n":${n}}`).then(() => written.push(n))),
    );
    expect(written).toEqual(Array.from({ length: 500 }, (_, n) => n));
    expect(await linesOf(path)).toEqual(Array.from({ length: 500 }, (_, n) => `{"n":${n}}`));
    await appender.close();
  });

  it('appends to what is already there, and opens the file again after close()', async () => {
    const path = join(dir, 'log.jsonl');
    const first = new LineAppender(path);
    await first.append('one');
    await first.close();
    await first.append('two');
    await new LineAppender(path).append('three');
    await first.close();
    expect(await linesOf(path)).toEqual(['one', 'two', 'three']);
  });

  it('refuses new lines at once while 10,000 already wait, rather than pile them up in memory', async () => {
    const path = join(dir, 'log.jsonl');
    const appender = new LineAppender(path);
    // The first line is being written; the next 10,000 wait behind it, and one more is too many.
    const lines = Array.from({ length: 10_002 }, (_, n) => appender.append(`line ${n}`));
    await expect(lines.at(-1)).rejects.toThrow(/already waiting/);
    await Promise.all(lines.slice(0, -1));
    expect(await linesOf(path)).toHaveLength(10_001);
    await appender.close();
  });

  it('fails the lines it cannot write, and writes later ones once it can', async () => {
    const path = join(dir, 'missing', 'log.jsonl');
    const appender = new LineAppender(path);
    await expect(appender.append('lost')).rejects.toThrow(/ENOENT/);
    await mkdir(join(dir, 'missing'));
    await appender.append('kept');
    await appender.idle();
    expect(await linesOf(path)).toEqual(['kept']);
    await appender.close();
  });
});
