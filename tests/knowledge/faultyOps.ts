/**
 * File-system faults for the store's `fileOps` hook: a full disk, a read-only
 * knowledge folder (faultyStorage.ts fails the database). chmod cannot make a
 * folder read-only for root (CI often runs as root), so the calls fail instead,
 * with the errors the kernel would give, while `active()` says so.
 */
import * as fsp from 'node:fs/promises';
import { sep } from 'node:path';
import type { FileOps } from '../../src/knowledge/durableFiles.js';
import type { TempFolders } from './helpers.js';

export const FAULTS = ['a full disk', 'a read-only knowledge folder'] as const;
export type Fault = (typeof FAULTS)[number];

/** The system error code each fault gives, as the moderator's message names it. */
export const FAULT_CODES: Record<Fault, string> = {
  'a full disk': 'ENOSPC',
  'a read-only knowledge folder': 'EROFS',
};

type OpenFlags = Parameters<FileOps['open']>[1];

export function faultyOps(fault: Fault, folders: Pick<TempFolders, 'knowledgeDir' | 'dataDir'>, active: () => boolean): Partial<FileOps> {
  const code = FAULT_CODES[fault];
  const error = (call: string, path: unknown) => Object.assign(new Error(`${code}: ${call} '${String(path)}'`), { code });
  const inside = (folder: string, path: unknown) => String(path).startsWith(folder + sep);

  if (fault === 'a full disk') {
    // Creating an empty file still works on a full disk; writing its bytes does not.
    return {
      open: async (path, flags, mode) => {
        const handle = await fsp.open(path, flags, mode);
        if (!active() || !writes(flags)) return handle;
        const full = () => Promise.reject(error('write', path));
        return Object.assign(handle, { writeFile: full, appendFile: full });
      },
    };
  }
  const refused = (path: unknown) => active() && inside(folders.knowledgeDir, path);
  return {
    open: (path, flags, mode) => (refused(path) && writes(flags) ? Promise.reject(error('open', path)) : fsp.open(path, flags, mode)),
    rename: (from, to) => (refused(to) ? Promise.reject(error('rename', to)) : fsp.rename(from, to)),
  };
}

function writes(flags: OpenFlags): boolean {
  return typeof flags === 'string' ? /[wa+]/.test(flags) : flags !== undefined && flags !== fsp.constants.O_RDONLY;
}
