import type { z } from 'zod';
import { attributionWarnings, speakerWarnings } from './checks/attribution.js';
import { clip } from './checks/clip.js';
import { quoteSpanWarnings } from './checks/quoteSpan.js';
import { openerErrors, wordingWarnings } from './checks/wording.js';
import { paragraphsContaining, foldForComparison } from './verbatim.js';
import type { KnowledgeIssue } from './issues.js';
import {
  qaFileSchema,
  quotationsFileSchema,
  type Article,
  type Entry,
  type Quotation,
} from './schema.js';

export interface Validated<T> {
  value: T | null;
  errors: KnowledgeIssue[];
  warnings: KnowledgeIssue[];
}

interface Sourced {
  id: string;
  paragraph: number;
}

/**
 * Schema, unique ids, every quote verbatim in the paragraph it names, and no yes/no opener that a phrasing
 * would turn backwards (errors); how each answer reads, is attributed and is sourced (warnings, once the
 * quotes are known to be verbatim, since those checks read the quote in its paragraph).
 */
export function validateEntries(raw: unknown, article: Article, file: string): Validated<Entry[]> {
  const parsed = parseWith(qaFileSchema, raw, file, 'entries');
  if (!parsed.value) return { ...parsed, value: null };
  const entries = parsed.value.entries;
  const sourcing = sourcingErrors(entries, (e) => e.quote, article, file);
  const errors = [...sourcing, ...entries.flatMap((e) => openerErrors(e, file))];
  const readings = sourcing.length ? [] : entries.flatMap((e) => entryWarnings(e, article, file));
  const warnings = [...readings, ...sharedPhrasings(entries, file), ...outOfOrder(entries, file)];
  return { value: errors.length ? null : entries, errors, warnings };
}

function entryWarnings(entry: Entry, article: Article, file: string): KnowledgeIssue[] {
  return [
    ...quoteSpanWarnings(entry, article, file),
    ...speakerWarnings(entry, article, file),
    ...attributionWarnings(entry, article, file),
    ...wordingWarnings(entry, article, file),
  ];
}

export function validateQuotations(raw: unknown, article: Article, file: string): Validated<Quotation[]> {
  const parsed = parseWith(quotationsFileSchema, raw, file, 'quotations');
  if (!parsed.value) return { ...parsed, value: null };
  const quotations = parsed.value.quotations;
  const errors = sourcingErrors(quotations, (q) => q.text, article, file);
  const warnings = errors.length ? [] : quotations.flatMap((q) => speakerWarnings(q, article, file));
  return { value: errors.length ? null : quotations, errors, warnings };
}

function parseWith<S extends z.ZodType>(
  schema: S,
  raw: unknown,
  file: string,
  listKey: string,
): Validated<z.infer<S>> {
  const result = schema.safeParse(raw);
  if (result.success) return { value: result.data, errors: [], warnings: [] };
  const errors = result.error.issues.map((issue) => {
    const [key, index, ...field] = issue.path;
    const id = key === listKey && typeof index === 'number' ? idAt(raw, listKey, index) : null;
    const where = field.length ? `${field.join('.')}: ` : id ? '' : `${issue.path.join('.') || 'file'}: `;
    return { file, id, message: `${where}${issue.message}` };
  });
  return { value: null, errors, warnings: [] };
}

// Names the entry by its id when it has one, so errors point at what to fix.
function idAt(raw: unknown, listKey: string, index: number): string {
  if (raw && typeof raw === 'object' && listKey in raw) {
    const list: unknown = Reflect.get(raw, listKey);
    const item: unknown = Array.isArray(list) ? list[index] : undefined;
    const id: unknown = item && typeof item === 'object' ? Reflect.get(item, 'id') : undefined;
    if (typeof id === 'string' && id) return id;
  }
  return `#${index + 1}`;
}

/** What entries and quotations alike must pass: unique ids, and text verbatim in the paragraph named. */
function sourcingErrors<T extends Sourced>(
  items: readonly T[],
  quoteOf: (item: T) => string,
  article: Article,
  file: string,
): KnowledgeIssue[] {
  return [...duplicateIds(items, file), ...items.flatMap((item) => sourceErrors(item, quoteOf(item), article, file))];
}

function duplicateIds(items: readonly Sourced[], file: string): KnowledgeIssue[] {
  const seen = new Set<string>();
  const errors: KnowledgeIssue[] = [];
  for (const { id } of items) {
    if (seen.has(id)) errors.push({ file, id, message: 'id is used more than once' });
    seen.add(id);
  }
  return errors;
}

function sourceErrors(item: Sourced, quote: string, article: Article, file: string): KnowledgeIssue[] {
  const count = article.paragraphs.length;
  if (item.paragraph > count) {
    return [{ file, id: item.id, message: `paragraph ${item.paragraph} does not exist (the article has ${count})` }];
  }
  const found = paragraphsContaining(article.paragraphs, quote);
  if (found.length === 0) {
    return [{ file, id: item.id, message: `quote is not verbatim article text: "${clip(quote)}"` }];
  }
  if (!found.includes(item.paragraph)) {
    return [{ file, id: item.id, message: `quote is in paragraph ${found.join(', ')}, not ${item.paragraph}` }];
  }
  return [];
}

// Entries follow the article's order: /kb add places a new entry after the last one of its paragraph.
function outOfOrder(entries: readonly Entry[], file: string): KnowledgeIssue[] {
  return entries.flatMap((entry, i) => {
    const before = entries[i - 1];
    if (!before || before.paragraph <= entry.paragraph) return [];
    const message = `quotes paragraph ${entry.paragraph} but comes after ${before.id} (paragraph ${before.paragraph}): keep entries in article order`;
    return [{ file, id: entry.id, message }];
  });
}

function sharedPhrasings(entries: readonly Entry[], file: string): KnowledgeIssue[] {
  const owner = new Map<string, string>();
  const warnings: KnowledgeIssue[] = [];
  for (const entry of entries) {
    for (const phrasing of [entry.question, ...entry.alternates]) {
      const key = foldForComparison(phrasing).toLowerCase().replace(/[^\p{L}\p{N} ]/gu, '');
      const first = owner.get(key);
      if (first && first !== entry.id) {
        warnings.push({ file, id: entry.id, message: `"${clip(phrasing)}" is also a question of ${first}` });
      } else owner.set(key, entry.id);
    }
  }
  return warnings;
}
