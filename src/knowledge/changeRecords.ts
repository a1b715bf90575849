import { FILE_ON_DISK, newChangeId, type AuditAction, type AuditRecord, type EditActor } from './auditLog.js';
import { entryVersion } from './contentHash.js';
import type { EditPlan } from './entryEdits.js';
import type { Entry } from './schema.js';

export interface EntryChange {
  entryId: string | null;
  before: Entry | null;
  after: Entry | null;
}

/** What a change is about: the entry's id before and after (null for a whole-file change), and what it reverts. */
export type Change = Pick<EditPlan, 'action' | 'beforeId' | 'afterId'> & { reverts: string | null };

/** The change that reverts `target`: the entry goes back from its id after to its id before. */
export function undoChange(target: AuditRecord): Change {
  const beforeId = target.after?.id ?? target.entryId;
  const afterId = target.before?.id ?? target.entryId;
  return { action: 'undo', beforeId, afterId, reverts: target.changeId };
}

export interface FileChange {
  previousHash: string;
  nextHash: string;
  reverts?: string | null;
}

export function changeRecord(actor: EditActor, action: AuditAction, entry: EntryChange, file: FileChange): AuditRecord {
  return {
    changeId: newChangeId(),
    time: new Date().toISOString(),
    guildId: actor.guildId,
    moderatorId: actor.id,
    moderatorName: actor.name,
    action,
    entryId: entry.entryId,
    before: entry.before,
    after: entry.after,
    previousHash: file.previousHash,
    nextHash: file.nextHash,
    reverts: file.reverts ?? null,
  };
}

/** A change made to the file by hand; names the entry when exactly one changed, as a bot edit would. */
export function handEditRecord(
  previous: readonly Entry[] | null,
  next: readonly Entry[] | null,
  file: FileChange,
): AuditRecord {
  return changeRecord(FILE_ON_DISK, 'external-edit', singleEntryChange(previous, next), file);
}

function singleEntryChange(previous: readonly Entry[] | null, next: readonly Entry[] | null): EntryChange {
  const whole = { entryId: null, before: null, after: null };
  if (!previous || !next) return whole;
  const versions = (entries: readonly Entry[]) => new Map(entries.map((e) => [e.id, entryVersion(e)]));
  const [was, now] = [versions(previous), versions(next)];
  const gone = previous.filter((e) => now.get(e.id) !== was.get(e.id));
  const added = next.filter((e) => was.get(e.id) !== now.get(e.id));
  if (gone.length > 1 || added.length > 1) return whole;
  const before = gone[0] ?? null;
  const after = added[0] ?? null;
  // One entry removed and another added is a rename only when nothing else moved.
  return before || after ? { entryId: after?.id ?? before?.id ?? null, before, after } : whole;
}
