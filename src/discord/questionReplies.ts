/**
 * The bot's reply to each recent question message, so that an edit of the question
 * edits that reply (never a second one) and deleting the question deletes it.
 * Work on one question runs in order: an edit or a deletion that arrives while the
 * first answer is still being sent waits for it, so it finds the reply to change.
 */

/** What the bot replied to one question message. */
export interface QuestionReply {
  /** The reply's message id; null while none was sent (a quiet channel, a throttled asker). */
  replyId: string | null;
  /** The question text that reply answers: an edit that leaves it unchanged changes nothing. */
  text: string | null;
}

interface Tracked extends QuestionReply {
  queue: Promise<void>;
}

// Edits come within minutes of a question: this many questions span far longer on a busy
// server, at well under a megabyte. Insertion order makes the oldest the first to go.
const DEFAULT_CAPACITY = 5_000;

export class QuestionReplies {
  private readonly byQuestion = new Map<string, Tracked>();

  constructor(private readonly capacity = DEFAULT_CAPACITY) {}

  get size(): number {
    return this.byQuestion.size;
  }

  /** Runs `work` on the question's record (created empty if new) once earlier work on it has finished. */
  run(questionId: string, work: (reply: QuestionReply) => Promise<void>): Promise<void> {
    let tracked = this.byQuestion.get(questionId);
    if (!tracked) {
      tracked = { replyId: null, text: null, queue: Promise.resolve() };
      this.byQuestion.set(questionId, tracked);
      if (this.byQuestion.size > this.capacity) this.forgetOldest();
    }
    const record = tracked;
    const done = record.queue
      .then(() => work(record))
      .finally(() => {
        // Nothing to edit or delete later, and nothing more queued: not worth a place in the map.
        const idle = record.queue === settled && this.byQuestion.get(questionId) === record;
        if (idle && record.replyId === null) this.byQuestion.delete(questionId);
      });
    // A failed step is the caller's to report; the next one still runs.
    const settled = done.catch(() => undefined);
    record.queue = settled;
    return done;
  }

  /** Like run, but only for a question already tracked (nothing is created); then forgets it. */
  async finish(questionId: string, work: (reply: QuestionReply) => Promise<void>): Promise<void> {
    if (!this.byQuestion.has(questionId)) return;
    try {
      await this.run(questionId, work);
    } finally {
      this.byQuestion.delete(questionId);
    }
  }

  private forgetOldest(): void {
    for (const oldest of this.byQuestion.keys()) {
      this.byQuestion.delete(oldest);
      return;
    }
  }
}
