/**
 * The custom ids of /kb's buttons and forms. Each carries everything its handler
 * needs (no per-message state, so they survive restarts and work on any shard),
 * within Discord's 100 characters. Parsing accepts only the exact shapes built
 * here: anything else is stale or forged and gets a notice, never a lookup.
 */
import { ID_PATTERN } from '../../../knowledge/schema.js';

export type KbButton =
  | { kind: 'remove'; entryId: string; version: string }
  | { kind: 'cancel' }
  | { kind: 'list'; page: number }
  | { kind: 'review'; page: number }
  | { kind: 'alternate'; groupKey: string; entryId: string }
  | { kind: 'create'; groupKey: string }
  | { kind: 'dismiss'; groupKey: string };

/**
 * The entry form: a new entry (maybe for a review-queue group), or an edit made from a version of an entry;
 * or the form of an entry's Spanish side, made from a version of it.
 */
export type KbForm =
  | { kind: 'add'; groupKey: string | null }
  | { kind: 'edit'; entryId: string; version: string }
  | { kind: 'translate'; entryId: string; version: string };

// The shapes of what ids carry: entry ids as the schema allows them (at most 64
// characters), entry versions and review-group keys as 12-digit short hashes.
const ID = `(${ID_PATTERN})`;
const HASH = '([0-9a-f]{12})';
const PAGE = '(\\d{1,4})';
const MAX_ID = 64;

export function buttonId(action: KbButton): string {
  switch (action.kind) {
    case 'remove':
      return `kb:rm:${action.entryId}:${action.version}`;
    case 'cancel':
      return 'kb:cancel';
    case 'list':
      return `kb:list:${action.page}`;
    case 'review':
      return `kb:review:${action.page}`;
    case 'alternate':
      return `kb:alt:${action.groupKey}:${action.entryId}`;
    case 'create':
      return `kb:new:${action.groupKey}`;
    case 'dismiss':
      return `kb:dis:${action.groupKey}`;
  }
}

export function formId(form: KbForm): string {
  if (form.kind === 'edit') return `kb:edit:${form.entryId}:${form.version}`;
  if (form.kind === 'translate') return `kb:es:${form.entryId}:${form.version}`;
  return form.groupKey ? `kb:add:${form.groupKey}` : 'kb:add';
}

const BUTTONS: ReadonlyArray<[RegExp, (parts: string[]) => KbButton]> = [
  [new RegExp(`^kb:rm:${ID}:${HASH}$`), ([entryId = '', version = '']) => ({ kind: 'remove', entryId, version })],
  [/^kb:cancel$/, () => ({ kind: 'cancel' })],
  [new RegExp(`^kb:list:${PAGE}$`), ([page]) => ({ kind: 'list', page: Number(page) })],
  [new RegExp(`^kb:review:${PAGE}$`), ([page]) => ({ kind: 'review', page: Number(page) })],
  [new RegExp(`^kb:alt:${HASH}:${ID}$`), ([groupKey = '', entryId = '']) => ({ kind: 'alternate', groupKey, entryId })],
  [new RegExp(`^kb:new:${HASH}$`), ([groupKey = '']) => ({ kind: 'create', groupKey })],
  [new RegExp(`^kb:dis:${HASH}$`), ([groupKey = '']) => ({ kind: 'dismiss', groupKey })],
];

const FORMS: ReadonlyArray<[RegExp, (parts: string[]) => KbForm]> = [
  [/^kb:add$/, () => ({ kind: 'add', groupKey: null })],
  [new RegExp(`^kb:add:${HASH}$`), ([groupKey = '']) => ({ kind: 'add', groupKey })],
  [new RegExp(`^kb:edit:${ID}:${HASH}$`), ([entryId = '', version = '']) => ({ kind: 'edit', entryId, version })],
  [new RegExp(`^kb:es:${ID}:${HASH}$`), ([entryId = '', version = '']) => ({ kind: 'translate', entryId, version })],
];

export function parseButtonId(customId: string): KbButton | null {
  return parse(customId, BUTTONS);
}

export function parseFormId(customId: string): KbForm | null {
  return parse(customId, FORMS);
}

function parse<T>(customId: string, shapes: ReadonlyArray<[RegExp, (parts: string[]) => T]>): T | null {
  if (customId.length > 100) return null;
  for (const [shape, build] of shapes) {
    const match = shape.exec(customId);
    if (!match) continue;
    const parts = match.slice(1);
    // The pattern cannot bound an id's length (it is one repeated group); the schema's 64 can.
    return parts.every((part) => part.length <= MAX_ID) ? build(parts) : null;
  }
  return null;
}
