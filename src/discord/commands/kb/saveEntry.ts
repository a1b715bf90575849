/**
 * Saving a submitted entry form: a new entry, or an edit made from the version
 * the form was opened on. What was typed is never lost: a refusal (invalid,
 * stale, duplicate) lists every problem and gives the typed text back.
 */
import type { ModalSubmitInteraction } from 'discord.js';
import { KnowledgeEditError, ValidationRejected } from '../../../knowledge/editErrors.js';
import type { KnowledgeIssue } from '../../../knowledge/issues.js';
import { KNOWLEDGE_FILES } from '../../../knowledge/load.js';
import { type Article, findEntry } from '../../../knowledge/schema.js';
import type { EntryDraft, EntryPatch } from '../../../knowledge/qaDocument.js';
import type { EditResult } from '../../../knowledge/storeTypes.js';
import { paragraphsContaining } from '../../../knowledge/verbatim.js';
import type { BotContext } from '../../context.js';
import type { Reply } from '../../respond.js';
import { actorOf } from './access.js';
import type { KbForm } from './customIds.js';
import { alternatesOf, echoOf, readForm, type FormValues } from './entryForm.js';
import { entryName, probe, refusalText, warningLines } from './replies.js';
import { dismissFixed } from './review.js';

export async function saveEntry(form: KbForm, interaction: ModalSubmitInteraction, context: BotContext): Promise<Reply> {
  const values = readForm(interaction);
  const actor = actorOf(interaction);
  try {
    if (form.kind === 'add') {
      const result = await context.knowledge.add(draftOf(values, context.knowledge.current.knowledge.article), actor);
      // The questions this entry was created for are dealt with; new askings bring the group back.
      if (form.groupKey) await dismissFixed(form.groupKey, context);
      return saved('Added', result, context);
    }
    const article = context.knowledge.current.knowledge.article;
    const current = findEntry(context.knowledge.current.knowledge.entries, form.entryId);
    const patch = patchOf(values, article, current?.paragraph ?? 1);
    const result = await context.knowledge.update(form.entryId, patch, actor, form.version);
    return saved(result.change ? 'Saved' : 'No change to', result, context);
  } catch (error) {
    if (!(error instanceof KnowledgeEditError)) throw error;
    context.logger.info('kb-form-refused', { form: form.kind, error: error.name, userId: actor.id });
    const retry = form.kind === 'add' ? '`/kb add`' : `\`/kb edit ${form.entryId}\``;
    const article = context.knowledge.current.knowledge.article;
    const more = error instanceof ValidationRejected ? quoteProblems(error.issues, values.quote, article) : [];
    return {
      content: `${refusalText(error, { more, formEntry: true })}\n\nWhat you typed is below: copy it into ${retry} to try again.`,
      ...echoOf(values),
      ephemeral: true,
    };
  }
}

function saved(verb: string, result: EditResult, context: BotContext): Reply {
  const { entry } = result;
  if (!entry) return { content: `${verb} the entry.`, ephemeral: true };
  const lines = [
    `✅ ${verb} ${entryName(entry)} (quote from paragraph ${entry.paragraph}).`,
    probe(entry.question, entry.id, context),
  ];
  return { content: lines.join('\n') + warningLines(result.warnings), ephemeral: true };
}

function draftOf(values: FormValues, article: Article): EntryDraft {
  const quote = values.quote ?? '';
  return {
    question: values.question ?? '',
    alternates: alternatesOf(values.alternates ?? ''),
    answer: values.answer ?? '',
    quote,
    speaker: blankToNull(values.speaker),
    paragraph: paragraphOf(quote, article, 1),
  };
}

// Only what the form had goes into the patch: a field it left out stays as it is.
function patchOf(values: FormValues, article: Article, currentParagraph: number): EntryPatch {
  return {
    ...(values.question !== undefined && { question: values.question }),
    ...(values.alternates !== undefined && { alternates: alternatesOf(values.alternates) }),
    ...(values.answer !== undefined && { answer: values.answer }),
    ...(values.quote !== undefined && { quote: values.quote, paragraph: paragraphOf(values.quote, article, currentParagraph) }),
    ...(values.speaker !== undefined && { speaker: blankToNull(values.speaker) }),
  };
}

/**
 * The paragraph the quote is in. A quote found in several (a short phrase) keeps
 * the entry's paragraph when that is one of them. A quote found nowhere keeps
 * `fallback` (a paragraph that exists), so the check reports the quote itself as
 * not verbatim, beside every other problem, rather than a missing paragraph.
 */
export function paragraphOf(quote: string, article: Article, fallback: number): number {
  const found = paragraphsContaining(article.paragraphs, quote);
  if (found.includes(fallback)) return fallback;
  return found[0] ?? Math.min(fallback, article.paragraphs.length);
}

// The store checks quotes against the article only once the entry fits the
// schema; so that one submit shows every problem, check the quote here too.
function quoteProblems(issues: readonly KnowledgeIssue[], quote: string | undefined, article: Article): KnowledgeIssue[] {
  if (!quote?.trim() || issues.some((i) => /\bquote\b/.test(i.message))) return [];
  if (paragraphsContaining(article.paragraphs, quote).length > 0) return [];
  return [{ file: KNOWLEDGE_FILES.entries, id: null, message: 'quote is not verbatim article text' }];
}

function blankToNull(text: string | undefined): string | null {
  return text === undefined || text.trim() === '' ? null : text;
}
