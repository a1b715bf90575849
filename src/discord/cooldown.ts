/**
 * A per-user cooldown between questions, so one user cannot flood a channel.
 * Pure apart from the clock, which tests inject.
 */
export type CooldownDecision = { allowed: true } | { allowed: false; retryAfterMs: number };

// Forgetting users whose window has passed keeps memory bounded on a busy server;
// sweeping only past this size keeps the common case O(1).
const SWEEP_ABOVE = 1_000;

export class Cooldown {
  private readonly lastAllowed = new Map<string, number>();
  private readonly windowMs: number;

  constructor(
    seconds: number,
    private readonly now: () => number = Date.now,
  ) {
    this.windowMs = Math.max(0, seconds) * 1_000;
  }

  /** Allows the user and starts their window, or says how long they must wait; a refused try does not extend it. */
  take(userId: string): CooldownDecision {
    if (this.windowMs === 0) return { allowed: true };
    const now = this.now();
    const last = this.lastAllowed.get(userId);
    if (last !== undefined && now - last < this.windowMs) {
      return { allowed: false, retryAfterMs: this.windowMs - (now - last) };
    }
    this.lastAllowed.set(userId, now);
    if (this.lastAllowed.size > SWEEP_ABOVE) this.sweep(now);
    return { allowed: true };
  }

  private sweep(now: number): void {
    for (const [userId, last] of this.lastAllowed) {
      if (now - last >= this.windowMs) this.lastAllowed.delete(userId);
    }
  }
}
