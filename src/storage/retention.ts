import type { Logger } from '../logger.js';

export interface Prunable {
  /** Deletes what is past keeping; resolves with how many records went. */
  prune(): Promise<number>;
}

export interface KnowledgeSnapshots {
  pruneSnapshots(): Promise<number>;
}

// Often enough that nothing is kept much past its time; rarely enough to cost nothing.
const EVERY_MS = 6 * 60 * 60 * 1000;

/**
 * Applies the retention rules now and then every six hours: questions older than
 * QUESTION_RETENTION_DAYS, and snapshots of qa.yaml beyond the undo depth. A
 * failure is logged and tried again next time; it never stops the bot.
 */
export function startRetention(knowledge: KnowledgeSnapshots, feedback: Prunable, logger: Logger, everyMs = EVERY_MS): { stop(): void } {
  const run = async () => {
    try {
      const questions = await feedback.prune();
      const snapshots = await knowledge.pruneSnapshots();
      if (questions || snapshots) logger.info('retention-pruned', { questions, snapshots });
    } catch (error) {
      logger.warn('retention-failed', { error });
    }
  };
  void run();
  const timer = setInterval(() => void run(), everyMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
