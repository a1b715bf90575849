/**
 * Faults the fake Discord's REST half can inject: a response instead of the
 * default route (once, or until lifted), and responses that leave late. A slow
 * request still takes effect when it arrives, as on Discord: only the answer is
 * slow on its way back, so a client that gives up and retries sends it twice.
 */
import type { FakeResponse, RecordedRequest } from './fakeRest.js';

export type RequestPredicate = (req: RecordedRequest) => boolean;

interface Rule {
  matches: RequestPredicate;
  response?: FakeResponse;
  delayMs?: (req: RecordedRequest) => number;
  /** How many more matching requests it applies to. */
  remaining: number;
}

/** What the fake does with one request: answer it with `response` (else the default route), `delayMs` late. */
export interface PlannedFault {
  response: FakeResponse | undefined;
  delayMs: number;
}

export class RestFaults {
  private readonly rules: Rule[] = [];

  /** The next request matching `predicate` gets `response` instead of the default route. */
  failNext(predicate: RequestPredicate, response: FakeResponse): void {
    this.rules.push({ matches: predicate, response, remaining: 1 });
  }

  /** Every request matching `predicate` gets `response`, until the returned function lifts the fault. */
  failAlways(predicate: RequestPredicate, response: FakeResponse): () => void {
    return this.add({ matches: predicate, response, remaining: Number.POSITIVE_INFINITY });
  }

  /**
   * Responses to requests matching `predicate` leave `delayMs` late (a number, or one per request),
   * until the returned function lifts the fault.
   */
  slowDown(predicate: RequestPredicate, delayMs: number | ((req: RecordedRequest) => number)): () => void {
    const delay = typeof delayMs === 'number' ? () => delayMs : delayMs;
    return this.add({ matches: predicate, delayMs: delay, remaining: Number.POSITIVE_INFINITY });
  }

  /** Uses up the first failure that matches `req` (if any), and adds up no delay but the longest that matches. */
  plan(req: RecordedRequest): PlannedFault {
    const failure = this.rules.find((rule) => rule.response !== undefined && rule.matches(req));
    if (failure && --failure.remaining <= 0) this.remove(failure);
    const delays = this.rules.flatMap((rule) => (rule.delayMs && rule.matches(req) ? [rule.delayMs(req)] : []));
    return { response: failure?.response, delayMs: Math.max(0, ...delays) };
  }

  private add(rule: Rule): () => void {
    this.rules.push(rule);
    return () => this.remove(rule);
  }

  private remove(rule: Rule): void {
    const index = this.rules.indexOf(rule);
    if (index !== -1) this.rules.splice(index, 1);
  }
}

/** Discord's three seconds to answer an interaction, enforced when the fake is given a limit. */
export class InteractionDeadline {
  private readonly sentAt = new Map<string, number>();

  constructor(private readonly limitMs: number | null) {}

  dispatched(interactionId: string): void {
    if (this.limitMs !== null) this.sentAt.set(interactionId, Date.now());
  }

  /** 404 Unknown interaction for a callback that arrived past the limit; null for any other request. */
  missed(req: RecordedRequest): FakeResponse | null {
    const id = /^\/interactions\/(\d+)\/[^/]+\/callback$/.exec(req.path)?.[1];
    const sentAt = id === undefined ? undefined : this.sentAt.get(id);
    if (this.limitMs === null || sentAt === undefined || req.receivedAt - sentAt <= this.limitMs) return null;
    return { status: 404, body: { message: 'Unknown interaction', code: 10062 } };
  }
}
