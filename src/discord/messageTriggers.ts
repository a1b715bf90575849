/**
 * Which messages ask the bot something, and what: a mention of the bot, a mention
 * in a reply to someone's message (that message's text), a direct message, or, in
 * the configured Q&A channels, any message that looks like a question — for a forum
 * post, its title and its first message read together.
 */
import { ChannelType, type Message } from 'discord.js';
import type { Matcher } from '../matching/matcher.js';
import type { QuestionSource } from './answering.js';

export interface Trigger {
  source: QuestionSource;
  /** null: the question is in a message the bot is not allowed to read. */
  text: string | null;
  /** Unaddressed (a Q&A channel): reply only with an answer, never with "not covered". */
  quiet: boolean;
}

const QUESTION_OPENERS: ReadonlySet<string> = new Set(
  ['who', 'what', 'when', 'where', 'why', 'how', 'which', 'whose', 'whom']
    .concat(['is', 'are', 'was', 'were', 'did', 'does', 'do', 'has', 'have'])
    .concat(['can', 'could', 'will', 'would', 'should']),
);

/** Messages people write: not other bots', webhooks' or Discord's own (joins, pins). */
export function fromPerson(message: Message): boolean {
  return !message.author.bot && message.webhookId === null && !message.system;
}

/** What `message` asks the bot, or null when it asks nothing. */
export async function triggerOf(message: Message, qaChannelIds: readonly string[], matcher: Matcher): Promise<Trigger | null> {
  const botId = message.client.user.id;
  const own = withoutBotMention(message.content, botId);
  if (!message.inGuild()) return { source: 'dm', text: own, quiet: false };
  if (mentionsBot(message, botId)) {
    const referenced = await referencedText(message, botId);
    if (referenced === null) return { source: 'mention', text: own, quiet: false };
    // Without the Message Content intent Discord blanks other people's messages; say so rather than guess.
    if (referenced === '') return { source: 'reply', text: own || null, quiet: false };
    return { source: 'reply', text: referenced, quiet: false };
  }
  if (!inQaChannel(message, qaChannelIds)) return null;
  const title = forumPostTitle(message);
  if (title === null) return looksLikeQuestion(own) ? { source: 'channel', text: own, quiet: true } : null;
  if (!looksLikeQuestion(title) && !looksLikeQuestion(own)) return null;
  return { source: 'forum', text: forumQuestion(title, own, matcher), quiet: true };
}

/** The title of the forum post that `message` opens; null for any other message. */
function forumPostTitle(message: Message<true>): string | null {
  const { channel } = message;
  // A forum post is a thread whose id is its first message's id.
  if (!channel.isThread() || channel.id !== message.id) return null;
  return channel.parent?.type === ChannelType.GuildForum ? channel.name : null;
}

/**
 * The question in a forum post. People put it in the title or in the first message and add context
 * ("context: my feed is full of this"); context words the article never uses would sink the match of
 * the whole text, so the title, the message and both together are tried, and the most confident answer wins.
 */
function forumQuestion(title: string, text: string, matcher: Matcher): string {
  const together = text ? `${title}\n${text}` : title;
  const tries = [together, title, text].filter((t) => t.trim() !== '').map((t) => ({ t, result: matcher.match(t) }));
  const answered = tries.filter(({ result }) => result.answered);
  answered.sort((a, b) => b.result.confidence - a.result.confidence);
  return answered[0]?.t ?? together;
}

/** The text of the message this one replies to; null when it is not a reply to someone else. */
async function referencedText(message: Message, botId: string): Promise<string | null> {
  if (!message.reference?.messageId) return null;
  const referenced = await message.fetchReference().catch(() => null);
  // A reply to the bot's own answer is a follow-up question in the reply itself.
  if (!referenced || referenced.author.id === botId) return null;
  return referenced.content.trim();
}

function mentionsBot(message: Message<true>, botId: string): boolean {
  if (message.mentions.users.has(botId)) return true;
  // People often pick the bot's role from the mention list instead of the bot itself.
  const botRoleId = message.guild.members.me?.roles.botRole?.id;
  return botRoleId !== undefined && message.mentions.roles.has(botRoleId);
}

function inQaChannel(message: Message<true>, qaChannelIds: readonly string[]): boolean {
  if (qaChannelIds.includes(message.channelId)) return true;
  // Threads opened in a Q&A channel (forum posts among them) are part of it.
  return message.channel.isThread() && qaChannelIds.includes(message.channel.parentId ?? '');
}

export function withoutBotMention(content: string, botId: string): string {
  return content.replace(new RegExp(`<@!?${botId}>`, 'g'), ' ').replace(/\s+/g, ' ').trim();
}

/** Ends with "?" or opens with a question word ("how many boats"); chat like "lol" or "thanks" does not. */
export function looksLikeQuestion(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.endsWith('?')) return true;
  const first = trimmed.toLowerCase().match(/^[a-z]+/)?.[0];
  return first !== undefined && QUESTION_OPENERS.has(first) && trimmed.split(/\s+/).length >= 2;
}
