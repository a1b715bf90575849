/**
 * The entry form behind /kb add and /kb edit: five text inputs (Discord's most),
 * reading them back from a submit, and giving the moderator back what they typed
 * when it is not saved. The paragraph is not asked for: it is where the quote is.
 */
import { ComponentType, TextInputStyle } from 'discord.js';
import type { APILabelComponent, ModalSubmitInteraction } from 'discord.js';
import { type Entry, ENTRY_LIMITS } from '../../../knowledge/schema.js';
import { LIMITS, type ModalReply, type Reply } from '../../respond.js';
import { formId, type KbForm } from './customIds.js';
import { KB_COLOUR } from './replies.js';

export const FORM_FIELDS = ['question', 'alternates', 'answer', 'quote', 'speaker'] as const;
export type FormField = (typeof FORM_FIELDS)[number];
/** What a submit carried; a field the form did not have (or a forged submit left out) is absent. */
export type FormValues = Partial<Record<FormField, string>>;

interface InputSpec {
  label: string;
  description: string;
  style: TextInputStyle;
  required: boolean;
  /** The schema's limits (knowledge/schema.ts), so Discord stops the typing rather than the check refusing it. */
  max: number;
}

const INPUTS: Record<FormField, InputSpec> = {
  question: {
    label: 'Question',
    description: 'The question as a reader would ask it.',
    style: TextInputStyle.Short,
    required: true,
    max: ENTRY_LIMITS.question,
  },
  alternates: {
    label: 'Other ways of asking (one a line)',
    description: 'Optional. Typos need no alternates: the matcher handles them.',
    style: TextInputStyle.Paragraph,
    required: false,
    max: LIMITS.textInputValue,
  },
  answer: {
    label: 'Answer',
    description: 'Short, in our words, stating only what the article says.',
    style: TextInputStyle.Paragraph,
    required: true,
    max: ENTRY_LIMITS.answer,
  },
  quote: {
    label: 'Quote (word for word from the article)',
    description: 'At least 20 characters from one paragraph; the paragraph is found from it.',
    style: TextInputStyle.Paragraph,
    required: true,
    max: ENTRY_LIMITS.quote,
  },
  speaker: {
    label: 'Speaker (if the quote is someone’s words)',
    description: 'Full name as the article spells it; leave empty for the article’s own words.',
    style: TextInputStyle.Short,
    required: false,
    max: ENTRY_LIMITS.speaker,
  },
};

/** The form's values for an existing entry. */
export function valuesOf(entry: Entry): FormValues {
  return {
    question: entry.question,
    alternates: entry.alternates.join('\n'),
    answer: entry.answer,
    quote: entry.quote,
    speaker: entry.speaker ?? '',
  };
}

/**
 * The form, prefilled with `values`. A value longer than its input allows (fifty
 * long alternates) is left out rather than cut: a cut value would be saved cut.
 * Its field is then kept as it is, and `/kb alias` still adds to it.
 */
export function entryForm(form: KbForm, title: string, values: FormValues): ModalReply {
  const fits = (field: FormField) => (values[field]?.length ?? 0) <= INPUTS[field].max;
  return {
    modal: {
      custom_id: formId(form),
      title,
      components: FORM_FIELDS.filter(fits).map((field) => input(field, values[field])),
    },
  };
}

function input(field: FormField, value: string | undefined): APILabelComponent {
  const spec = INPUTS[field];
  return {
    type: ComponentType.Label,
    label: spec.label,
    description: spec.description,
    component: {
      type: ComponentType.TextInput,
      custom_id: field,
      style: spec.style,
      required: spec.required,
      max_length: spec.max,
      ...(value && { value }),
    },
  };
}

export function readForm(interaction: ModalSubmitInteraction): FormValues {
  const values: FormValues = {};
  for (const field of FORM_FIELDS) {
    const data = interaction.fields.fields.get(field);
    if (data?.type === ComponentType.TextInput) values[field] = data.value;
  }
  return values;
}

/** One alternate a line, blank lines dropped. */
export function alternatesOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

// Inside a code block only a fence can end it early; a zero-width space breaks any.
const fenceSafe = (text: string) => text.replace(/```/g, '`\u200b``');
// The typed text goes in one embed description when it fits (with room for the
// headings); otherwise in a file, which has no practical limit.
const ECHO_ROOM = LIMITS.embedDescription - 200;

/**
 * What the moderator typed, given back whole so nothing is lost: each field in a
 * code block (shown as typed, copyable, no markdown or mentions), or as a file.
 */
export function echoOf(values: FormValues): Pick<Reply, 'embeds' | 'files'> {
  const typed = FORM_FIELDS.filter((field) => values[field] !== undefined && values[field] !== '');
  if (typed.length === 0) return {};
  const blocks = typed.map((field) => `**${INPUTS[field].label}**\n\`\`\`\n${fenceSafe(values[field] ?? '')}\n\`\`\``);
  const description = blocks.join('\n');
  if (description.length <= ECHO_ROOM) {
    return { embeds: [{ color: KB_COLOUR, title: 'What you typed (not saved)', description }] };
  }
  const text = typed.map((field) => `${INPUTS[field].label}:\n${values[field] ?? ''}\n`).join('\n');
  return { files: [{ attachment: Buffer.from(text, 'utf8'), name: 'what-you-typed.txt' }] };
}
