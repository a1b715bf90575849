import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  memoryFeedback,
  staticKnowledge,
  type FeedbackReview,
  type FeedbackSink,
  type KnowledgeEditor,
  type KnowledgeSource,
} from '../../src/discord/context.js';
import { KnowledgeEditError } from '../../src/knowledge/editErrors.js';
import type { KnowledgeStore } from '../../src/knowledge/store.js';
import type { FeedbackStore } from '../../src/storage/feedbackStore.js';
import { article, entries } from '../fixtures/knowledge.js';

const vote = (userId: string, helpful: boolean) => ({ entryId: 'bridge-closed', question: 'Why?', helpful, userId, time: '' });

describe('the bot’s context', () => {
  it('is satisfied by the live knowledge store and the feedback store', () => {
    expectTypeOf<KnowledgeStore>().toExtend<KnowledgeSource & KnowledgeEditor>();
    expectTypeOf<FeedbackStore>().toExtend<FeedbackSink & FeedbackReview>();
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

  it('refuses edits to fixed knowledge with a message a moderator can read', async () => {
    const source = staticKnowledge({ article, entries, quotations: [] });
    expect(source.versionOf('bridge-closed')).toMatch(/^[0-9a-f]{12}$/);
    await expect(source.addAlternate('bridge-closed', 'why is it shut', { id: '1', name: 'm', guildId: null })).rejects.toThrow(KnowledgeEditError);
    expect(await source.history()).toEqual([]);
  });

  it('groups unanswered questions and unhelpful answers in memory for review, and counts them', async () => {
    const feedback = memoryFeedback();
    const asked = (question: string, answered: boolean) =>
      feedback.recordQuestion({ question, answered, entryId: answered ? 'bridge-closed' : null, confidence: 0.5, nearestId: 'bridge-closed', guildId: null, channelId: null, time: new Date().toISOString() });
    await asked('Why is the bridge painted red?', false);
    await asked('why is the bridge painted red', false);
    await asked('Why did the mayor close the bridge?', true);
    await feedback.recordVote(vote('alice', false));

    const [first, second] = await feedback.reviewQueue();
    expect(first).toMatchObject({ count: 2, unanswered: 2, nearestId: 'bridge-closed' });
    expect(second).toMatchObject({ count: 1, notHelpful: 1 });
    expect(await feedback.dismiss(first?.key ?? '')).toBe(true);
    expect(await feedback.reviewQueue()).toHaveLength(1);
    expect(await feedback.stats()).toMatchObject({ asked: 3, answered: 1, helpful: 0, notHelpful: 1, topEntries: [{ entryId: 'bridge-closed', count: 1 }] });
  });
});
