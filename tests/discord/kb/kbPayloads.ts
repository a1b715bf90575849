/**
 * What tests send to /kb and read back: interaction payloads as a moderator or a
 * member sends them, and the text, forms and buttons of the responses.
 */
import { ApplicationCommandOptionType, ComponentType, MessageFlags, PermissionFlagsBits, PermissionsBitField } from 'discord.js';
import type { APIInteraction, APIModalSubmitGuildInteraction } from 'discord.js';
import { expect } from 'vitest';
import { prop } from '../../support/fakeRest.js';
import {
  chatInputInteraction,
  componentInteraction,
  modalSubmitInteraction,
  stringOption,
  type InteractionContext,
} from '../../support/interactions.js';
import { MEMBER_PERMISSIONS, botUser, message, user } from '../../support/payloads.js';
import { at } from '../harness.js';

export const MOD_ROLE = '1500000000000000001';

/** What a moderator types into the add form: a question the knowledge does not answer yet. */
export const NEW_ENTRY = {
  question: 'Who keeps count of the occupants of the drug boats?',
  alternates: 'who keeps count of the boat occupants\n\n  how are the dead on the boats counted  ',
  answer: 'The article reports at least 75 occupants killed since September, without saying who counted them.',
  quote: 'The U.S. reportedly has destroyed 19 boats and killed at least 75 occupants since September.',
  speaker: '',
};


/** A member with Manage Server. */
export const moderator: InteractionContext = {
  user: user('1400000000000000009', 'mod'),
  permissions: new PermissionsBitField([BigInt(MEMBER_PERMISSIONS), PermissionFlagsBits.ManageGuild]).bitfield.toString(),
};
/** An ordinary member: no Manage Server, no moderator role. */
export const member: InteractionContext = { user: user('1400000000000000002', 'reader'), permissions: MEMBER_PERMISSIONS };

/** `/kb <subcommand> option:value ...` as `who`. */
export function kb(subcommand: string, options: Record<string, string> = {}, who: InteractionContext = moderator) {
  return chatInputInteraction({
    ...who,
    name: 'kb',
    options: [
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: subcommand,
        options: Object.entries(options).map(([name, value]) => stringOption(name, value)),
      },
    ],
  });
}

/** A click on a button of an ephemeral /kb message. */
export function click(customId: string, who: InteractionContext = moderator) {
  const payload = componentInteraction({ ...who, customId, message: message({ content: 'kb', author: botUser }) });
  return { ...payload, message: { ...payload.message, flags: MessageFlags.Ephemeral } };
}

/** A submitted form, laid out as Discord sends forms built of labels (the current modal layout). */
export function submit(customId: string, values: Record<string, string>, who: InteractionContext = moderator): APIModalSubmitGuildInteraction {
  const payload = modalSubmitInteraction({ ...who, customId, values });
  return {
    ...payload,
    data: {
      custom_id: customId,
      components: Object.entries(values).map(([field, value], n) => ({
        type: ComponentType.Label,
        id: n * 2 + 1,
        component: { type: ComponentType.TextInput, id: n * 2 + 2, custom_id: field, value },
      })),
    },
  };
}

/** The form a type-9 response opens: its custom id and each text input's prefilled value. */
export function formOf(body: unknown): { customId: string; values: Record<string, string> } {
  expect(prop(body, 'type')).toBe(9);
  const components = at(body, 'data', 'components');
  const values: Record<string, string> = {};
  for (const label of Array.isArray(components) ? components : []) {
    const field = at(label, 'component', 'custom_id');
    if (typeof field === 'string') values[field] = String(at(label, 'component', 'value') ?? '');
  }
  return { customId: String(at(body, 'data', 'custom_id')), values };
}

/** The text of a response: its content, then every embed's title, description and fields. */
export function textOf(body: unknown): string {
  const data = prop(body, 'data');
  const embeds = prop(data, 'embeds');
  const parts = [String(prop(data, 'content') ?? '')];
  for (const embed of Array.isArray(embeds) ? embeds : []) {
    parts.push(String(prop(embed, 'title') ?? ''), String(prop(embed, 'description') ?? ''));
    const fields = prop(embed, 'fields');
    for (const field of Array.isArray(fields) ? fields : []) parts.push(`${String(prop(field, 'name'))}: ${String(prop(field, 'value'))}`);
  }
  return parts.join('\n');
}

/** The same interaction from a member who also holds `roleId`. */
export function holdingRole<T extends APIInteraction & { member: { roles: string[] } }>(payload: T, roleId: string): T {
  return { ...payload, member: { ...payload.member, roles: [...payload.member.roles, roleId] } };
}
