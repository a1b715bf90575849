import type { AuditAction } from './auditLog.js';
import { entryVersion } from './contentHash.js';
import { DuplicateIdError, StaleEditError, UnknownEntryError } from './editErrors.js';
import type { Knowledge } from './load.js';
import { QaDocument, type EntryDraft, type EntryPatch } from './qaDocument.js';
import { type Entry, findEntry } from './schema.js';
import { slugFromQuestion } from './slug.js';

/** What one edit would do to qa.yaml, worked out before anything is checked or written. */
export interface EditPlan {
  action: AuditAction;
  /** The entry's id before the change (null when it is new). */
  beforeId: string | null;
  /** The entry's id after the change (null when it is removed). */
  afterId: string | null;
  /** The new file text, or null when the edit changes nothing. */
  text: string | null;
  /** True when printing the file also changed layout outside the edit (it did not round-trip). */
  reformatted: boolean;
}

export function planAdd(knowledge: Knowledge, text: string, draft: EntryDraft): EditPlan {
  const taken = new Set(knowledge.entries.map((e) => e.id));
  const id = draft.id?.trim() || slugFromQuestion(draft.question, taken);
  if (taken.has(id)) throw new DuplicateIdError(id);
  return edit(text, 'add', null, id, (doc) => doc.add({ ...draft, id }));
}

export function planUpdate(
  knowledge: Knowledge,
  text: string,
  id: string,
  patch: EntryPatch,
  expectedVersion: string | undefined,
): EditPlan {
  checkVersion(find(knowledge, id), expectedVersion);
  const newId = patch.id?.trim() || id;
  if (newId !== id && knowledge.entries.some((e) => e.id === newId)) throw new DuplicateIdError(newId);
  return edit(text, 'update', id, newId, (doc) => doc.update(id, { ...patch, id: newId }));
}

export function planRemove(knowledge: Knowledge, text: string, id: string, expectedVersion: string | undefined): EditPlan {
  checkVersion(find(knowledge, id), expectedVersion);
  return edit(text, 'remove', id, null, (doc) => doc.remove(id));
}

// Adding a way of asking cannot overwrite anyone's work, so it needs no version.
export function planAddAlternate(knowledge: Knowledge, text: string, id: string, question: string): EditPlan {
  find(knowledge, id);
  return edit(text, 'add-alternate', id, id, (doc) => doc.addAlternate(id, question));
}

function edit(
  text: string,
  action: AuditAction,
  beforeId: string | null,
  afterId: string | null,
  change: (doc: QaDocument) => boolean | void,
): EditPlan {
  const doc = QaDocument.parse(text);
  const reformatted = !doc.roundTrips();
  const changed = change(doc) !== false;
  const next = doc.toString();
  return { action, beforeId, afterId, text: changed && next !== text ? next : null, reformatted };
}

function find(knowledge: Knowledge, id: string): Entry {
  const entry = findEntry(knowledge.entries, id);
  if (!entry) throw new UnknownEntryError(id);
  return entry;
}

function checkVersion(entry: Entry, expected: string | undefined): void {
  if (expected !== undefined && entryVersion(entry) !== expected) throw new StaleEditError(entry.id);
}
