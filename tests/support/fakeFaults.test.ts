import { describe, expect, it } from 'vitest';
import { InteractionDeadline, RestFaults } from './fakeFaults.js';
import type { RecordedRequest } from './fakeRest.js';

const request = (path: string, receivedAt = 0): RecordedRequest =>
  ({ method: 'POST', path, query: {}, headers: {}, receivedAt, body: null, files: [] });
const refused = { status: 403, body: { message: 'Missing Permissions', code: 50013 } };
const isChannel = (req: RecordedRequest) => req.path.startsWith('/channels/');

describe('the fake’s REST faults', () => {
  it('fail the next matching request only, with failNext', () => {
    const faults = new RestFaults();
    faults.failNext(isChannel, refused);

    expect([faults.plan(request('/channels/1/messages')), faults.plan(request('/channels/1/messages'))]).toEqual([
      { response: refused, delayMs: 0 },
      { response: undefined, delayMs: 0 },
    ]);
  });

  it('fail every matching request until lifted, with failAlways', () => {
    const faults = new RestFaults();
    const lift = faults.failAlways(isChannel, refused);
    const during = [1, 2, 3].map(() => faults.plan(request('/channels/1/messages')).response);
    lift();

    expect(during).toEqual([refused, refused, refused]);
    expect(faults.plan(request('/channels/1/messages')).response).toBeUndefined();
    expect(faults.plan(request('/users/@me')).response).toBeUndefined();
  });

  it('delay matching responses until lifted, with slowDown, leaving others alone', () => {
    const faults = new RestFaults();
    let n = 0;
    const lift = faults.slowDown(isChannel, () => (n++ % 2 === 0 ? 2_500 : 3_500));

    const delays = [1, 2].map(() => faults.plan(request('/channels/1/messages')).delayMs);
    const other = faults.plan(request('/users/@me')).delayMs;
    lift();

    expect(delays).toEqual([2_500, 3_500]);
    expect(other).toBe(0);
    expect(faults.plan(request('/channels/1/messages')).delayMs).toBe(0);
  });
});

describe('the fake’s three-second rule', () => {
  it('refuses an interaction’s first response that arrives after the limit, as Discord does', () => {
    const deadline = new InteractionDeadline(3_000);
    deadline.dispatched('42');
    const sentAt = Date.now();

    expect(deadline.missed(request('/interactions/42/token/callback', sentAt + 1_000))).toBeNull();
    expect(deadline.missed(request('/interactions/42/token/callback', sentAt + 3_500))).toEqual({
      status: 404,
      body: { message: 'Unknown interaction', code: 10062 },
    });
    expect(deadline.missed(request('/webhooks/1/token', sentAt + 3_500))).toBeNull();
  });

  it('is not enforced unless the fake is given a limit', () => {
    const deadline = new InteractionDeadline(null);
    deadline.dispatched('42');

    expect(deadline.missed(request('/interactions/42/token/callback', Date.now() + 60_000))).toBeNull();
  });
});
