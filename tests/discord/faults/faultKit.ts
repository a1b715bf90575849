/**
 * What the fault tests read off the fake Discord and the bot's log: the
 * requests that answer one question, and the log lines at a given level.
 */
import { prop } from '../../support/fakeRest.js';
import type { FakeDiscord, FakeResponse, RecordedRequest } from '../../support/fakeDiscord.js';
import { isReplyTo } from '../harness.js';

export interface LogEntry {
  level: string;
  event: string;
  fields: Record<string, unknown>;
}

/** The bot's log lines, parsed. */
export function logEntries(logs: readonly string[]): LogEntry[] {
  return logs.map((line) => {
    const parsed: unknown = JSON.parse(line);
    const fields = typeof parsed === 'object' && parsed !== null ? { ...parsed } : {};
    return { level: String(prop(parsed, 'level')), event: String(prop(parsed, 'event')), fields };
  });
}

/** `event level: message` for each error-level line: an empty list reads best in a failed assertion. */
export function errorsLogged(logs: readonly string[]): string[] {
  return logEntries(logs)
    .filter((entry) => entry.level === 'error')
    .map((entry) => `${entry.event}: ${JSON.stringify(entry.fields).slice(0, 400)}`);
}

export const isCallbackOf = (interactionId: string) => (req: RecordedRequest) =>
  req.method === 'POST' && req.path.startsWith(`/interactions/${interactionId}/`);

/** Every request that replied to the message `messageId`, failed attempts included. */
export function repliesTo(fake: FakeDiscord, messageId: string): RecordedRequest[] {
  return fake.requests.filter(isReplyTo(messageId));
}

/** Every initial-response request for the interaction `interactionId`, failed attempts included. */
export function callbacksOf(fake: FakeDiscord, interactionId: string): RecordedRequest[] {
  return fake.requests.filter(isCallbackOf(interactionId));
}

const RATE_LIMITED = 'You are being rate limited.';

/** The ways Discord says "too many requests", each asking for a retry after `seconds`. */
export function rateLimits(seconds: number): Record<string, FakeResponse> {
  const after = String(seconds);
  return {
    'a 429 with the bucket headers': {
      status: 429,
      body: { message: RATE_LIMITED, retry_after: seconds, global: false },
      headers: {
        'retry-after': after,
        'x-ratelimit-limit': '5',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset-after': after,
        'x-ratelimit-bucket': 'fault-test-bucket',
        'x-ratelimit-scope': 'user',
      },
    },
    'a 429 without any rate-limit header': {
      status: 429,
      body: { message: RATE_LIMITED, retry_after: seconds, global: false },
    },
    'a global 429': {
      status: 429,
      body: { message: RATE_LIMITED, retry_after: seconds, global: true },
      headers: { 'retry-after': after, 'x-ratelimit-global': 'true', 'x-ratelimit-scope': 'global' },
    },
  };
}

export const SERVER_ERRORS: Record<string, FakeResponse> = {
  'a 500': { status: 500, body: { message: '500: Internal Server Error', code: 0 } },
  'a 503': { status: 503, body: { message: '503: Service Unavailable', code: 0 } },
};
