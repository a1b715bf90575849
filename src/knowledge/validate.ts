import type { z } from 'zod';
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

/** Schema, unique ids, and every quote verbatim in the paragraph it names. */
export function validateEntries(raw: unknown, article: Article, file: string): Validated<Entry[]> {
  const parsed = parseWith(qaFileSchema, raw, file, 'entries');
  if (!parsed.value) return { ...parsed, value: null };
  const entries = parsed.value.entries;
  const errors = sourcingErrors(entries, (e) => e.quote, article, file);
  const warnings = [...entries.flatMap((e) => unsupportedFacts(e, file)), ...sharedPhrasings(entries, file)];
  return { value: errors.length ? null : entries, errors, warnings };
}

export function validateQuotations(raw: unknown, article: Article, file: string): Validated<Quotation[]> {
  const parsed = parseWith(quotationsFileSchema, raw, file, 'quotations');
  if (!parsed.value) return { ...parsed, value: null };
  const quotations = parsed.value.quotations;
  const errors = sourcingErrors(quotations, (q) => q.text, article, file);
  return { value: errors.length ? null : quotations, errors, warnings: [] };
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

// Numbers and proper names are where a paraphrase most often drifts from its source.
function unsupportedFacts(entry: Entry, file: string): KnowledgeIssue[] {
  // The speaker supports the names an attribution needs ("Galan said ...").
  const quote = foldForComparison(`${entry.quote} ${entry.speaker ?? ''}`).toLowerCase();
  const facts = [...entry.answer.matchAll(/\d[\d,.]*\d|\d|(?<![.!?]\s|^)\b\p{Lu}[\p{L}.'’-]*/gu)].map((m) =>
    m[0].replace(/['’]s$/, '').replace(/[.'’-]+$/, ''),
  );
  const missing = [...new Set(facts)].filter((fact) => !quote.includes(foldForComparison(fact).toLowerCase()));
  return missing.length
    ? [{ file, id: entry.id, message: `answer mentions ${missing.join(', ')}, which the quote does not` }]
    : [];
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

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
