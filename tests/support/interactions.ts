/**
 * Typed builders for INTERACTION_CREATE payloads (guild context), with the
 * fields discord.js 14.28 reads unconditionally: entitlements,
 * authorizing_integration_owners, app_permissions, locale, version, member.
 */
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  ComponentType,
  InteractionContextType,
  InteractionType,
  Locale,
} from 'discord.js';
import type {
  APIApplicationCommandAutocompleteGuildInteraction,
  APIApplicationCommandInteractionDataOption,
  APIApplicationCommandInteractionDataStringOption,
  APIChatInputApplicationCommandGuildInteraction,
  APIMessage,
  APIMessageApplicationCommandGuildInteraction,
  APIMessageComponentGuildInteraction,
  APIMessageComponentInteractionData,
  APIModalSubmitGuildInteraction,
  APIUser,
} from 'discord.js';
import { ALL_PERMISSIONS, FAKE_IDS, MEMBER_PERMISSIONS } from './payloads.js';
import { botUser, member, message, nextSnowflake, testUser, textChannel } from './payloads.js';

/** Who invokes the interaction and where; every field has a default. */
export interface InteractionContext {
  user?: APIUser;
  /** Member permissions string (default: MEMBER_PERMISSIONS). */
  permissions?: string;
  /** The bot's own permissions in the channel, `app_permissions` (default: all). */
  appPermissions?: string;
  channelId?: string;
  locale?: Locale;
  /** The guild (default FAKE_IDS.guild); with a sharded fake, `fake.shard(n)` names the guild that shard n receives. */
  guildId?: string;
}

type GuildInteractionCommon = Omit<APIChatInputApplicationCommandGuildInteraction, 'type' | 'data'> &
  Required<Pick<APIChatInputApplicationCommandGuildInteraction, 'channel' | 'channel_id'>>;

function common(ctx: InteractionContext): GuildInteractionCommon {
  const id = nextSnowflake();
  const guildId = ctx.guildId ?? FAKE_IDS.guild;
  const channel = textChannel(ctx.channelId, 'general', guildId);
  return {
    id,
    application_id: FAKE_IDS.application,
    token: `fake-interaction-token-${id}`,
    version: 1,
    guild_id: guildId,
    guild: { id: guildId, features: [], locale: Locale.EnglishUS },
    channel_id: channel.id,
    channel,
    member: { ...member(ctx.user ?? testUser), permissions: ctx.permissions ?? MEMBER_PERMISSIONS },
    app_permissions: ctx.appPermissions ?? ALL_PERMISSIONS,
    locale: ctx.locale ?? Locale.EnglishUS,
    guild_locale: Locale.EnglishUS,
    entitlements: [],
    authorizing_integration_owners: { [ApplicationIntegrationType.GuildInstall]: guildId },
    context: InteractionContextType.Guild,
    attachment_size_limit: 10 * 1024 * 1024,
  };
}

type ChatInputOption = APIApplicationCommandInteractionDataOption<InteractionType.ApplicationCommand>;
type AutocompleteOption = APIApplicationCommandInteractionDataOption<InteractionType.ApplicationCommandAutocomplete>;

/** A string option for chat-input or autocomplete data; `focused` marks the one being typed. */
export function stringOption(
  name: string,
  value: string,
  focused = false,
): APIApplicationCommandInteractionDataStringOption {
  return { name, type: ApplicationCommandOptionType.String, value, ...(focused && { focused }) };
}

/** Type 2, command type 1: `/name option:value`. */
export function chatInputInteraction(
  fields: InteractionContext & { name: string; options?: ChatInputOption[] },
): APIChatInputApplicationCommandGuildInteraction {
  return {
    ...common(fields),
    type: InteractionType.ApplicationCommand,
    data: {
      id: nextSnowflake(),
      type: ApplicationCommandType.ChatInput,
      name: fields.name,
      options: fields.options ?? [],
    },
  };
}

/** Type 4: the user is typing into an option marked `focused`. */
export function autocompleteInteraction(
  fields: InteractionContext & { name: string; options: AutocompleteOption[] },
): APIApplicationCommandAutocompleteGuildInteraction {
  return {
    ...common(fields),
    type: InteractionType.ApplicationCommandAutocomplete,
    data: { id: nextSnowflake(), type: ApplicationCommandType.ChatInput, name: fields.name, options: fields.options },
  };
}

/** Type 2, command type 3: a message context-menu command on `target`, carried in `resolved.messages`. */
export function messageContextInteraction(
  fields: InteractionContext & { name: string; target: APIMessage },
): APIMessageApplicationCommandGuildInteraction {
  return {
    ...common({ ...fields, channelId: fields.channelId ?? fields.target.channel_id }),
    type: InteractionType.ApplicationCommand,
    data: {
      id: nextSnowflake(),
      type: ApplicationCommandType.Message,
      name: fields.name,
      target_id: fields.target.id,
      resolved: { messages: { [fields.target.id]: fields.target } },
    },
  };
}

/** Type 3: a button click (no `values`) or a string-select choice (`values`) on a bot message. */
export function componentInteraction(
  fields: InteractionContext & { customId: string; values?: string[]; message?: APIMessage },
): APIMessageComponentGuildInteraction {
  const base = common(fields);
  const data: APIMessageComponentInteractionData = fields.values
    ? { custom_id: fields.customId, component_type: ComponentType.StringSelect, values: fields.values }
    : { custom_id: fields.customId, component_type: ComponentType.Button };
  return {
    ...base,
    type: InteractionType.MessageComponent,
    data,
    message: fields.message ?? message({ content: 'bot message', author: botUser, channelId: base.channel_id }),
  };
}

/** Type 5: a submitted modal whose text inputs (custom_id → value) sit in action rows. */
export function modalSubmitInteraction(
  fields: InteractionContext & { customId: string; values: Record<string, string> },
): APIModalSubmitGuildInteraction {
  return {
    ...common(fields),
    type: InteractionType.ModalSubmit,
    data: {
      custom_id: fields.customId,
      components: Object.entries(fields.values).map(([customId, value]) => ({
        type: ComponentType.ActionRow,
        components: [{ type: ComponentType.TextInput, custom_id: customId, value }],
      })),
    },
  };
}
