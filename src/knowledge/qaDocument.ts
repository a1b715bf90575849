import { isMap, isScalar, isSeq, parseDocument, Pair, Scalar, YAMLMap, YAMLSeq, type Document } from 'yaml';

/** A new entry as a moderator writes it; the id is derived from the question when left out. */
export interface EntryDraft {
  id?: string;
  question: string;
  alternates?: readonly string[];
  answer: string;
  quote: string;
  speaker?: string | null;
  paragraph: number;
  /** The Spanish side (the quote stays the English one); null in a patch removes it. */
  es?: SpanishDraft | null;
}

/** An entry's Spanish side as a moderator writes it. */
export interface SpanishDraft {
  question: string;
  alternates?: readonly string[];
  answer: string;
}

/** The fields to change in an existing entry; a field left out keeps its value (speaker: null clears it). */
export type EntryPatch = Partial<EntryDraft>;

// lineWidth 0: never fold long strings, so untouched entries print exactly as they were read.
const PRINT_OPTIONS = { lineWidth: 0 } as const;
const FIELD_ORDER = ['id', 'question', 'alternates', 'answer', 'quote', 'speaker', 'paragraph'] as const;
// The Spanish side is a block after `paragraph:`, in the same order as the English fields.
const SPANISH_FIELD_ORDER = ['question', 'alternates', 'answer'] as const;

/**
 * qa.yaml as a YAML Document, edited node by node: comments, blank lines and the
 * quoting of every untouched entry (and untouched field) print back unchanged.
 */
export class QaDocument {
  private constructor(
    private readonly doc: Document.Parsed,
    private readonly list: YAMLSeq,
    private readonly original: string,
  ) {}

  /** Parses text that has already passed validation (so it has an `entries:` list). */
  static parse(text: string): QaDocument {
    const doc = parseDocument(text, { uniqueKeys: true });
    const list = doc.get('entries', true);
    if (doc.errors.length || !isSeq(list)) throw new Error('qa.yaml has no entries list to edit');
    return new QaDocument(doc, list, text);
  }

  /** False when printing would change layout beyond the edit (an unusual hand-made layout). */
  roundTrips(): boolean {
    return this.doc.toString(PRINT_OPTIONS) === this.original;
  }

  toString(): string {
    return this.doc.toString(PRINT_OPTIONS);
  }

  /** Adds the entry after the last one from the same or an earlier paragraph, keeping the file in reading order. */
  add(draft: EntryDraft & { id: string }): void {
    const entry = new YAMLMap();
    const complete = { ...draft, alternates: draft.alternates ?? [], speaker: draft.speaker ?? null };
    for (const key of FIELD_ORDER) entry.items.push(new Pair(new Scalar(key), fieldNode(key, complete[key])));
    if (draft.es) entry.set('es', spanishNode(draft.es));
    entry.spaceBefore = true;
    const items = this.list.items;
    let position = items.length;
    while (position > 0 && paragraphOf(items[position - 1]) > draft.paragraph) position--;
    items.splice(position, 0, entry);
    this.list.flow = false;
  }

  update(id: string, patch: EntryPatch): void {
    const entry = this.entry(id);
    for (const key of FIELD_ORDER) setField(entry, key, patch[key]);
    if (patch.es === null) entry.delete('es');
    else if (patch.es) {
      const side = entry.get('es', true);
      if (!isMap(side)) entry.set('es', spanishNode(patch.es));
      else for (const key of SPANISH_FIELD_ORDER) setField(side, key, patch.es[key] ?? []);
    }
  }

  remove(id: string): void {
    const items = this.list.items;
    const index = items.findIndex((item) => idOf(item) === id);
    const removed = items[index];
    if (!isMap(removed)) throw new Error(`no entry "${id}" in qa.yaml`);
    items.splice(index, 1);
    // A section comment ("# --- Paragraph 2 ...") sits on the first entry of its
    // section; it moves to the next entry while the section still has one.
    const next = items[index];
    if (removed.commentBefore && isMap(next) && paragraphOf(next) === paragraphOf(removed)) {
      next.commentBefore = next.commentBefore ? `${removed.commentBefore}\n${next.commentBefore}` : removed.commentBefore;
      next.spaceBefore = removed.spaceBefore ?? next.spaceBefore;
    }
  }

  /** Adds a way of asking; returns false when the entry already has it (compared without case). */
  addAlternate(id: string, question: string): boolean {
    const entry = this.entry(id);
    const text = question.trim();
    const alternates = entry.get('alternates', true);
    if (!isSeq(alternates)) {
      entry.set('alternates', fieldNode('alternates', [text]));
      return true;
    }
    const folded = text.toLowerCase();
    if (alternates.items.some((item) => isScalar(item) && String(item.value).toLowerCase() === folded)) return false;
    alternates.items.push(quoted(text));
    alternates.flow = false;
    return true;
  }

  private entry(id: string): YAMLMap {
    const found = this.list.items.find((item) => idOf(item) === id);
    if (!isMap(found)) throw new Error(`no entry "${id}" in qa.yaml`);
    return found;
  }
}

// Untouched fields keep their node, and so their exact layout and comments.
function setField(map: YAMLMap, key: (typeof FIELD_ORDER)[number], value: unknown): void {
  if (value === undefined) return;
  const current: unknown = map.get(key, true);
  const currentValue: unknown = isScalar(current) || isSeq(current) ? current.toJSON() : current;
  if (JSON.stringify(currentValue) !== JSON.stringify(normalise(key, value))) map.set(key, fieldNode(key, value));
}

function spanishNode(side: SpanishDraft): YAMLMap {
  const node = new YAMLMap();
  const complete = { ...side, alternates: side.alternates ?? [] };
  for (const key of SPANISH_FIELD_ORDER) node.items.push(new Pair(new Scalar(key), fieldNode(key, complete[key])));
  return node;
}

function fieldNode(key: (typeof FIELD_ORDER)[number], value: unknown): Scalar | YAMLSeq {
  const normalised = normalise(key, value);
  if (Array.isArray(normalised)) {
    const list = new YAMLSeq();
    for (const item of normalised) list.items.push(quoted(String(item)));
    // An empty block list cannot be written; `[]` is the YAML for it.
    list.flow = list.items.length === 0;
    return list;
  }
  // Ids and numbers stay plain, as in the hand-written file; text is double-quoted
  // so that colons, quotes and "null" in a sentence can never change its meaning.
  if (typeof normalised === 'string' && key !== 'id') return quoted(normalised);
  return new Scalar(normalised);
}

// Trims what a moderator typed and drops blank alternates, as the schema would.
function normalise(key: string, value: unknown): unknown {
  if (typeof value === 'string') return key === 'speaker' && value.trim() === '' ? null : value.trim();
  if (Array.isArray(value)) return value.map((item) => String(item).trim()).filter(Boolean);
  return value;
}

function quoted(text: string): Scalar {
  const node = new Scalar(text);
  node.type = Scalar.QUOTE_DOUBLE;
  return node;
}

function idOf(item: unknown): unknown {
  return isMap(item) ? item.get('id') : undefined;
}

function paragraphOf(item: unknown): number {
  const paragraph: unknown = isMap(item) ? item.get('paragraph') : undefined;
  return typeof paragraph === 'number' ? paragraph : Number.POSITIVE_INFINITY;
}
