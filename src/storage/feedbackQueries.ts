/**
 * /kb stats and /kb review as queries: every shard and machine asks the same
 * database, so every one of them shows the same figures and the same queue.
 */
import { sql, type Kysely } from 'kysely';
import type { DailyCounts, FeedbackStats, ReviewGroup } from '../knowledge/feedbackRecords.js';
import type { Database } from './schema.js';

/** One phrasing within a group, with how often and when it was last asked. */
interface Phrasing {
  group_key: string;
  question: string;
  nearest_id: string | null;
  kind: 'unanswered' | 'not-helpful';
  count: number;
  last: string;
}

const DAYS_CHARTED = 30;

/** Unanswered and not-helpful questions, grouped, most frequent first; `dismissed` false ignores dismissals. */
export async function reviewGroups(db: Kysely<Database>, dismissed = true): Promise<ReviewGroup[]> {
  const undismissed = (table: 'questions' | 'votes') =>
    sql<boolean>`not exists (select 1 from dismissals d where d.group_key = ${sql.ref(`${table}.group_key`)} and ${sql.ref(`${table}.time`)} <= d.time)`;
  const unanswered = await db
    .selectFrom('questions')
    .select(['group_key', 'question', 'nearest_id', (eb) => eb.fn.countAll().as('count'), (eb) => eb.fn.max('time').as('last')])
    .where('answered', '=', 0)
    .$if(dismissed, (q) => q.where(undismissed('questions')))
    .groupBy(['group_key', 'question', 'nearest_id'])
    .execute();
  const notHelpful = await db
    .selectFrom('votes')
    .select(['group_key', 'question', 'entry_id as nearest_id', (eb) => eb.fn.countAll().as('count'), (eb) => eb.fn.max('time').as('last')])
    .where('helpful', '=', 0)
    .$if(dismissed, (q) => q.where(undismissed('votes')))
    .groupBy(['group_key', 'question', 'entry_id'])
    .execute();
  const phrasings: Phrasing[] = [
    ...unanswered.map((row) => ({ ...row, count: Number(row.count), kind: 'unanswered' as const })),
    ...notHelpful.map((row) => ({ ...row, count: Number(row.count), kind: 'not-helpful' as const })),
  ];
  return summarise(phrasings);
}

/** Totals, the top entries and unanswered questions, and the last 30 days day by day (UTC). */
export async function feedbackStats(db: Kysely<Database>, top: number, now = new Date()): Promise<FeedbackStats> {
  const totals = await db
    .selectFrom('questions')
    .select([(eb) => eb.fn.countAll().as('asked'), (eb) => eb.fn.sum<number>('answered').as('answered')])
    .executeTakeFirstOrThrow();
  const entries = await db
    .selectFrom('questions')
    .select(['entry_id', (eb) => eb.fn.countAll().as('count')])
    .where('answered', '=', 1)
    .where('entry_id', 'is not', null)
    .groupBy('entry_id')
    .orderBy('count', 'desc')
    .orderBy('entry_id')
    .limit(top)
    .execute();
  const votes = await db
    .selectFrom('votes')
    .select(['helpful', (eb) => eb.fn.countAll().as('count')])
    .groupBy('helpful')
    .execute();
  const unanswered = (await reviewGroups(db, false)).filter((g) => g.unanswered > 0);
  const [asked, answered] = [Number(totals.asked), Number(totals.answered ?? 0)];
  const ratings = (helpful: number) => Number(votes.find((v) => v.helpful === helpful)?.count ?? 0);
  return {
    asked,
    answered,
    answeredShare: asked ? answered / asked : 0,
    topEntries: entries.map((row) => ({ entryId: row.entry_id ?? '', count: Number(row.count) })),
    topUnanswered: unanswered.slice(0, top).map((g) => ({ key: g.key, question: g.question, count: g.unanswered })),
    helpful: ratings(1),
    notHelpful: ratings(0),
    daily: await dailyCounts(db, now),
  };
}

async function dailyCounts(db: Kysely<Database>, now: Date): Promise<DailyCounts[]> {
  const days = Array.from({ length: DAYS_CHARTED }, (_, n) => new Date(now.getTime() - (DAYS_CHARTED - 1 - n) * 86_400_000).toISOString().slice(0, 10));
  const day = sql<string>`substr(time, 1, 10)`;
  const rows = await db
    .selectFrom('questions')
    .select([day.as('day'), 'answered', (eb) => eb.fn.countAll().as('count')])
    .where('time', '>=', days[0] ?? '')
    .groupBy([day, 'answered'])
    .execute();
  const count = (d: string, answered: number) => Number(rows.find((r) => r.day === d && r.answered === answered)?.count ?? 0);
  return days.map((d) => ({ day: d, answered: count(d, 1), unanswered: count(d, 0) }));
}

function summarise(phrasings: readonly Phrasing[]): ReviewGroup[] {
  const groups = new Map<string, Phrasing[]>();
  for (const p of phrasings) groups.set(p.group_key, [...(groups.get(p.group_key) ?? []), p]);
  return [...groups]
    .map(([key, members]): ReviewGroup => ({
      key,
      count: sum(members),
      question: commonest(members, (m) => m.question.trim()) ?? '',
      nearestId: commonest(members, (m) => m.nearest_id),
      unanswered: sum(members.filter((m) => m.kind === 'unanswered')),
      notHelpful: sum(members.filter((m) => m.kind === 'not-helpful')),
      lastAsked: members.reduce((last, m) => (m.last > last ? m.last : last), ''),
    }))
    .sort((a, b) => b.count - a.count || (a.lastAsked < b.lastAsked ? 1 : a.lastAsked > b.lastAsked ? -1 : 0));
}

const sum = (members: readonly Phrasing[]) => members.reduce((total, m) => total + m.count, 0);

// The value asked most often; among equals, the one asked most recently.
function commonest(members: readonly Phrasing[], value: (m: Phrasing) => string | null): string | null {
  const tally = new Map<string, { count: number; last: string }>();
  for (const m of members) {
    const v = value(m);
    if (v === null) continue;
    const seen = tally.get(v) ?? { count: 0, last: '' };
    tally.set(v, { count: seen.count + m.count, last: m.last > seen.last ? m.last : seen.last });
  }
  let best: [string, { count: number; last: string }] | null = null;
  for (const candidate of tally) {
    const [, t] = candidate;
    if (!best || t.count > best[1].count || (t.count === best[1].count && t.last > best[1].last)) best = candidate;
  }
  return best?.[0] ?? null;
}
