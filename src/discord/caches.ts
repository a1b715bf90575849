/**
 * What discord.js keeps in memory. By default it caches every user and member it
 * ever sees, for good, and 200 messages per channel: memory that only grows with the
 * servers' activity (in the bench, 10,000 askers in 20 s left the bot 30 MB larger), and
 * garbage-collector work for every cached object. The bot reads almost none of it:
 * - guilds, channels and roles: needed (channels to reply in; roles for the /kb
 *   moderator check and the bot-role mention), and discord.js does not support
 *   limiting them anyway;
 * - members and users: only its own (`guild.members.me` finds the bot's role).
 *   Everything else arrives in each event's payload: `message.author`,
 *   `interaction.member` and `interaction.user` are built from it, cached or not;
 * - messages: only a message being replied to. discord.js caches the
 *   `referenced_message` of a new message as it builds it, and `fetchReference()`
 *   finds it there moments later instead of calling the REST API. A few per channel
 *   cover that; `message.reply()` itself needs no cache (it posts by channel id).
 */
import { Options, type CacheFactory, type LifetimeSweepOptions, type SweeperOptions } from 'discord.js';

// The referenced message is added just before the new message itself, and the handler looks
// it up as the new message's event is emitted, before the next event is read: the two newest
// are enough. Were it pushed out, fetchReference() would fetch it, as any uncached message.
// Each cached message holds its author, member and mentions; 200 a channel (discord.js's
// default) across a few thousand channels was hundreds of MB.
const MESSAGES_PER_CHANNEL = 2;
// Cached messages of a quiet channel would otherwise stay until the channel sees more;
// sweeping costs a walk over the channels, so not often.
const MESSAGE_SWEEP: LifetimeSweepOptions = { interval: 600, lifetime: 600 };

export const makeCache: CacheFactory = Options.cacheWithLimits({
  // `client.user` is stored in the users cache at READY; keep it (anything else is not stored).
  UserManager: { maxSize: 0, keepOverLimit: (user) => user.id === user.client.user?.id },
  GuildMemberManager: { maxSize: 0, keepOverLimit: (member) => member.id === member.client.user?.id },
  MessageManager: MESSAGES_PER_CHANNEL,
  // Nothing the bot reads, and each would grow with the servers' size.
  ReactionManager: 0,
  ReactionUserManager: 0,
  GuildEmojiManager: 0,
  GuildStickerManager: 0,
  PresenceManager: 0,
  VoiceStateManager: 0,
  GuildInviteManager: 0,
  GuildScheduledEventManager: 0,
  StageInstanceManager: 0,
  ThreadMemberManager: 0,
});

export const sweepers: SweeperOptions = { ...Options.DefaultSweeperSettings, messages: MESSAGE_SWEEP };
