import { describe, expect, it } from 'vitest';
import { QuestionReplies } from '../../src/discord/questionReplies.js';

const answered = (replyId: string) => async (reply: { replyId: string | null }) => {
  reply.replyId = replyId;
};

describe('the map from questions to the bot’s replies', () => {
  it('keeps at most its capacity, forgetting the oldest question first', async () => {
    const replies = new QuestionReplies(2);
    await replies.run('q1', answered('r1'));
    await replies.run('q2', answered('r2'));
    await replies.run('q3', answered('r3'));

    expect(replies.size).toBe(2);
    const seen: (string | null)[] = [];
    await replies.run('q1', async (reply) => void seen.push(reply.replyId));
    await replies.run('q3', async (reply) => void seen.push(reply.replyId));
    expect(seen).toEqual([null, 'r3']);
  });

  it('does not keep a question that got no reply', async () => {
    const replies = new QuestionReplies();
    await replies.run('chat', async () => undefined);
    expect(replies.size).toBe(0);
  });

  it('runs a question’s later work only after its earlier work, even when the earlier work fails', async () => {
    const replies = new QuestionReplies();
    const order: string[] = [];
    let release = () => undefined as void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const first = replies.run('q', async (reply) => {
      await gate;
      reply.replyId = 'r';
      order.push('answered');
      throw new Error('sent, then failed to log');
    });
    const edit = replies.run('q', async (reply) => void order.push(`edit of ${reply.replyId}`));
    release();

    await expect(first).rejects.toThrow('failed to log');
    await edit;
    expect(order).toEqual(['answered', 'edit of r']);
  });

  it('forgets a finished question, and finishes nothing for a question it never tracked', async () => {
    const replies = new QuestionReplies();
    await replies.run('q', answered('r'));
    const deleted: (string | null)[] = [];
    await replies.finish('q', async (reply) => void deleted.push(reply.replyId));
    await replies.finish('unknown', async (reply) => void deleted.push(reply.replyId));

    expect(deleted).toEqual(['r']);
    expect(replies.size).toBe(0);
  });
});
