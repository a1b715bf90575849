/**
 * Questions asked in messages (see messageTriggers.ts for which), and what happens
 * to the bot's reply when the question changes: an edit within the edit window
 * edits the reply (never a second reply), and deleting the question deletes it.
 */
import { DiscordAPIError, RESTJSONErrorCodes, type Message, type PartialMessage } from 'discord.js';
import { answerQuestion, type Asked } from './answering.js';
import { ChannelWarnings } from './channelWarnings.js';
import type { BotContext } from './context.js';
import { fromPerson, looksLikeQuestion, triggerOf, type Trigger } from './messageTriggers.js';
import { NOTICES } from './notices.js';
import { QuestionReplies, type QuestionReply } from './questionReplies.js';
import { editMessageReply, replyToMessage } from './respond.js';

export { looksLikeQuestion, withoutBotMention } from './messageTriggers.js';

export interface MessageHandlers {
  created(message: Message): Promise<void>;
  edited(message: Message | PartialMessage): Promise<void>;
  deleted(message: Message | PartialMessage): Promise<void>;
}

export function createMessageHandlers(context: BotContext, now: () => number = Date.now): MessageHandlers {
  const channelWarnings = new ChannelWarnings(context.logger);
  const replies = new QuestionReplies();
  const guarded =
    <M extends Message | PartialMessage>(handle: (message: M) => Promise<void>) =>
    async (message: M) => {
      try {
        await handle(message);
      } catch (error) {
        const where = { channelId: message.channelId, guildId: message.guildId, messageId: message.id };
        // A channel the bot cannot reply in fails every message there: warned about once, not logged per message.
        if (channelWarnings.report(error, where)) return;
        // Nowhere private to apologise in a channel; a public "something went wrong" would be noise.
        context.logger.error('message-failed', { ...where, error });
      }
    };
  const windowMs = context.config.editWindowMinutes * 60_000;

  return {
    created: guarded(async (message: Message) => {
      if (!fromPerson(message)) return;
      // Tracked from the start, so that a deletion arriving while the answer is worked out still finds it.
      await replies.run(message.id, async (reply) => {
        const trigger = await triggerOf(message, context.config.qaChannelIds, context.knowledge.current.matcher);
        if (trigger) await firstReply(message, trigger, reply, context);
      });
    }),

    edited: guarded(async (edit: Message | PartialMessage) => {
      // Link previews also arrive as updates, without an edit time: only a person's edit counts.
      const message = edit.partial ? null : edit;
      if (!message || !fromPerson(message) || message.editedTimestamp === null) return;
      if (now() - message.createdTimestamp > windowMs) {
        context.logger.debug('edit-ignored', { messageId: message.id, reason: 'after-edit-window' });
        return;
      }
      const trigger = await triggerOf(message, context.config.qaChannelIds, context.knowledge.current.matcher);
      // An edit that no longer asks anything leaves the reply as it was.
      if (!trigger || trigger.text === null) return;
      await replies.run(message.id, (reply) =>
        reply.replyId === null ? firstReply(message, trigger, reply, context) : changeReply(message, trigger, reply, context),
      );
    }),

    deleted: guarded((message: Message | PartialMessage) =>
      replies.finish(message.id, async ({ replyId }) => {
        if (replyId === null) return;
        // No orphan answers: the reply goes with its question.
        await message.client.channels
          .fetch(message.channelId)
          .then((channel) => (channel?.isTextBased() ? channel.messages.delete(replyId) : undefined))
          .catch(ignoreUnknownMessage);
        context.logger.info('reply-deleted', { messageId: message.id, replyId, channelId: message.channelId });
      }),
    ),
  };
}

async function firstReply(message: Message, trigger: Trigger, record: QuestionReply, context: BotContext): Promise<void> {
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
  if (trigger.text === null) {
    record.replyId = (await replyToMessage(message, { content: NOTICES.unreadableReference })).id;
    return;
  }
  const { result, reply } = await answerQuestion(trigger.text, context, askedIn(message, trigger));
  if (trigger.quiet && (!result.answered || !take())) return;
  record.replyId = (await replyToMessage(message, reply)).id;
  record.text = trigger.text;
}

/** An edited question: the reply is edited to the new answer, unless the edit no longer asks a question. */
async function changeReply(message: Message, trigger: Trigger, record: QuestionReply, context: BotContext): Promise<void> {
  const { replyId } = record;
  if (replyId === null || trigger.text === null || trigger.text === record.text) return;
  // No cooldown here: the channel gets no new message, and Discord already limits how fast people edit.
  const { result, reply } = await answerQuestion(trigger.text, context, askedIn(message, trigger));
  const stillAsks = result.answered || (!trigger.quiet && looksLikeQuestion(trigger.text));
  if (!stillAsks) return;
  await editMessageReply(message, replyId, reply);
  record.text = trigger.text;
  context.logger.info('reply-edited', { messageId: message.id, replyId, answered: result.answered });
}

function askedIn(message: Message, trigger: Trigger): Asked {
  return { source: trigger.source, guildId: message.guildId, channelId: message.channelId, ephemeral: false };
}

// The reply may already be gone (a moderator removed it): then there is nothing left to do.
function ignoreUnknownMessage(error: unknown): void {
  if (error instanceof DiscordAPIError && error.code === RESTJSONErrorCodes.UnknownMessage) return;
  throw error;
}
