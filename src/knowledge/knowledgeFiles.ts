import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { contentHash } from './contentHash.js';
import type { KnowledgeIssue } from './issues.js';
import { checkEntriesText, checkKnowledge, KNOWLEDGE_FILES, type Knowledge, type KnowledgeReport } from './load.js';

export function qaPath(knowledgeDir: string): string {
  return join(knowledgeDir, KNOWLEDGE_FILES.entries);
}

/** qa.yaml's exact bytes, or an issue saying why it cannot be read. */
export async function readQaBytes(knowledgeDir: string): Promise<Buffer | KnowledgeIssue> {
  try {
    return await readFile(qaPath(knowledgeDir));
  } catch (error) {
    const code: unknown = error instanceof Error ? Reflect.get(error, 'code') : undefined;
    return { file: KNOWLEDGE_FILES.entries, id: null, message: `cannot be read (${String(code ?? error)})` };
  }
}

/**
 * Checks new qa.yaml text exactly as kb:check does, against the article in use,
 * and pairs the entries with the quotations in use (only qa.yaml is edited here).
 */
export function checkQaBytes(inUse: Knowledge, bytes: Buffer): KnowledgeReport {
  const report = checkEntriesText(inUse.article, bytes.toString('utf8'));
  const knowledge = report.knowledge && { ...inUse, entries: report.knowledge.entries };
  return { ...report, knowledge };
}

/** The whole folder checked: usable knowledge with the qa.yaml bytes it came from, or every reason it is not usable. */
export type FolderCheck =
  | { usable: true; knowledge: Knowledge; qaBytes: Buffer; warnings: KnowledgeIssue[] }
  | { usable: false; errors: KnowledgeIssue[]; warnings: KnowledgeIssue[]; qaHash: string | null };

// checkKnowledge reads the files itself; reading qa.yaml before and after tells
// whether the report is about the bytes we keep. A file still being written is
// read again; if it keeps changing, the watcher will bring its final version.
const READ_ATTEMPTS = 3;

/** Checks the whole knowledge folder (article, quotations and entries) as kb:check does. */
export async function checkKnowledgeFolder(knowledgeDir: string): Promise<FolderCheck> {
  for (let attempt = 1; ; attempt++) {
    const before = await readQaBytes(knowledgeDir);
    const { knowledge, errors, warnings } = await checkKnowledge(knowledgeDir);
    const after = await readQaBytes(knowledgeDir);
    const qaBytes = Buffer.isBuffer(after) ? after : null;
    const settled = Buffer.isBuffer(before) && qaBytes !== null && before.equals(qaBytes);
    if (knowledge && qaBytes && settled) return { usable: true, knowledge, qaBytes, warnings };
    if (errors.length && (settled || attempt >= READ_ATTEMPTS)) {
      return { usable: false, errors, warnings, qaHash: qaBytes && contentHash(qaBytes) };
    }
    if (attempt >= READ_ATTEMPTS) {
      const message = 'kept changing while it was being read; try again';
      const unstable = { file: KNOWLEDGE_FILES.entries, id: null, message };
      return { usable: false, errors: [unstable], warnings, qaHash: null };
    }
  }
}
