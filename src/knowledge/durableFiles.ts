import { randomBytes } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * The file-system calls the store writes with. Tests replace some of them to
 * simulate a full disk or a read-only folder, which chmod cannot do for root.
 */
export type FileOps = Pick<typeof fsp, 'open' | 'rename' | 'unlink' | 'stat' | 'mkdir'>;

export const nodeFileOps: FileOps = {
  open: fsp.open,
  rename: fsp.rename,
  unlink: fsp.unlink,
  stat: fsp.stat,
  mkdir: fsp.mkdir,
};

/**
 * Replaces `path` with `data` so that a crash at any moment leaves either the
 * whole old file or the whole new one, never a mix: write a temporary file in the
 * same folder (rename is only atomic within one file system), flush it to disk,
 * rename it over the target, then flush the folder so the rename itself survives
 * a power cut.
 */
export async function writeFileAtomic(path: string, data: Uint8Array, ops: FileOps = nodeFileOps): Promise<void> {
  const folder = dirname(path);
  const temp = join(folder, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const mode = await existingMode(path, ops);
  try {
    const handle = await ops.open(temp, 'wx');
    try {
      await handle.writeFile(data);
      // Keep the permissions a person gave the file; a new file would get the default ones.
      if (mode !== null) await handle.chmod(mode);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await ops.rename(temp, path);
  } catch (error) {
    await ops.unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncFolder(folder, ops);
}

// Flushing a folder is how POSIX makes a rename durable. Windows cannot open a
// folder this way, and the rename is still atomic there, so failure is ignored.
async function syncFolder(folder: string, ops: FileOps): Promise<void> {
  try {
    const handle = await ops.open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Not supported on this platform: the write is still atomic, only less durable.
  }
}

async function existingMode(path: string, ops: FileOps): Promise<number | null> {
  try {
    return (await ops.stat(path)).mode & 0o7777;
  } catch {
    return null;
  }
}

// writeFileAtomic's temp files: ".<name>.<pid>.<8 hex digits>.tmp".
const TEMP_NAME = /^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$/;

/**
 * Removes the temp files of writes whose process is no longer running (killed
 * mid-write), so crashes do not litter the folder. A live writer's file is kept.
 * Best effort: a file that cannot be listed or removed is left for next time.
 */
export async function removeAbandonedTemps(folder: string): Promise<void> {
  const names = await fsp.readdir(folder).catch(() => []);
  for (const name of names) {
    const pid = TEMP_NAME.exec(name)?.[1];
    if (pid !== undefined && processGone(Number(pid))) await fsp.unlink(join(folder, name)).catch(() => undefined);
  }
}

/** True when no process with this id runs on this machine (in this process's view of them). */
export function processGone(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    // EPERM: it exists, but belongs to someone else.
    return errorCode(error) === 'ESRCH';
  }
}

export function errorCode(error: unknown): string | null {
  const code: unknown = error instanceof Error ? Reflect.get(error, 'code') : undefined;
  return typeof code === 'string' ? code : null;
}
