import type { Logger } from '../logger.js';
import { formatIssue, type KnowledgeIssue } from './issues.js';
import type { KnowledgeProblem } from './storeTypes.js';

/**
 * Remembers why the latest change on disk was not loaded, for a reload command to
 * show, and tells the logger and the onProblem callback about it once.
 */
export class ProblemTracker {
  private problem: KnowledgeProblem | null = null;
  private reportedHash: string | null = null;

  constructor(
    private readonly logger: Logger,
    private readonly onProblem: ((problem: KnowledgeProblem) => void) | undefined,
  ) {}

  get last(): KnowledgeProblem | null {
    return this.problem;
  }

  /** `fileHash` identifies the broken file: an editor saving it again, unchanged, is not news. */
  report(source: KnowledgeProblem['source'], issues: readonly KnowledgeIssue[], fileHash: string | null): void {
    const what = source === 'edit' ? 'qa.yaml on disk' : 'the changed knowledge';
    const count = `${issues.length} problem${issues.length === 1 ? '' : 's'}`;
    const message = `${what} was not loaded (${count}); the previous knowledge stays in use`;
    this.problem = { time: new Date(), source, issues, message };
    if (fileHash !== null && fileHash === this.reportedHash) return;
    this.reportedHash = fileHash;
    this.logger.warn('knowledge-rejected', { source, issues: issues.map(formatIssue) });
    this.onProblem?.(this.problem);
  }

  /** Good knowledge is in use again. */
  clear(): void {
    this.problem = null;
    this.reportedHash = null;
  }
}
