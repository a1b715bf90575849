import { mkdtemp, readFile, rm, appendFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FeedbackLog, groupKeyOf, type QuestionEvent } from '../../src/knowledge/feedbackLog.js';
import { quietLogger } from './helpers.js';

let dataDir: string;

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'kb-feedback-'));
});

afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

const openLog = (tailSize?: number) => FeedbackLog.open({ dataDir, logger: quietLogger(), tailSize });

let clock = Date.parse('2025-01-01T00:00:00Z');
const tick = () => new Date((clock += 1000));

function unanswered(question: string, nearestId: string | null = null): QuestionEvent {
  return { question, answered: false, entryId: null, confidence: 0.2, nearestId, guildId: 'g', channelId: 'c', time: tick() };
}

function answered(question: string, entryId: string): QuestionEvent {
  return { question, answered: true, entryId, confidence: 0.9, nearestId: entryId, guildId: 'g', channelId: 'c', time: tick() };
}

describe('FeedbackLog', () => {
  it('groups near-identical unanswered questions, most frequent first, with a count and the nearest entry', async () => {
    const log = await openLog();
    await log.recordQuestion(unanswered('What did Galán eat for breakfast?', 'who-is-galan'));
    await log.recordQuestion(unanswered('what did galan eat for breakfast', 'who-is-galan'));
    await log.recordQuestion(unanswered('WHAT DID GALAN EAT FOR BREAKFAST?!', null));
    await log.recordQuestion(unanswered('Is it raining in Bogota?'));
    await log.recordQuestion(answered('How many boats were destroyed?', 'boats-destroyed'));

    const queue = log.reviewQueue();
    expect(queue).toHaveLength(2);
    expect(queue[0]).toMatchObject({ count: 3, unanswered: 3, notHelpful: 0, nearestId: 'who-is-galan' });
    expect(queue[0]?.question.toLowerCase()).toContain('galan');
    expect(queue[0]?.key).toBe(groupKeyOf('what did Galan eat for breakfast'));
    expect(queue[1]).toMatchObject({ count: 1, question: 'Is it raining in Bogota?' });
  });

  it('puts not-helpful answers in the review queue next to unanswered questions', async () => {
    const log = await openLog();
    await log.recordVote({ entryId: 'boats-destroyed', question: 'how many boats sank?', helpful: false, userId: 'u1', time: tick() });
    await log.recordVote({ entryId: 'boats-destroyed', question: 'how many boats sank?', helpful: true, userId: 'u2', time: tick() });
    const [group] = log.reviewQueue();
    expect(group).toMatchObject({ count: 1, notHelpful: 1, unanswered: 0, nearestId: 'boats-destroyed' });
  });

  it('counts one vote per user per answer, the latest replacing the earlier', async () => {
    const log = await openLog();
    const vote = { entryId: 'boats-destroyed', question: 'how many boats?', userId: 'u1' };
    expect(await log.recordVote({ ...vote, helpful: false })).toEqual({ replaced: false, firstVote: true });
    expect(await log.recordVote({ ...vote, helpful: true })).toEqual({ replaced: true, firstVote: false });
    await log.recordVote({ ...vote, helpful: true, userId: 'u2' });
    await log.recordVote({ ...vote, helpful: false, question: 'boats destroyed?' });
    expect(log.stats()).toMatchObject({ helpful: 2, notHelpful: 1 });
    // The changed vote no longer asks for review; the other not-helpful one does.
    expect(log.reviewQueue().map((g) => g.question)).toEqual(['boats destroyed?']);
  });

  it('keeps the one-vote rule and the totals across a restart, and does not store user ids', async () => {
    const first = await openLog();
    await first.recordQuestion(answered('who is petro', 'who-is-petro'));
    await first.recordQuestion(unanswered('what is the weather'));
    await first.recordVote({ entryId: 'who-is-petro', question: 'who is petro', helpful: false, userId: '123456789012345678' });
    const second = await openLog();
    const again = { entryId: 'who-is-petro', question: 'who is petro', helpful: true, userId: '123456789012345678' };
    expect(await second.recordVote(again)).toMatchObject({ replaced: true });
    expect(second.stats()).toMatchObject({ asked: 2, answered: 1, answeredShare: 0.5, helpful: 1, notHelpful: 0 });
    expect(await readFile(join(dataDir, 'votes.jsonl'), 'utf8')).not.toContain('123456789012345678');
  });

  it('hides a dismissed group until the question is asked again', async () => {
    const log = await openLog();
    await log.recordQuestion(unanswered('Is it raining in Bogota?'));
    const [group] = log.reviewQueue();
    expect(await log.dismiss(group?.key ?? '')).toBe(true);
    expect(log.reviewQueue()).toEqual([]);
    expect(await log.dismiss('no-such-group')).toBe(false);
    // Times may also come as ISO strings, as the Discord side records them.
    await log.recordQuestion({ ...unanswered('is it raining in bogota'), time: new Date(Date.now() + 60_000).toISOString() });
    expect(log.reviewQueue()).toMatchObject([{ key: group?.key, count: 1 }]);
    // The dismissal is on disk too.
    expect((await openLog()).reviewQueue()).toMatchObject([{ count: 1 }]);
  });

  it('reports how much was asked and answered, and the top entries and unanswered questions', async () => {
    const log = await openLog();
    for (let n = 0; n < 3; n++) await log.recordQuestion(answered('how many boats?', 'boats-destroyed'));
    await log.recordQuestion(answered('who is petro?', 'who-is-petro'));
    await log.recordQuestion(unanswered('what is the weather?'));
    await log.recordQuestion(unanswered('What is the weather'));
    const stats = log.stats();
    expect(stats).toMatchObject({ asked: 6, answered: 4, helpful: 0, notHelpful: 0 });
    expect(stats.answeredShare).toBeCloseTo(4 / 6);
    expect(stats.topEntries).toEqual([
      { entryId: 'boats-destroyed', count: 3 },
      { entryId: 'who-is-petro', count: 1 },
    ]);
    expect(stats.topUnanswered).toMatchObject([{ count: 2 }]);
  });

  it('keeps only a bounded tail of unanswered questions in memory while counting them all', async () => {
    const log = await openLog(10);
    for (let n = 0; n < 25; n++) await log.recordQuestion(unanswered(`unanswerable question number ${n}`));
    expect(log.reviewQueue(100)).toHaveLength(10);
    expect(log.stats().asked).toBe(25);
    const lines = (await readFile(join(dataDir, 'questions.jsonl'), 'utf8')).trim().split('\n');
    expect(lines).toHaveLength(25);
  });

  it('skips a damaged line (a torn write) instead of refusing to start', async () => {
    const log = await openLog();
    await log.recordQuestion(unanswered('what is the weather?'));
    await appendFile(join(dataDir, 'questions.jsonl'), '{"time":"2025-01-0');
    expect((await openLog()).stats().asked).toBe(1);
  });
});
