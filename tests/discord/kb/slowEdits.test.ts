import { describe, expect, it } from 'vitest';
import { MessageFlags } from 'discord.js';
import type { BotContext } from '../../../src/discord/context.js';
import type { KnowledgeStore } from '../../../src/knowledge/store.js';
import { prop } from '../../support/fakeRest.js';
import { at } from '../harness.js';
import { kbHarnessPerTest } from './kbHarness.js';
import { click, kb, textOf } from './kbPayloads.js';

const start = kbHarnessPerTest();

/** The store, with its edits held back until `gate` opens: an edit stuck behind others. */
function heldBack(store: KnowledgeStore, gate: Promise<void>): BotContext['knowledge'] {
  return {
    get current() {
      return store.current;
    },
    get lastProblem() {
      return store.lastProblem;
    },
    versionOf: (id) => store.versionOf(id),
    add: (draft, actor) => store.add(draft, actor),
    update: (id, patch, actor, version) => store.update(id, patch, actor, version),
    remove: async (id, actor, version) => (await gate, store.remove(id, actor, version)),
    addAlternate: async (id, question, actor) => (await gate, store.addAlternate(id, question, actor)),
    undo: (actor) => store.undo(actor),
    reload: () => store.reload(),
    history: (id, limit) => store.history(id, limit),
  };
}

describe('a /kb edit slower than Discord waits', () => {
  it('is acknowledged privately in time, then answered in place of the placeholder', async () => {
    let open: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      open = resolve;
    });
    const { fake, request, store } = await start({ knowledge: (s) => heldBack(s, gate) });
    const version = store.versionOf('who-is-petro') ?? '';

    const alias = request(kb('alias', { id: 'who-is-petro', question: 'who is petro, slowly' }));
    const remove = request(click(`kb:rm:boats-destroyed:${store.versionOf('boats-destroyed')}`));
    const deferred = await fake.waitForRequest((r) => prop(r.body, 'type') === 5, 10_000);
    const acknowledged = await fake.waitForRequest((r) => prop(r.body, 'type') === 6, 10_000);
    open();

    expect(at(deferred.body, 'data', 'flags')).toBe(MessageFlags.Ephemeral);
    expect(acknowledged.path).toMatch(/^\/interactions\/\d+\/[^/]+\/callback$/);
    const aliased = (await alias).body;
    expect(textOf(aliased)).toContain('✅ Added to `who-is-petro`');
    expect(at(aliased, 'data', 'flags')).toBe(MessageFlags.Ephemeral);
    const removed = (await remove).body;
    expect(at(removed, 'type')).toBe(7);
    expect(textOf(removed)).toContain('Removed `boats-destroyed`');
    expect(store.versionOf('who-is-petro')).not.toBe(version);
  });
});
