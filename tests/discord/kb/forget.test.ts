import { describe, expect, it } from 'vitest';
import { userIdFrom } from '../../../src/discord/commands/kb/forget.js';
import { kbHarnessPerTest } from './kbHarness.js';
import { kb, textOf } from './kbPayloads.js';

const start = kbHarnessPerTest();
const READER = '123456789012345678';

describe('/kb forget', () => {
  it('deletes every vote of the reader named, and only theirs', async () => {
    const { send, feedback } = await start();
    await feedback.recordVote({ entryId: 'who-is-petro', question: 'who is petro', helpful: true, userId: READER });
    await feedback.recordVote({ entryId: 'boats-destroyed', question: 'boats?', helpful: false, userId: READER });
    await feedback.recordVote({ entryId: 'who-is-petro', question: 'who is petro', helpful: true, userId: '987654321098765432' });

    expect(textOf(await send(kb('forget', { user: `<@${READER}>` })))).toContain('Deleted 2 votes');
    expect(await feedback.stats()).toMatchObject({ helpful: 1, notHelpful: 0 });
    expect(textOf(await send(kb('forget', { user: READER })))).toContain('Deleted 0 votes');
  });

  it('refuses what is not a user id or mention, and deletes nothing', async () => {
    const { send, feedback } = await start();
    await feedback.recordVote({ entryId: 'who-is-petro', question: 'who is petro', helpful: true, userId: READER });
    expect(textOf(await send(kb('forget', { user: 'everyone' })))).toContain('That is not a user');
    expect((await feedback.stats()).helpful).toBe(1);
    expect([userIdFrom('<@!123456789012345678>'), userIdFrom(' 123456789012345678 '), userIdFrom('<@&123456789012345678>')]).toEqual([READER, READER, null]);
  });
});
