import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { KnowledgeError, type KnowledgeIssue } from './issues.js';
import { articleSchema, type Article, type Entry, type Quotation } from './schema.js';
import { spanishFactWarnings } from './checks/spanish.js';
import { validateEntries, validateQuotations } from './validate.js';

export const KNOWLEDGE_FILES = {
  article: 'article.yaml',
  entries: 'qa.yaml',
  quotations: 'quotations.yaml',
} as const;

export interface Knowledge {
  article: Article;
  entries: readonly Entry[];
  quotations: readonly Quotation[];
}

export interface KnowledgeReport {
  knowledge: Knowledge | null;
  errors: KnowledgeIssue[];
  warnings: KnowledgeIssue[];
}

/** Reads and checks the knowledge folder, reporting every problem rather than the first. */
export async function checkKnowledge(dir: string): Promise<KnowledgeReport> {
  const read = (name: string) => readYaml(join(dir, name), name);
  const [article, qa, quotations] = await Promise.all([
    read(KNOWLEDGE_FILES.article),
    read(KNOWLEDGE_FILES.entries),
    read(KNOWLEDGE_FILES.quotations),
  ]);
  const articleResult = article.errors.length ? null : articleSchema.safeParse(article.value);
  if (!articleResult?.success) {
    const schemaErrors = articleResult?.error.issues.map((i) => ({
      file: KNOWLEDGE_FILES.article,
      id: null,
      message: `${i.path.join('.') || 'file'}: ${i.message}`,
    }));
    return { knowledge: null, errors: [...article.errors, ...(schemaErrors ?? [])], warnings: [] };
  }
  return checkAgainstArticle(articleResult.data, qa, quotations);
}

/** Checks already-read knowledge text against the article: what an edit must pass before it is saved. */
export function checkEntriesText(article: Article, qaText: string): KnowledgeReport {
  const parsed = parseYamlText(qaText, KNOWLEDGE_FILES.entries);
  return checkAgainstArticle(article, parsed, { value: { quotations: [] }, errors: [] });
}

/** Loads the knowledge or throws a KnowledgeError naming every problem. */
export async function loadKnowledge(dir: string): Promise<Knowledge> {
  const report = await checkKnowledge(dir);
  if (!report.knowledge) throw new KnowledgeError(report.errors);
  return report.knowledge;
}

interface ParsedFile {
  value: unknown;
  errors: KnowledgeIssue[];
}

function checkAgainstArticle(article: Article, qa: ParsedFile, quotations: ParsedFile): KnowledgeReport {
  const entries = qa.errors.length ? null : validateEntries(qa.value, article, KNOWLEDGE_FILES.entries);
  const quotes = quotations.errors.length
    ? null
    : validateQuotations(quotations.value, article, KNOWLEDGE_FILES.quotations);
  const errors = [...qa.errors, ...quotations.errors, ...(entries?.errors ?? []), ...(quotes?.errors ?? [])];
  const spanish = entries?.value ? spanishFactWarnings(entries.value, KNOWLEDGE_FILES.entries) : [];
  const warnings = [...(entries?.warnings ?? []), ...spanish, ...(quotes?.warnings ?? [])];
  const knowledge =
    entries?.value && quotes?.value ? { article, entries: entries.value, quotations: quotes.value } : null;
  return { knowledge: errors.length ? null : knowledge, errors, warnings };
}

async function readYaml(path: string, file: string): Promise<ParsedFile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    return { value: null, errors: [{ file, id: null, message: `cannot be read (${reason})` }] };
  }
  return parseYamlText(text, file);
}

export function parseYamlText(text: string, file: string): ParsedFile {
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  // Say so plainly: the schema would only report "expected object, received null".
  if (!doc.errors.length && doc.contents === null) {
    return { value: null, errors: [{ file, id: null, message: 'is empty (nothing but blank lines or comments)' }] };
  }
  if (doc.errors.length) {
    return { value: null, errors: doc.errors.map((e) => ({ file, id: null, message: e.message.split('\n')[0] ?? '' })) };
  }
  return { value: doc.toJS(), errors: [] };
}
