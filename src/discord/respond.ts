/**
 * The one place every outgoing message goes through: whatever the knowledge or
 * a question contains, nothing the bot sends can ping @everyone, @here, a role
 * or another user, and nothing exceeds Discord's limits (which would make the
 * whole send fail).
 */
import { MessageFlags } from 'discord.js';
import type {
  APIActionRowComponent,
  APIButtonComponentWithCustomId,
  APIEmbed,
  ApplicationCommandOptionChoiceData,
  AutocompleteInteraction,
  InteractionReplyOptions,
  Message,
  MessageMentionOptions,
  RepliableInteraction,
} from 'discord.js';
import { truncate } from './text.js';

export type ButtonRow = APIActionRowComponent<APIButtonComponentWithCustomId>;
export type Choice = ApplicationCommandOptionChoiceData<string>;

/** A reply as the bot's modules build it; `ephemeral` only applies to interactions. */
export interface Reply {
  content?: string;
  embeds?: APIEmbed[];
  components?: ButtonRow[];
  ephemeral?: boolean;
}

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
} as const;

// Interactions: nobody is pinged. Message replies: only the asker, through the reply itself.
const INTERACTION_MENTIONS: MessageMentionOptions = { parse: [] };
const MESSAGE_REPLY_MENTIONS: MessageMentionOptions = { parse: [], repliedUser: true };

export async function replyToInteraction(interaction: RepliableInteraction, reply: Reply): Promise<void> {
  const payload: InteractionReplyOptions = { ...fitReply(reply), allowedMentions: INTERACTION_MENTIONS };
  if (reply.ephemeral) payload.flags = MessageFlags.Ephemeral;
  // The error boundary may answer after a reply already went out; Discord only accepts one initial response.
  if (interaction.replied || interaction.deferred) await interaction.followUp(payload);
  else await interaction.reply(payload);
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

/** The reply with every text within Discord's limits; `ephemeral` is left to the sender. */
export function fitReply(reply: Reply): Omit<Reply, 'ephemeral'> {
  return {
    ...(reply.content !== undefined && { content: truncate(reply.content, LIMITS.content) }),
    ...(reply.embeds && { embeds: reply.embeds.slice(0, LIMITS.embeds).map(fitEmbed) }),
    ...(reply.components && { components: reply.components.slice(0, LIMITS.rows).map(fitRow) }),
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
