import type { Logger } from '../logger.js';
import { watchFolder, type FolderWatcher } from './folderWatcher.js';
import { KNOWLEDGE_FILES } from './load.js';

/**
 * Watches the knowledge folder for hand edits. `onChange(wholeFolder)` is told
 * whether the article or quotations changed, since that can invalidate every
 * entry; `onError` when the watch stops working. Returns null when the folder
 * cannot be watched (out of inotify watches, say): the bot still answers, and
 * /kb reload still works.
 */
export function watchKnowledge(
  knowledgeDir: string,
  debounceMs: number | undefined,
  logger: Logger,
  onChange: (wholeFolder: boolean) => void,
  onError: (error: Error) => void,
): FolderWatcher | null {
  const { article, quotations, entries } = KNOWLEDGE_FILES;
  const changed = (names: ReadonlySet<string>) => onChange(names.has(article) || names.has(quotations));
  try {
    return watchFolder(knowledgeDir, [article, quotations, entries], changed, onError, debounceMs);
  } catch (error) {
    logger.error('knowledge-watch-unavailable', { knowledgeDir, error });
    return null;
  }
}
