import { describe, expect, expectTypeOf, it } from 'vitest';
import { memoryFeedback, staticKnowledge, type FeedbackSink, type KnowledgeSource } from '../../src/discord/context.js';
import type { FeedbackLog } from '../../src/knowledge/feedbackLog.js';
import type { KnowledgeStore } from '../../src/knowledge/store.js';
import { article, entries } from '../fixtures/knowledge.js';

const vote = (userId: string, helpful: boolean) => ({ entryId: 'bridge-closed', question: 'Why?', helpful, userId, time: '' });

describe('the bot’s context', () => {
  it('is satisfied by the live knowledge store and the feedback log', () => {
    expectTypeOf<KnowledgeStore>().toExtend<KnowledgeSource>();
    expectTypeOf<FeedbackLog>().toExtend<FeedbackSink>();
  });

  it('serves fixed knowledge with a matcher built from it', () => {
    const source = staticKnowledge({ article, entries, quotations: [] });
    expect(source.current.matcher.match('why did the mayor close the bridge?').entry?.id).toBe('bridge-closed');
  });

  it('keeps one vote per user per entry in memory, the latest replacing the earlier', async () => {
    const feedback = memoryFeedback();
    expect(await feedback.recordVote(vote('alice', true))).toEqual({ firstVote: true });
    expect(await feedback.recordVote(vote('alice', false))).toEqual({ firstVote: false });
    expect(await feedback.recordVote(vote('bob', true))).toEqual({ firstVote: true });
    expect(feedback.votes.map((v) => [v.userId, v.helpful])).toEqual([
      ['alice', false],
      ['bob', true],
    ]);
  });
});
