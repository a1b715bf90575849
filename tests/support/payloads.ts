/**
 * Typed builders for the gateway/REST payloads the fake Discord serves.
 * Types come from discord-api-types (re-exported by discord.js), so a payload
 * missing a field Discord always sends fails to compile.
 */
import {
  ChannelType,
  GuildDefaultMessageNotifications,
  GuildExplicitContentFilter,
  GuildMFALevel,
  GuildNSFWLevel,
  GuildPremiumTier,
  GuildVerificationLevel,
  Locale,
  MessageType,
  PermissionFlagsBits,
  PermissionsBitField,
} from 'discord.js';
import type {
  APIDMChannel,
  APIGuildMember,
  APIMessage,
  APIRole,
  APITextChannel,
  APIUser,
  GatewayGuildCreateDispatchData,
  GatewayMessageCreateDispatchData,
  GatewayReadyDispatchData,
} from 'discord.js';

/** Discord sends 0 for "no flags"; the flag enums have no zero member, but a plain number is assignable to them. */
const NO_FLAGS: number = 0;

const DISCORD_EPOCH = 1_420_070_400_000n;
let increment = 0n;

/** A fresh, time-ordered snowflake string (unique within the process), for now or for the time `at` (ms). */
export function nextSnowflake(at: number = Date.now()): string {
  increment = (increment + 1n) & 0xfffn;
  return (((BigInt(at) - DISCORD_EPOCH) << 22n) | increment).toString();
}

/** Fixed ids of the world the fake serves. The bot's user id doubles as its application id, as on Discord. */
export const FAKE_IDS = {
  bot: '1100000000000000001',
  application: '1100000000000000001',
  guild: '1200000000000000001',
  everyoneRole: '1200000000000000001',
  textChannel: '1300000000000000001',
  dmChannel: '1300000000000000002',
  user: '1400000000000000001',
} as const;

/** Permissions of an ordinary member: read, write, use commands. */
export const MEMBER_PERMISSIONS = new PermissionsBitField([
  PermissionFlagsBits.ViewChannel,
  PermissionFlagsBits.SendMessages,
  PermissionFlagsBits.ReadMessageHistory,
  PermissionFlagsBits.EmbedLinks,
  PermissionFlagsBits.AttachFiles,
  PermissionFlagsBits.AddReactions,
  PermissionFlagsBits.UseApplicationCommands,
]).bitfield.toString();

export const ALL_PERMISSIONS = PermissionsBitField.All.toString();

export function user(id: string, username: string, bot = false): APIUser {
  return { id, username, discriminator: '0', global_name: bot ? null : username, avatar: null, bot };
}

export const botUser = user(FAKE_IDS.bot, 'fake-bot', true);
export const testUser = user(FAKE_IDS.user, 'alice');

export function member(of: APIUser, roles: string[] = []): APIGuildMember {
  return {
    user: of,
    nick: null,
    roles,
    joined_at: '2024-01-01T00:00:00.000Z',
    deaf: false,
    mute: false,
    flags: NO_FLAGS,
  };
}

// On Discord the @everyone role's id is its guild's id.
function everyoneRole(guildId: string = FAKE_IDS.everyoneRole): APIRole {
  return {
    id: guildId,
    name: '@everyone',
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    position: 0,
    permissions: MEMBER_PERMISSIONS,
    managed: false,
    mentionable: false,
    flags: NO_FLAGS,
  };
}

export function textChannel(
  id: string = FAKE_IDS.textChannel,
  name = 'general',
  guildId: string = FAKE_IDS.guild,
): APITextChannel {
  return {
    id,
    type: ChannelType.GuildText,
    guild_id: guildId,
    name,
    position: 0,
    permission_overwrites: [],
    parent_id: null,
    nsfw: false,
    topic: null,
    last_message_id: null,
    rate_limit_per_user: 0,
  };
}

export function dmChannel(recipient: APIUser, id: string = FAKE_IDS.dmChannel): APIDMChannel {
  return { id, type: ChannelType.DM, name: null, recipients: [recipient], last_message_id: null };
}

/** Which guild, and its text channel: by default the test guild (FAKE_IDS.guild). */
export interface GuildIds {
  guildId: string;
  textChannelId: string;
}

const TEST_GUILD: GuildIds = { guildId: FAKE_IDS.guild, textChannelId: FAKE_IDS.textChannel };

/** A guild the bot is in (by default the test guild): @everyone, one text channel, the bot and a user as members. */
export function guildCreate(ids: GuildIds = TEST_GUILD): GatewayGuildCreateDispatchData {
  return {
    id: ids.guildId,
    name: 'Fake Guild',
    icon: null,
    splash: null,
    discovery_splash: null,
    banner: null,
    description: null,
    owner_id: FAKE_IDS.user,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: GuildVerificationLevel.None,
    default_message_notifications: GuildDefaultMessageNotifications.OnlyMentions,
    explicit_content_filter: GuildExplicitContentFilter.Disabled,
    roles: [everyoneRole(ids.guildId)],
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: GuildMFALevel.None,
    application_id: null,
    system_channel_id: null,
    system_channel_flags: NO_FLAGS,
    rules_channel_id: null,
    vanity_url_code: null,
    premium_tier: GuildPremiumTier.None,
    preferred_locale: Locale.EnglishUS,
    public_updates_channel_id: null,
    nsfw_level: GuildNSFWLevel.Default,
    premium_progress_bar_enabled: false,
    hub_type: null,
    safety_alerts_channel_id: null,
    incidents_data: null,
    joined_at: '2024-01-01T00:00:00.000Z',
    large: false,
    unavailable: false,
    member_count: 2,
    voice_states: [],
    members: [member(botUser), member(testUser)],
    channels: [textChannel(ids.textChannelId, 'general', ids.guildId)],
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

/** READY for one shard (by default the only one) and the guilds it will be sent. */
export function ready(
  sessionId: string,
  resumeGatewayUrl: string,
  shard: [id: number, count: number] = [0, 1],
  guildIds: readonly string[] = [FAKE_IDS.guild],
): GatewayReadyDispatchData {
  return {
    v: 10,
    user: botUser,
    guilds: guildIds.map((id) => ({ id, unavailable: true })),
    session_id: sessionId,
    resume_gateway_url: resumeGatewayUrl,
    shard,
    application: { id: FAKE_IDS.application, flags: NO_FLAGS, flags_new: '0' },
  };
}

export interface MessageFields {
  content: string;
  /** Default: a fresh snowflake, i.e. sent now (discord.js reads a message's creation time from its id). */
  id?: string;
  channelId?: string;
  author?: APIUser;
  mentions?: APIUser[];
  referencedMessage?: APIMessage;
}

/** A message object as REST returns it (and as the base of MESSAGE_CREATE). */
export function message(fields: MessageFields): APIMessage {
  const referenced = fields.referencedMessage;
  return {
    id: fields.id ?? nextSnowflake(),
    channel_id: fields.channelId ?? FAKE_IDS.textChannel,
    author: fields.author ?? testUser,
    content: fields.content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: fields.mentions ?? [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    pinned: false,
    type: referenced ? MessageType.Reply : MessageType.Default,
    flags: NO_FLAGS,
    ...(referenced && {
      referenced_message: referenced,
      message_reference: { message_id: referenced.id, channel_id: referenced.channel_id },
    }),
  };
}

export interface MessageCreateFields extends MessageFields {
  /** false → a DM from the author (channel defaults to FAKE_IDS.dmChannel). Default true. */
  guild?: boolean;
  /** The guild a guild message is in (default FAKE_IDS.guild). */
  guildId?: string;
}

export function messageCreate(fields: MessageCreateFields): GatewayMessageCreateDispatchData {
  const inGuild = fields.guild ?? true;
  const channelId = fields.channelId ?? (inGuild ? FAKE_IDS.textChannel : FAKE_IDS.dmChannel);
  const base = message({ ...fields, channelId });
  if (!inGuild) return { ...base, channel_type: ChannelType.DM };
  const { user: _user, ...authorMember } = member(base.author);
  return { ...base, guild_id: fields.guildId ?? FAKE_IDS.guild, channel_type: ChannelType.GuildText, member: authorMember };
}
