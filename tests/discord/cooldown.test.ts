import { describe, expect, it } from 'vitest';
import { Cooldown } from '../../src/discord/cooldown.js';

function clock(start = 0) {
  let now = start;
  return { now: () => now, advance: (ms: number) => void (now += ms) };
}

describe('the per-user cooldown', () => {
  it('lets a user ask, then refuses them until the window has passed, saying how long is left', () => {
    const time = clock();
    const cooldown = new Cooldown(5, time.now);

    expect(cooldown.take('alice')).toEqual({ allowed: true });
    time.advance(2_000);
    expect(cooldown.take('alice')).toEqual({ allowed: false, retryAfterMs: 3_000 });
    time.advance(3_000);
    expect(cooldown.take('alice')).toEqual({ allowed: true });
  });

  it('keeps users apart', () => {
    const cooldown = new Cooldown(5, clock().now);
    cooldown.take('alice');
    expect(cooldown.take('bob')).toEqual({ allowed: true });
  });

  it('does not extend the window for a refused try', () => {
    const time = clock();
    const cooldown = new Cooldown(5, time.now);
    cooldown.take('alice');
    time.advance(4_000);
    cooldown.take('alice');
    time.advance(1_000);
    expect(cooldown.take('alice')).toEqual({ allowed: true });
  });

  it('allows everything when set to 0 seconds', () => {
    const cooldown = new Cooldown(0, clock().now);
    expect([cooldown.take('alice'), cooldown.take('alice')]).toEqual([{ allowed: true }, { allowed: true }]);
  });
});

describe('the cooldown memory', () => {
  it('forgets users whose window has passed, keeping only those still waiting', () => {
    const time = clock();
    const cooldown = new Cooldown(5, time.now);
    for (let n = 0; n < 3_000; n++) {
      cooldown.take(`user-${n}`);
      time.advance(10);
    }
    // 5 s at one question every 10 ms: the last 500 askers are still inside their window.
    expect(cooldown.size).toBe(500);
    expect(cooldown.take('user-2999')).toMatchObject({ allowed: false });
    expect(cooldown.take('user-2000')).toEqual({ allowed: true });
  });

  it('keeps a user allowed again until their new window has passed', () => {
    const time = clock();
    const cooldown = new Cooldown(5, time.now);
    cooldown.take('alice');
    time.advance(5_000);
    cooldown.take('alice');
    cooldown.take('bob');
    time.advance(4_999);
    expect(cooldown.take('alice')).toEqual({ allowed: false, retryAfterMs: 1 });
    expect(cooldown.size).toBe(2);
  });
});
