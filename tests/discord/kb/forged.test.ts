/**
 * Interactions Discord itself would never send, but a buggy client, a replay or
 * a forger might: each gets a clean private refusal, nothing reaches the error
 * boundary (kbHarness checks that after every test), and qa.yaml stays as it was.
 * The common cases live beside what they guard (tests/discord/interactions.test.ts,
 * ./access.test.ts); these are the rest.
 */
import { describe, expect, it } from 'vitest';
import { ApplicationCommandOptionType, MessageFlags } from 'discord.js';
import type { APIApplicationCommandInteractionDataIntegerOption, APIInteraction } from 'discord.js';
import { REFUSAL } from '../../../src/discord/commands/kb/access.js';
import { NOTICES } from '../../../src/discord/notices.js';
import { autocompleteInteraction, chatInputInteraction, componentInteraction, messageContextInteraction, stringOption } from '../../support/interactions.js';
import { botUser, message } from '../../support/payloads.js';
import { at, slash } from '../harness.js';
import { kbHarnessPerTest, type KbHarness } from './kbHarness.js';
import { click, member, moderator, NEW_ENTRY, submit, textOf } from './kbPayloads.js';

const start = kbHarnessPerTest();

/** Sends each payload and expects a private reply containing `expected`; then that nothing changed. */
async function expectRefusals(harness: KbHarness, cases: Array<[APIInteraction, string]>): Promise<void> {
  const original = await harness.qaBytes();
  for (const [payload, expected] of cases) {
    const reply = await harness.send(payload);
    const what = JSON.stringify(payload.data);
    expect(at(reply, 'data', 'flags'), what).toBe(MessageFlags.Ephemeral);
    expect(textOf(reply), what).toContain(expected);
  }
  expect((await harness.qaBytes()).equals(original)).toBe(true);
  expect(await harness.store.history()).toEqual([]);
}

const asModerator = (name: string, options: Parameters<typeof chatInputInteraction>[0]['options'] = []) =>
  chatInputInteraction({ ...moderator, name, options });
const subcommand = (name: string, options: Array<ReturnType<typeof stringOption>> = []) =>
  asModerator('kb', [{ type: ApplicationCommandOptionType.Subcommand, name, options }]);

describe('interactions Discord would never send', () => {
  it('refuses commands it does not have, and known names sent as the wrong kind of command', async () => {
    const harness = await start();
    const target = message({ content: 'who is Petro?', author: botUser });
    await expectRefusals(harness, [
      [asModerator('KB'), NOTICES.unknownCommand],
      [asModerator('kb-admin'), NOTICES.unknownCommand],
      [asModerator('Ask the article'), NOTICES.unknownCommand],
      [messageContextInteraction({ ...moderator, name: 'kb', target }), NOTICES.unknownCommand],
      [messageContextInteraction({ ...moderator, name: 'ask', target }), NOTICES.unknownCommand],
    ]);
  });

  it('refuses commands that are missing a required option, or carry one of the wrong type', async () => {
    const harness = await start();
    const missing = 'That command arrived incomplete';
    const numberId: APIApplicationCommandInteractionDataIntegerOption = { type: ApplicationCommandOptionType.Integer, name: 'id', value: 7 };
    await expectRefusals(harness, [
      [asModerator('kb'), 'incomplete (no subcommand)'],
      [subcommand('launch'), 'incomplete (an option it does not have, or of the wrong kind)'],
      [subcommand('show'), 'incomplete (its `id` option is missing)'],
      [subcommand('edit'), missing],
      [subcommand('remove'), missing],
      [subcommand('alias', [stringOption('id', 'who-is-petro')]), missing],
      [subcommand('test'), missing],
      [asModerator('kb', [{ type: ApplicationCommandOptionType.Subcommand, name: 'show', options: [numberId] }]), missing],
      [slash('ask'), missing],
    ]);
  });

  it('suggests nothing for a command without suggestions, an option without them, or a request with nothing being typed', async () => {
    const { send } = await start();
    const typing = (name: string, options: Parameters<typeof autocompleteInteraction>[0]['options']) =>
      send(autocompleteInteraction({ ...moderator, name, options }));
    const inKb = (options: Array<ReturnType<typeof stringOption>>): Parameters<typeof autocompleteInteraction>[0]['options'] => [
      { type: ApplicationCommandOptionType.Subcommand, name: 'alias', options },
    ];

    const answers = [
      await typing('no-such-command', [stringOption('question', 'petro', true)]),
      await typing('about', []),
      await typing('kb', inKb([stringOption('id', 'who-is-petro'), stringOption('question', 'petro', true)])),
      await typing('kb', inKb([stringOption('id', 'petro')])),
    ];

    for (const answer of answers) expect(answer).toEqual({ type: 8, data: { choices: [] } });
  });

  it('refuses buttons and forms whose ids are empty, too long, or belong to nothing', async () => {
    const harness = await start();
    const button = (customId: string) => componentInteraction({ ...moderator, customId });
    const select = componentInteraction({ ...moderator, customId: 'kb:list:1', values: ['who-is-petro'] });
    await expectRefusals(harness, [
      [button(''), NOTICES.staleButton],
      [button('kb'), NOTICES.staleButton],
      [button('about:info'), NOTICES.staleButton],
      [button(`kb:list:${'9'.repeat(120)}`), 'no longer active'],
      [select, 'no longer active'],
      [submit('', NEW_ENTRY), NOTICES.staleForm],
      [submit('ask:who-is-petro', NEW_ENTRY), NOTICES.staleForm],
      [submit(`kb:add:${'0'.repeat(200)}`, NEW_ENTRY), NOTICES.staleForm],
    ]);
  });

  it('refuses forms submitted with fields missing, fields it never had, or by a member, naming what is wrong', async () => {
    const harness = await start();
    const withoutQuote = Object.fromEntries(Object.entries(NEW_ENTRY).filter(([field]) => field !== 'quote'));
    await expectRefusals(harness, [
      [submit('kb:add', withoutQuote), 'quote'],
      [submit('kb:add', {}), 'question'],
      [submit('kb:add', NEW_ENTRY, member), REFUSAL],
      [click('kb:cancel', member), REFUSAL],
    ]);
    // A field the form never had is ignored, not obeyed: the entry gets the id of its question.
    const saved = textOf(await harness.send(submit('kb:add', { ...NEW_ENTRY, id: 'hijacked-id' })));
    expect(saved).toContain('✅ Added');
    expect(harness.store.current.knowledge.entries.some((e) => e.id === 'hijacked-id')).toBe(false);
  });
});
