/**
 * Discord's limits, and every reply cut to fit them: a text over its limit makes
 * Discord refuse the whole message, so whatever the knowledge or a question holds
 * is shortened here, readably, before it is sent.
 */
import { ComponentType } from 'discord.js';
import type { APIEmbed, APIModalInteractionResponseCallbackComponent } from 'discord.js';
import type { ButtonRow, Modal, Reply } from './respond.js';
import { truncate } from './text.js';

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
