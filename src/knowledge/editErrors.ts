import { formatIssue, type KnowledgeIssue } from './issues.js';

/**
 * Base of every refusal from the knowledge store. Each message is written for the
 * moderator who asked for the change, so the Discord layer can show it as it is.
 */
export class KnowledgeEditError extends Error {
  override name = 'KnowledgeEditError';
}

/**
 * The change would make the knowledge invalid (the same checks as kb:check), or
 * the file on disk is already invalid. Carries every problem so all can be fixed at once.
 */
export class ValidationRejected extends KnowledgeEditError {
  override name = 'ValidationRejected';

  constructor(
    readonly issues: readonly KnowledgeIssue[],
    /** True when the problems are in qa.yaml as it is on disk, not in the requested change. */
    readonly onDisk = false,
  ) {
    const lead = onDisk
      ? 'qa.yaml on disk has problems; fix them (or restore the file) before editing through the bot'
      : 'the change was refused because the knowledge would have problems';
    super(`${lead}:\n${issues.map((i) => `  ${formatIssue(i)}`).join('\n')}`);
  }
}

/** The entry (or the file) changed after the moderator looked at it; their edit would overwrite that change. */
export class StaleEditError extends KnowledgeEditError {
  override name = 'StaleEditError';

  constructor(
    readonly entryId: string | null,
    message = 'this entry was changed by someone else since you opened it; open it again to see the change',
  ) {
    super(message);
  }
}

export class UnknownEntryError extends KnowledgeEditError {
  override name = 'UnknownEntryError';

  constructor(readonly entryId: string) {
    super(`there is no entry with id "${entryId}"`);
  }
}

export class DuplicateIdError extends KnowledgeEditError {
  override name = 'DuplicateIdError';

  constructor(readonly entryId: string) {
    super(`an entry with id "${entryId}" already exists`);
  }
}

/** Undo has nothing it can safely revert (no recorded change, or its saved copy is gone). */
export class NothingToUndoError extends KnowledgeEditError {
  override name = 'NothingToUndoError';

  constructor(message = 'there is no change to undo') {
    super(message);
  }
}

/**
 * Writing to disk failed (disk full, read-only folder, ...). Nothing was swapped in:
 * the knowledge in use is the knowledge from before the request.
 */
export class SaveFailedError extends KnowledgeEditError {
  override name = 'SaveFailedError';

  constructor(cause: unknown) {
    super(`the change could not be saved (${describeError(cause)}); the knowledge in use is unchanged`, { cause });
  }
}

/** An error in one line, with its system code (ENOSPC, EROFS, ...) when it has one. */
export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const code: unknown = Reflect.get(error, 'code');
    return typeof code === 'string' && !error.message.startsWith(code) ? `${code}: ${error.message}` : error.message;
  }
  return String(error);
}
