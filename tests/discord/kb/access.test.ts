import { describe, expect, it } from 'vitest';
import { ApplicationCommandOptionType, GatewayDispatchEvents, InteractionContextType, MessageFlags, PermissionFlagsBits } from 'discord.js';
import type { APIApplicationCommandSubcommandOption } from 'discord.js';
import { COMMANDS } from '../../../src/discord/commands/index.js';
import { REFUSAL } from '../../../src/discord/commands/kb/access.js';
import { autocompleteInteraction, stringOption, type InteractionContext } from '../../support/interactions.js';
import { FAKE_IDS } from '../../support/payloads.js';
import { at, slash } from '../harness.js';
import { kbHarnessPerTest } from './kbHarness.js';
import { click, holdingRole, kb, member, MOD_ROLE, moderator, NEW_ENTRY, submit, textOf } from './kbPayloads.js';

const start = kbHarnessPerTest();

const kbCommand = COMMANDS.find((c) => c.data.name === 'kb');
const kbData = kbCommand?.kind === 'slash' ? kbCommand.data : undefined;
const subcommands = (kbData?.options ?? []).filter(
  (o): o is APIApplicationCommandSubcommandOption => o.type === ApplicationCommandOptionType.Subcommand,
);

/** Every required option of a subcommand, filled in with something it accepts. */
function requiredOptions(subcommand: APIApplicationCommandSubcommandOption): Record<string, string> {
  const values: Record<string, string> = { id: 'who-is-petro', question: 'who is petro really?' };
  return Object.fromEntries((subcommand.options ?? []).filter((o) => o.required).map((o) => [o.name, values[o.name] ?? 'x']));
}

function typingId(subcommand: string, typed: string, who: InteractionContext) {
  return autocompleteInteraction({
    ...who,
    name: 'kb',
    options: [{ type: ApplicationCommandOptionType.Subcommand, name: subcommand, options: [stringOption('id', typed, true)] }],
  });
}

describe('who may use /kb', () => {
  it('is registered for members with Manage Server, in servers only, with every subcommand', () => {
    expect(kbData).toMatchObject({
      default_member_permissions: String(PermissionFlagsBits.ManageGuild),
      contexts: [InteractionContextType.Guild],
      dm_permission: false,
    });
    expect(subcommands.map((s) => s.name)).toEqual([
      'add', 'edit', 'translate', 'remove', 'show', 'list', 'test', 'alias', 'history', 'undo', 'reload', 'review', 'export', 'stats', 'forget',
    ]);
  });

  it('refuses a member without Manage Server or a moderator role, privately, for every subcommand, and changes nothing', async () => {
    const { send, store, feedback, qaBytes } = await start();
    const original = await qaBytes();

    for (const subcommand of subcommands) {
      const refused = await send(kb(subcommand.name, requiredOptions(subcommand), member));
      expect(at(refused, 'type'), subcommand.name).toBe(4);
      expect(at(refused, 'data', 'flags'), subcommand.name).toBe(MessageFlags.Ephemeral);
      expect(at(refused, 'data', 'content'), subcommand.name).toBe(REFUSAL);
    }
    expect((await qaBytes()).equals(original)).toBe(true);
    expect(await store.history()).toEqual([]);
    expect((await feedback.stats()).asked).toBe(0);
  });

  it('refuses a member’s forged form submits and button clicks, and changes nothing', async () => {
    const { send, store, qaBytes } = await start();
    const original = await qaBytes();
    const version = store.versionOf('who-is-petro') ?? '';

    const forged = [
      submit('kb:add', NEW_ENTRY, member),
      submit(`kb:edit:who-is-petro:${version}`, { answer: 'Hijacked.' }, member),
      click(`kb:rm:who-is-petro:${version}`, member),
      click('kb:list:1', member),
      click('kb:alt:0123456789ab:who-is-petro', member),
    ];
    for (const payload of forged) expect(textOf(await send(payload))).toBe(REFUSAL);
    expect((await qaBytes()).equals(original)).toBe(true);
    expect(await store.history()).toEqual([]);
  });

  it('lets in a member who holds a moderator role (MOD_ROLE_IDS) without Manage Server', async () => {
    const { fake, send } = await start();
    const role = { id: MOD_ROLE, name: 'Moderators', color: 0, colors: { primary_color: 0, secondary_color: null, tertiary_color: null }, hoist: false, position: 1, permissions: '0', managed: false, mentionable: false, flags: 0 };
    fake.dispatch({ t: GatewayDispatchEvents.GuildRoleCreate, d: { guild_id: FAKE_IDS.guild, role } });

    const shown = await send(holdingRole(kb('show', { id: 'who-is-petro' }, member), MOD_ROLE));

    expect(at(shown, 'data', 'embeds', 0, 'title')).toBe('who-is-petro');
  });

  it('suggests entry ids to moderators only', async () => {
    const { send } = await start();

    const forModerator = await send(typingId('edit', 'petro', moderator));
    const forMember = await send(typingId('edit', 'petro', member));

    const choices = at(forModerator, 'data', 'choices');
    expect(Array.isArray(choices) && choices.map((c: unknown) => at(c, 'value'))).toContain('who-is-petro');
    expect(Array.isArray(choices) && choices.every((c: unknown) => String(at(c, 'name')).length <= 100)).toBe(true);
    expect(at(forMember, 'data', 'choices')).toEqual([]);
  });
});

describe('forged and stale /kb ids', () => {
  it('are answered with a private notice and change nothing', async () => {
    const { send, qaBytes, store } = await start();
    const original = await qaBytes();
    const version = store.versionOf('who-is-petro') ?? '';
    const long = 'a'.repeat(70);

    const notices = await Promise.all(
      [
        click('kb:rm:../../etc/passwd:0123456789ab'),
        click(`kb:rm:${long}:0123456789ab`),
        click('kb:rm:no-such-entry:0123456789ab'),
        click('kb:rm:who-is-petro:000000000000'),
        click('kb:alt:0123456789ab:who-is-petro'),
        click('kb:dis:0123456789ab'),
        click('kb:launch'),
        submit('kb:edit:who-is-petro:000000000000', { question: 'Who is Petro?' }),
        submit(`kb:edit:no-such-entry:${version}`, { question: 'Who is Petro?' }),
        submit('kb:nonsense', NEW_ENTRY),
        submit('elsewhere:add', NEW_ENTRY),
      ].map(async (payload) => textOf(await send(payload))),
    );

    expect(notices).toEqual([
      expect.stringContaining('no longer active'),
      expect.stringContaining('no longer active'),
      expect.stringContaining('There is no entry `no-such-entry`'),
      expect.stringContaining('changed by someone else'),
      expect.stringContaining('no longer active'),
      expect.stringContaining('no longer active'),
      expect.stringContaining('no longer active'),
      expect.stringContaining('changed by someone else'),
      expect.stringContaining('there is no entry with id "no-such-entry"'),
      expect.stringContaining('That form is no longer active'),
      expect.stringContaining('That form is no longer active'),
    ]);
    expect((await qaBytes()).equals(original)).toBe(true);
    expect(await store.history()).toEqual([]);
    // And the bot goes on answering.
    expect(at(await send(slash('ask', { question: 'who is Gustavo Petro?' })), 'data', 'embeds', 0, 'title')).toBe('Who is Gustavo Petro?');
  });
});
