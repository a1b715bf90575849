/**
 * A per-user cooldown between questions, so one user cannot flood a channel.
 * Pure apart from the clock, which tests inject.
 */
export type CooldownDecision = { allowed: true } | { allowed: false; retryAfterMs: number };

export class Cooldown {
  /**
   * When each user was last allowed, oldest first: a user allowed again is moved to
   * the end, so the map stays in order of time. Users whose window has passed are then
   * always at the front, and forgetting them (which keeps memory bounded on a busy
   * server) looks at nothing else: each user is removed once, O(1) amortised a question.
   */
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
    this.forgetExpired(now);
    const last = this.lastAllowed.get(userId);
    if (last !== undefined && now - last < this.windowMs) {
      return { allowed: false, retryAfterMs: this.windowMs - (now - last) };
    }
    this.lastAllowed.delete(userId);
    this.lastAllowed.set(userId, now);
    return { allowed: true };
  }

  /** How many users are remembered: those still inside their window. */
  get size(): number {
    return this.lastAllowed.size;
  }

  // If the clock steps back, later entries may be older than the front one: they are then
  // forgotten a little late, never early (take() still compares each user's own time).
  private forgetExpired(now: number): void {
    for (const [userId, last] of this.lastAllowed) {
      if (now - last < this.windowMs) return;
      this.lastAllowed.delete(userId);
    }
  }
}
