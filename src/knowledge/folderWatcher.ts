import { watch, type FSWatcher } from 'node:fs';

export interface FolderWatcher {
  close(): void;
}

/**
 * Calls `onChange` with the names (of those given) that changed in `folder`, once
 * things have been quiet for `debounceMs`: editors and our own atomic writes
 * produce bursts of events (temp file, rename, ...) for what is one change.
 *
 * The folder is watched rather than the file, because saving by rename replaces
 * the file and a watch on the old file would go silent.
 */
export function watchFolder(
  folder: string,
  names: readonly string[],
  onChange: (changed: ReadonlySet<string>) => void,
  onError: (error: Error) => void,
  debounceMs = 100,
): FolderWatcher {
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | null = null;
  let closed = false;

  const flush = () => {
    timer = null;
    const changed = pending;
    pending = new Set();
    if (!closed && changed.size) onChange(changed);
  };

  // Not persistent: a forgotten watcher must not keep a test run or a CLI alive.
  const watcher: FSWatcher = watch(folder, { persistent: false }, (_event, filename) => {
    // Some platforms do not say which file changed; then any of them may have.
    const name = filename === null ? null : String(filename);
    if (name !== null && !names.includes(name)) return;
    for (const each of name === null ? names : [name]) pending.add(each);
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, debounceMs);
    timer.unref();
  });
  watcher.on('error', (error) => {
    if (!closed) onError(error);
  });

  return {
    close() {
      closed = true;
      if (timer) clearTimeout(timer);
      watcher.close();
    },
  };
}
