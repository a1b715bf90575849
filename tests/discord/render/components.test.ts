import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { customIdFor, parseCustomId, type ButtonAction } from '../../../src/discord/render/components.js';

describe('button custom ids', () => {
  it('round-trip every action the bot draws', () => {
    const actions: ButtonAction[] = [
      { kind: 'vote', helpful: true, entryId: 'who-is-petro' },
      { kind: 'vote', helpful: false, entryId: 'boats-destroyed' },
      { kind: 'ask', entryId: 'order-duration' },
    ];
    for (const action of actions) expect(parseCustomId(customIdFor(action))).toEqual(action);
    expect(customIdFor({ kind: 'vote', helpful: true, entryId: 'who-is-petro' })).toBe('fb:up:who-is-petro');
  });

  it('reject ids this bot never made', () => {
    for (const forged of ['', 'fb:maybe:x', 'fb:up:', 'fb:up:../etc', 'ask:Upper', 'ask:a:b', 'kb:edit:x']) {
      expect(parseCustomId(forged)).toBeNull();
    }
  });

  it('never throw, whatever the id', () => {
    fc.assert(fc.property(fc.string({ maxLength: 120 }), (id) => {
      parseCustomId(id);
    }));
  });
});
