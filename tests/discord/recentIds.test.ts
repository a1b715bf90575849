import { describe, expect, it } from 'vitest';
import { RecentIds } from '../../src/discord/recentIds.js';

describe('the ids of recent events', () => {
  it('report an id as new the first time only', () => {
    const seen = new RecentIds();

    expect([seen.firstSeen('1'), seen.firstSeen('2'), seen.firstSeen('1')]).toEqual([true, true, false]);
  });

  it('keep only the latest ids, forgetting the oldest first', () => {
    const seen = new RecentIds(2);
    for (const id of ['1', '2', '3']) seen.firstSeen(id);

    expect([seen.firstSeen('3'), seen.firstSeen('2'), seen.firstSeen('1')]).toEqual([false, false, true]);
  });
});
