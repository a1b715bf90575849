/**
 * Questions asked in messages: a mention of the bot, a mention in a reply to
 * someone's message (answers that message), a direct message, or, in the
 * configured Q&A channels, any message that looks like a question.
 */
import type { Message } from 'discord.js';
import { answerQuestion, type QuestionSource } from './answering.js';
import { ChannelWarnings } from './channelWarnings.js';
import type { BotContext } from './context.js';
import { NOTICES } from './notices.js';
import { replyToMessage } from './respond.js';

interface Trigger {
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

export type MessageHandler = (message: Message) => Promise<void>;

export function createMessageHandler(context: BotContext): MessageHandler {
  const channelWarnings = new ChannelWarnings(context.logger);
  return async (message) => {
    try {
      await handleMessage(message, context);
    } catch (error) {
      const where = { channelId: message.channelId, guildId: message.guildId, messageId: message.id };
      // A channel the bot cannot reply in fails every message there: warned about once, not logged per message.
      if (channelWarnings.report(error, where)) return;
      // Nowhere private to apologise in a channel; a public "something went wrong" would be noise.
      context.logger.error('message-failed', { ...where, error });
    }
  };
}

async function handleMessage(message: Message, context: BotContext): Promise<void> {
  if (message.author.bot || message.webhookId !== null || message.system) return;
  const trigger = await triggerOf(message, context.config.qaChannelIds);
  if (!trigger) return;
  const take = () => {
    const decision = context.cooldown.take(message.author.id);
    // Throttled mentions get nothing: a public "slow down" would add to the flood it prevents.
    if (!decision.allowed) {
      context.logger.info('throttled', { userId: message.author.id, source: trigger.source, messageId: message.id });
    }
    return decision.allowed;
  };
  // Unaddressed messages are matched first, so chat that the bot stays quiet on does not use up a cooldown.
  if (!trigger.quiet && !take()) return;
  if (trigger.text === null) return replyToMessage(message, { content: NOTICES.unreadableReference });
  const asked = { source: trigger.source, guildId: message.guildId, channelId: message.channelId, ephemeral: false };
  const { result, reply } = await answerQuestion(trigger.text, context, asked);
  if (trigger.quiet && (!result.answered || !take())) return;
  await replyToMessage(message, reply);
}

async function triggerOf(message: Message, qaChannelIds: readonly string[]): Promise<Trigger | null> {
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
  if (!inQaChannel(message, qaChannelIds) || !looksLikeQuestion(own)) return null;
  return { source: 'channel', text: own, quiet: true };
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
  // Threads opened in a Q&A channel are part of it.
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
