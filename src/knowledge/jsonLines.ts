import { createReadStream } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { z } from 'zod';
import { errorCode } from './durableFiles.js';

const NEWLINE = 0x0a;
const CHUNK_SIZE = 64 * 1024;

/** One JSON Lines record, or null for a line that is not one (a torn write from a crash, a hand edit). */
export function parseRecord<T>(line: string, schema: z.ZodType<T>): T | null {
  if (!line.trim()) return null;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return null;
  }
  const result = schema.safeParse(value);
  return result.success ? result.data : null;
}

/** The lines of a file, oldest first, streamed (a missing file has none). */
export async function* readLinesForward(path: string): AsyncGenerator<string> {
  const stream = createReadStream(path, { encoding: 'utf8' });
  const opened = new Promise<boolean>((resolve, reject) => {
    stream.once('open', () => resolve(true));
    stream.once('error', (error) => (errorCode(error) === 'ENOENT' ? resolve(false) : reject(error)));
  });
  if (!(await opened)) return;
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  try {
    for await (const line of lines) yield line;
  } finally {
    lines.close();
    stream.destroy();
  }
}

/**
 * The lines of a file, newest (last) first, reading from the end in chunks, so
 * "the last 10 changes" costs the same however long the log has grown.
 */
export async function* readLinesBackward(path: string): AsyncGenerator<string> {
  let handle: FileHandle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return;
    throw error;
  }
  try {
    let position = (await handle.stat()).size;
    // Bytes of a line whose start has not been read yet. Lines are split on the
    // newline byte, which never occurs inside a multi-byte UTF-8 character.
    let pending = Buffer.alloc(0);
    while (position > 0) {
      const size = Math.min(CHUNK_SIZE, position);
      position -= size;
      const chunk = Buffer.alloc(size);
      await handle.read(chunk, 0, size, position);
      pending = Buffer.concat([chunk, pending]);
      let end = pending.length;
      for (let at = pending.lastIndexOf(NEWLINE, end - 1); at >= 0; at = pending.lastIndexOf(NEWLINE, end - 1)) {
        if (at + 1 < end) yield pending.subarray(at + 1, end).toString('utf8');
        end = at;
        if (end === 0) break;
      }
      pending = pending.subarray(0, end);
    }
    if (pending.length) yield pending.toString('utf8');
  } finally {
    await handle.close();
  }
}
