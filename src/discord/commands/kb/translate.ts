/**
 * /kb translate: an entry's Spanish side (question, ways of asking, answer) in a
 * form of its own, since the entry form already holds Discord's five inputs. It is
 * saved through the store like /kb edit: the same checks, audit record and undo.
 * The quote is not asked for: Spanish answers quote the article's English text.
 */
import { ComponentType, SlashCommandSubcommandBuilder, TextInputStyle } from 'discord.js';
import type { APILabelComponent, ModalSubmitInteraction } from 'discord.js';
import { KnowledgeEditError } from '../../../knowledge/editErrors.js';
import type { SpanishDraft } from '../../../knowledge/qaDocument.js';
import type { Entry } from '../../../knowledge/schema.js';
import type { EditResult } from '../../../knowledge/storeTypes.js';
import type { BotContext } from '../../context.js';
import { LIMITS, type ModalReply, type Reply } from '../../respond.js';
import { escapeText, truncate } from '../../text.js';
import { actorOf } from './access.js';
import { formId, type KbForm } from './customIds.js';
import { alternatesOf, echoOf, readForm, type FormField, type FormValues } from './entryForm.js';
import { entryById, entryName, notFound, probe, refusalText, say, versionedEntry, warningLines } from './replies.js';
import { idOption, type KbSubcommand } from './subcommand.js';

/** A /kb translate form: the entry and the version it showed. */
export type TranslateForm = Extract<KbForm, { kind: 'translate' }>;

type SpanishField = Extract<FormField, 'question' | 'alternates' | 'answer'>;

// The inputs reuse the entry form's field ids, so reading a submit and giving
// back what was typed work the same; the limits are the schema's (localisedSideSchema).
interface InputSpec {
  field: SpanishField;
  label: string;
  description: string;
  paragraph: boolean;
  required: boolean;
  max: number;
}

const INPUTS: readonly InputSpec[] = [
  {
    field: 'question',
    label: 'Question in Spanish',
    description: 'As a Spanish-speaking reader would ask it.',
    paragraph: false,
    required: true,
    max: 300,
  },
  {
    field: 'alternates',
    label: 'Other ways of asking in Spanish (one a line)',
    description: 'Optional: regional words (lanchas, EE.UU., los gringos), with and without accents.',
    paragraph: true,
    required: false,
    max: LIMITS.textInputValue,
  },
  {
    field: 'answer',
    label: 'Answer in Spanish',
    description: 'Exactly what the English answer says, attributed the same way. The quote stays English.',
    paragraph: true,
    required: true,
    max: 1000,
  },
];

export default {
  data: new SlashCommandSubcommandBuilder()
    .setName('translate')
    .setDescription('Edit the Spanish side of an entry (opens a form filled in with it)')
    .addStringOption(idOption(true)),

  execute(interaction, context) {
    const id = interaction.options.getString('id', true);
    const found = versionedEntry(context, id);
    if (!found) return say(notFound(id));
    const { entry, version } = found;
    return translateForm({ kind: 'translate', entryId: entry.id, version }, entry);
  },
} satisfies KbSubcommand;

/**
 * The form, prefilled with the entry's Spanish side (empty when it has none), under
 * the English question and answer it translates. Alternates too long for their input
 * are left out rather than cut, and then kept as they are on saving.
 */
export function translateForm(form: TranslateForm, entry: Entry): ModalReply {
  const values: Record<SpanishField, string> = {
    question: entry.es?.question ?? '',
    alternates: entry.es?.alternates.join('\n') ?? '',
    answer: entry.es?.answer ?? '',
  };
  const english = `**English question:** ${escapeText(entry.question)}\n**English answer:** ${escapeText(entry.answer)}`;
  const inputs = INPUTS.filter((spec) => values[spec.field].length <= spec.max).map((spec): APILabelComponent => ({
    type: ComponentType.Label,
    label: spec.label,
    description: spec.description,
    component: {
      type: ComponentType.TextInput,
      custom_id: spec.field,
      style: spec.paragraph ? TextInputStyle.Paragraph : TextInputStyle.Short,
      required: spec.required,
      max_length: spec.max,
      ...(values[spec.field] && { value: values[spec.field] }),
    },
  }));
  return {
    modal: {
      custom_id: formId(form),
      title: `Spanish: ${entry.id}`,
      components: [{ type: ComponentType.TextDisplay, content: truncate(english, LIMITS.textInputValue) }, ...inputs],
    },
  };
}

/** Saves a submitted form as the entry's Spanish side; a refusal lists every problem and gives back what was typed. */
export async function saveTranslation(form: TranslateForm, interaction: ModalSubmitInteraction, context: BotContext): Promise<Reply> {
  const values = spanishFields(readForm(interaction));
  const actor = actorOf(interaction);
  const kept = entryById(context, form.entryId)?.es?.alternates ?? [];
  const es: SpanishDraft = {
    question: values.question ?? '',
    alternates: values.alternates === undefined ? kept : alternatesOf(values.alternates),
    answer: values.answer ?? '',
  };
  try {
    const result = await context.knowledge.update(form.entryId, { es }, actor, form.version);
    return saved(result, context);
  } catch (error) {
    if (!(error instanceof KnowledgeEditError)) throw error;
    context.logger.info('kb-form-refused', { form: form.kind, error: error.name, userId: actor.id });
    const retry = `\`/kb translate ${form.entryId}\``;
    return {
      content: `${refusalText(error, { formEntry: true })}\n\nWhat you typed is below: copy it into ${retry} to try again.`,
      ...echoOf(values),
      ephemeral: true,
    };
  }
}

// A forged submit may carry the entry form's other fields; only these three are the Spanish side.
function spanishFields(values: FormValues): FormValues {
  return Object.fromEntries(INPUTS.flatMap(({ field }) => (values[field] === undefined ? [] : [[field, values[field]]])));
}

function saved(result: EditResult, context: BotContext): Reply {
  const { entry } = result;
  if (!entry?.es) return say('Saved the Spanish side.');
  const verb = result.change ? 'Saved' : 'No change to';
  const lines = [`✅ ${verb} the Spanish side of ${entryName(entry)}.`, probe(entry.es.question, entry.id, context)];
  return say(lines.join('\n') + warningLines(result.warnings));
}
