/**
 * Payloads for what real servers have beyond the one plain text channel: channels
 * whose permission overwrites take something from the bot, forum channels and their
 * posts (threads), and edits and deletions of messages.
 */
import { ChannelType, ForumLayoutType, OverwriteType, PermissionsBitField, ThreadAutoArchiveDuration } from 'discord.js';
import type {
  APIGuildForumChannel,
  APIMessage,
  APIOverwrite,
  GatewayChannelCreateDispatchData,
  GatewayMessageCreateDispatchData,
  GatewayMessageDeleteDispatchData,
  GatewayMessageUpdateDispatchData,
  GatewayThreadCreateDispatchData,
  PermissionResolvable,
} from 'discord.js';
import { FAKE_IDS, botUser, messageCreate, nextSnowflake, textChannel, type MessageCreateFields } from './payloads.js';

/** An overwrite that takes `permissions` from the bot in one channel (as a server admin would set it). */
export function denyBot(permissions: PermissionResolvable): APIOverwrite {
  return { id: FAKE_IDS.bot, type: OverwriteType.Member, allow: '0', deny: new PermissionsBitField(permissions).bitfield.toString() };
}

/** A text channel of the test guild with these overwrites; send it as CHANNEL_CREATE before using it. */
export function restrictedChannel(id: string, overwrites: APIOverwrite[]): GatewayChannelCreateDispatchData {
  return { ...textChannel(id, 'restricted'), guild_id: FAKE_IDS.guild, permission_overwrites: overwrites };
}

export function forumChannel(id: string, name = 'questions'): GatewayChannelCreateDispatchData & APIGuildForumChannel {
  return {
    id,
    type: ChannelType.GuildForum,
    guild_id: FAKE_IDS.guild,
    name,
    position: 1,
    permission_overwrites: [],
    parent_id: null,
    nsfw: false,
    topic: null,
    available_tags: [],
    default_reaction_emoji: null,
    default_sort_order: null,
    default_forum_layout: ForumLayoutType.ListView,
  };
}

/** A new post in `forumId`: the thread (THREAD_CREATE) and its first message (whose id is the thread's). */
export function forumPost(
  forumId: string,
  title: string,
  fields: Omit<MessageCreateFields, 'channelId' | 'id'>,
): { thread: GatewayThreadCreateDispatchData; starter: GatewayMessageCreateDispatchData } {
  const id = nextSnowflake();
  const thread: GatewayThreadCreateDispatchData = {
    id,
    type: ChannelType.PublicThread,
    guild_id: FAKE_IDS.guild,
    name: title,
    parent_id: forumId,
    owner_id: fields.author?.id ?? FAKE_IDS.user,
    last_message_id: id,
    rate_limit_per_user: 0,
    newly_created: true,
    thread_metadata: {
      archived: false,
      auto_archive_duration: ThreadAutoArchiveDuration.OneDay,
      archive_timestamp: new Date().toISOString(),
      locked: false,
    },
    message_count: 0,
    member_count: 1,
    total_message_sent: 0,
    applied_tags: [],
  };
  return { thread, starter: messageCreate({ ...fields, id, channelId: id }) };
}

/** MESSAGE_UPDATE for an edit of `original` to `content`; `mentionsBot` as in sendMessage (default: as before). */
export function messageEdit(
  original: GatewayMessageCreateDispatchData,
  content: string,
  mentionsBot?: boolean,
): GatewayMessageUpdateDispatchData {
  const mentions = mentionsBot === undefined ? original.mentions : mentionsBot ? [botUser] : [];
  return {
    ...original,
    content: mentionsBot ? `<@${FAKE_IDS.bot}> ${content}` : content,
    mentions,
    edited_timestamp: new Date().toISOString(),
  };
}

/** MESSAGE_DELETE of `message`, as Discord sends it: ids only. */
export function messageDelete(message: APIMessage & { guild_id?: string }): GatewayMessageDeleteDispatchData {
  return { id: message.id, channel_id: message.channel_id, ...(message.guild_id && { guild_id: message.guild_id }) };
}
