/** One problem found in a knowledge file, precise enough to fix without searching. */
export interface KnowledgeIssue {
  file: string;
  /** The entry or quotation id, when the problem belongs to one. */
  id: string | null;
  message: string;
}

export function formatIssue(issue: KnowledgeIssue): string {
  return issue.id ? `${issue.file}: ${issue.id}: ${issue.message}` : `${issue.file}: ${issue.message}`;
}

/** Thrown when the knowledge cannot be used; carries every error so all can be fixed at once. */
export class KnowledgeError extends Error {
  constructor(readonly issues: readonly KnowledgeIssue[]) {
    super(`the knowledge is invalid:\n${issues.map((i) => `  ${formatIssue(i)}`).join('\n')}`);
    this.name = 'KnowledgeError';
  }
}
