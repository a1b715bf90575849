/**
 * The one place every outgoing message goes through: whatever the knowledge or
 * a question contains, nothing the bot sends can ping @everyone, @here, a role
 * or another user, and nothing exceeds Discord's limits (which would make the
 * whole send fail).
 */
import { MessageFlags, PermissionFlagsBits } from 'discord.js';
import type {
  APIActionRowComponent,
  APIButtonComponentWithCustomId,
  APIEmbed,
  APIModalInteractionResponseCallbackData,
  ApplicationCommandOptionChoiceData,
  AttachmentPayload,
  AutocompleteInteraction,
  InteractionReplyOptions,
  Message,
  MessageMentionOptions,
  PermissionsBitField,
  RepliableInteraction,
} from 'discord.js';
import { fitModal, fitReply, LIMITS } from './fit.js';
import { withoutEmbeds } from './render/plainText.js';
import { truncate } from './text.js';

export { embedLength, fitEmbed, fitModal, fitReply, LIMITS } from './fit.js';

export type ButtonRow = APIActionRowComponent<APIButtonComponentWithCustomId>;
export type Choice = ApplicationCommandOptionChoiceData<string>;

/** A file sent with a reply, e.g. `{ attachment: bytes, name: 'qa.yaml' }`. */
export type ReplyFile = AttachmentPayload & { attachment: Buffer; name: string };

/** A reply as the bot's modules build it; `ephemeral` only applies to interactions. */
export interface Reply {
  content?: string;
  embeds?: APIEmbed[];
  /** The embeds' message as plain text, for where the bot may not embed links (default: the embeds flattened). */
  plain?: string;
  components?: ButtonRow[];
  files?: ReplyFile[];
  ephemeral?: boolean;
  /** For a button click: replace the message the button is on (a page turn, a confirmation) instead of sending another. */
  update?: boolean;
}

export type Modal = APIModalInteractionResponseCallbackData;

/** A form to open instead of a message; Discord accepts one only as the first response to a command or a button. */
export interface ModalReply {
  modal: Modal;
}

/** Whatever a handler answers an interaction with. */
export type Response = Reply | ModalReply;


// Interactions: nobody is pinged. Message replies: only the asker, through the reply itself.
const INTERACTION_MENTIONS: MessageMentionOptions = { parse: [] };
const MESSAGE_REPLY_MENTIONS: MessageMentionOptions = { parse: [], repliedUser: true };

/** Sends a handler's response: opens its form, or replies with its message. */
export async function respond(interaction: RepliableInteraction, response: Response): Promise<void> {
  if (!('modal' in response)) return replyToInteraction(interaction, response);
  // A submitted form cannot open another one; a handler that tries is a bug for the error boundary to report.
  if (interaction.isModalSubmit()) throw new Error('a modal cannot be opened in answer to a modal');
  await interaction.showModal(fitModal(response.modal));
}

export async function replyToInteraction(interaction: RepliableInteraction, reply: Reply): Promise<void> {
  const sendable = embedsAllowed(interaction.appPermissions) ? reply : withoutEmbeds(reply);
  const fitted = { ...fitReply(sendable), allowedMentions: INTERACTION_MENTIONS };
  const payload: InteractionReplyOptions = reply.ephemeral ? { ...fitted, flags: MessageFlags.Ephemeral } : fitted;
  if (!interaction.replied && !interaction.deferred) {
    // The message being updated keeps the flags it was sent with (an ephemeral stays ephemeral).
    if (reply.update && interaction.isMessageComponent()) await interaction.update(fitted);
    else await interaction.reply(payload);
    return;
  }
  // Acknowledged while the handler worked (see acknowledgePrivately): the reply takes the placeholder's place,
  // which for a button is the message it is on.
  const inPlace = !interaction.replied && (!interaction.isMessageComponent() || reply.update === true);
  if (inPlace) await interaction.editReply(fitted);
  // The error boundary may answer after a reply already went out; Discord only accepts one initial response.
  else await interaction.followUp(payload);
}

/**
 * Tells Discord an answer is coming, for a handler that is taking longer than
 * Discord waits (three seconds): a private "thinking…" for a command or form, a
 * silent acknowledgement for a button. The reply then goes through replyToInteraction.
 */
export async function acknowledgePrivately(interaction: RepliableInteraction): Promise<void> {
  if (interaction.replied || interaction.deferred) return;
  if (interaction.isMessageComponent()) await interaction.deferUpdate();
  else await interaction.deferReply({ flags: MessageFlags.Ephemeral });
}

/** Replies to `message`; resolves with the reply sent, so that an edit or deletion of the question can follow it. */
export function replyToMessage(message: Message, reply: Reply): Promise<Message> {
  const fitted = fitReply(forChannelOf(message, reply));
  // If the question was deleted meanwhile, still answer rather than fail on the missing reference.
  return message.reply({ ...fitted, allowedMentions: MESSAGE_REPLY_MENTIONS, failIfNotExists: false });
}

/** Replaces the bot's reply `replyId` to `question` with `reply`: whatever `reply` lacks (text, embeds, buttons) is removed. */
export async function editMessageReply(question: Message, replyId: string, reply: Reply): Promise<void> {
  const fitted = fitReply(forChannelOf(question, reply));
  await question.channel.messages.edit(replyId, {
    content: fitted.content ?? '',
    embeds: fitted.embeds ?? [],
    components: fitted.components ?? [],
    allowedMentions: MESSAGE_REPLY_MENTIONS,
  });
}

/** The reply as `message`'s channel allows it: plain text where the bot may not embed links. */
function forChannelOf(message: Message, reply: Reply): Reply {
  const permissions = message.inGuild() ? message.channel.permissionsFor(message.client.user) : null;
  return embedsAllowed(permissions) ? reply : withoutEmbeds(reply);
}

// Unknown permissions (an uncached channel, a DM) are taken to allow embeds, as they did before the check.
function embedsAllowed(permissions: Readonly<PermissionsBitField> | null): boolean {
  return permissions?.has(PermissionFlagsBits.EmbedLinks) ?? true;
}

export async function respondWithChoices(
  interaction: AutocompleteInteraction,
  choices: readonly Choice[],
): Promise<void> {
  await interaction.respond(
    choices.slice(0, LIMITS.choices).map((choice) => ({
      name: truncate(choice.name, LIMITS.choiceName),
      // A cut value would no longer name what it chose; choices build values that fit.
      value: choice.value.slice(0, LIMITS.choiceValue),
    })),
  );
}

