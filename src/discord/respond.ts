/**
 * The one place every outgoing message goes through: whatever the knowledge or
 * a question contains, nothing the bot sends can ping @everyone, @here, a role
 * or another user, and nothing exceeds Discord's limits (which would make the
 * whole send fail).
 */
import { ComponentType, MessageFlags } from 'discord.js';
import type {
  APIActionRowComponent,
  APIButtonComponentWithCustomId,
  APIEmbed,
  APIModalInteractionResponseCallbackComponent,
  APIModalInteractionResponseCallbackData,
  ApplicationCommandOptionChoiceData,
  AttachmentPayload,
  AutocompleteInteraction,
  InteractionReplyOptions,
  Message,
  MessageMentionOptions,
  RepliableInteraction,
} from 'discord.js';
import { truncate } from './text.js';

export type ButtonRow = APIActionRowComponent<APIButtonComponentWithCustomId>;
export type Choice = ApplicationCommandOptionChoiceData<string>;

/** A file sent with a reply, e.g. `{ attachment: bytes, name: 'qa.yaml' }`. */
export type ReplyFile = AttachmentPayload & { attachment: Buffer; name: string };

/** A reply as the bot's modules build it; `ephemeral` only applies to interactions. */
export interface Reply {
  content?: string;
  embeds?: APIEmbed[];
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

export const LIMITS = {
  content: 2_000,
  embedTitle: 256,
  embedDescription: 4_096,
  fieldName: 256,
  fieldValue: 1_024,
  footer: 2_048,
  author: 256,
  embedTotal: 6_000,
  embeds: 10,
  rows: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
  files: 10,
  modalTitle: 45,
  modalComponents: 5,
  modalLabel: 45,
  modalDescription: 100,
  placeholder: 100,
  textInputValue: 4_000,
  customId: 100,
} as const;

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
  const fitted = { ...fitReply(reply), allowedMentions: INTERACTION_MENTIONS };
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

export async function replyToMessage(message: Message, reply: Reply): Promise<void> {
  // If the question was deleted meanwhile, still answer rather than fail on the missing reference.
  await message.reply({ ...fitReply(reply), allowedMentions: MESSAGE_REPLY_MENTIONS, failIfNotExists: false });
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

/** The reply with every text within Discord's limits; `ephemeral` and `update` are left to the sender. */
export function fitReply(reply: Reply): Omit<Reply, 'ephemeral' | 'update'> {
  return {
    ...(reply.content !== undefined && { content: truncate(reply.content, LIMITS.content) }),
    ...(reply.embeds && { embeds: reply.embeds.slice(0, LIMITS.embeds).map(fitEmbed) }),
    ...(reply.components && { components: reply.components.slice(0, LIMITS.rows).map(fitRow) }),
    ...(reply.files && { files: reply.files.slice(0, LIMITS.files) }),
  };
}

/**
 * The form within Discord's limits. Custom ids are not cut (a cut id would name
 * something else): builders make ids that fit, and one that does not is a bug.
 */
export function fitModal(modal: Modal): Modal {
  if (modal.custom_id.length > LIMITS.customId) throw new Error(`modal custom id too long: ${modal.custom_id}`);
  return {
    ...modal,
    title: truncate(modal.title, LIMITS.modalTitle),
    components: modal.components.slice(0, LIMITS.modalComponents).map(fitModalComponent),
  };
}

function fitModalComponent(component: APIModalInteractionResponseCallbackComponent): APIModalInteractionResponseCallbackComponent {
  if (component.type !== ComponentType.Label) return component;
  const input = component.component;
  return {
    ...component,
    label: truncate(component.label, LIMITS.modalLabel),
    ...(component.description !== undefined && { description: truncate(component.description, LIMITS.modalDescription) }),
    component:
      input.type === ComponentType.TextInput
        ? {
            ...input,
            ...(input.placeholder !== undefined && { placeholder: truncate(input.placeholder, LIMITS.placeholder) }),
            // A prefilled value longer than the field allows would make Discord refuse the whole form.
            ...(input.value !== undefined && { value: input.value.slice(0, input.max_length ?? LIMITS.textInputValue) }),
          }
        : input,
  };
}

export function fitEmbed(embed: APIEmbed): APIEmbed {
  const fitted: APIEmbed = {
    ...embed,
    ...(embed.title !== undefined && { title: truncate(embed.title, LIMITS.embedTitle) }),
    ...(embed.description !== undefined && { description: truncate(embed.description, LIMITS.embedDescription) }),
    ...(embed.fields && {
      fields: embed.fields.map((field) => ({
        ...field,
        name: truncate(field.name, LIMITS.fieldName),
        value: truncate(field.value, LIMITS.fieldValue),
      })),
    }),
    ...(embed.footer && { footer: { ...embed.footer, text: truncate(embed.footer.text, LIMITS.footer) } }),
    ...(embed.author && { author: { ...embed.author, name: truncate(embed.author.name, LIMITS.author) } }),
  };
  // The description is the longest part and the one that reads best shortened.
  const excess = embedLength(fitted) - LIMITS.embedTotal;
  if (excess <= 0 || fitted.description === undefined) return fitted;
  return { ...fitted, description: truncate(fitted.description, Math.max(0, fitted.description.length - excess)) };
}

/** The characters Discord counts towards an embed's 6,000. */
export function embedLength(embed: APIEmbed): number {
  const fields = (embed.fields ?? []).reduce((total, f) => total + f.name.length + f.value.length, 0);
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    fields +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0)
  );
}

function fitRow(row: ButtonRow): ButtonRow {
  return {
    ...row,
    components: row.components.slice(0, LIMITS.buttonsPerRow).map((button) => ({
      ...button,
      ...(button.label !== undefined && { label: truncate(button.label, LIMITS.buttonLabel) }),
    })),
  };
}
