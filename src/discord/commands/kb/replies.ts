/**
 * Wording shared by the /kb subcommands: refusals from the knowledge store,
 * problem lists, entry names, times, and the check that a change is answered.
 */
import { KnowledgeEditError, ValidationRejected } from '../../../knowledge/editErrors.js';
import type { KnowledgeIssue } from '../../../knowledge/issues.js';
import { type Entry, findEntry } from '../../../knowledge/schema.js';
import type { BotContext } from '../../context.js';
import type { Reply } from '../../respond.js';
import { escapeText, escapeUserText } from '../../text.js';

export const KB_COLOUR = 0x8a6d3b;
export const NO_LONGER_ACTIVE = 'That button is no longer active (the list changed since). Nothing was changed.';

export function notFound(id: string): string {
  return `There is no entry \`${inlineCode(id)}\`. Pick one from the suggestions as you type.`;
}

/** Every /kb reply is for the moderator alone. */
export function say(content: string): Reply {
  return { content, ephemeral: true };
}

export interface RefusalOptions {
  /** Problems found here that the store's checks could not reach (they stop at the schema before the article). */
  more?: readonly KnowledgeIssue[];
  /** The problems are all in the entry of a form: naming it on every line would only add noise. */
  formEntry?: boolean;
}

/** A store refusal as the moderator should read it: its message, and every problem when there are several. */
export function refusalText(error: KnowledgeEditError, options: RefusalOptions = {}): string {
  if (!(error instanceof ValidationRejected)) return `**Not done:** ${escapeText(error.message)}`;
  if (error.onDisk) {
    return `**Not done:** qa.yaml on disk has problems. Fix them (or restore the file) first; \`/kb reload\` shows them.\n${issueLines(error.issues)}`;
  }
  const issues = [...error.issues, ...(options.more ?? [])];
  const lines = options.formEntry ? issues.map((i) => `• ${escapeText(i.message)}`).join('\n') : issueLines(issues);
  return `**Not saved:** the knowledge would have these problems:\n${lines}`;
}

/** Turns the store's refusals into a reply; anything else is a real failure for the error boundary. */
export async function orRefusal(work: () => Promise<Reply>): Promise<Reply> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof KnowledgeEditError) return say(refusalText(error));
    throw error;
  }
}

export function issueLines(issues: readonly KnowledgeIssue[], max = 15): string {
  const lines = issues.slice(0, max).map((i) => `• ${escapeText(i.id ? `${i.id}: ${i.message}` : `${i.file}: ${i.message}`)}`);
  if (issues.length > max) lines.push(`• …and ${issues.length - max} more`);
  return lines.join('\n');
}

/** `` `id` “question” ``, for naming an entry in a sentence. */
export function entryName(entry: Pick<Entry, 'id' | 'question'>): string {
  return `\`${inlineCode(entry.id)}\` “${escapeUserText(entry.question, 120)}”`;
}

/** Inline code cannot hold a backtick; ids never have one, but ids typed into options are not yet checked. */
export function inlineCode(text: string): string {
  return text.replace(/`/g, 'ˋ').slice(0, 100);
}

export function percent(confidence: number): string {
  return `${Math.round(Math.min(1, Math.max(0, confidence)) * 100)}%`;
}

/** A Discord timestamp: shown in the reader's own time zone. */
export function when(iso: string): string {
  const seconds = Math.floor(new Date(iso).getTime() / 1000);
  return Number.isFinite(seconds) ? `<t:${seconds}:f>` : escapeText(iso);
}

/** What asking `question` now gives, so the moderator sees at once whether the change does what they meant. */
export function probe(question: string, entryId: string, context: BotContext): string {
  const result = context.knowledge.current.matcher.match(question);
  const asked = `“${escapeUserText(question, 120)}”`;
  if (result.answered && result.entry?.id === entryId) {
    return `Asking ${asked} is now answered by it (confidence ${percent(result.confidence)}).`;
  }
  if (result.answered && result.entry) {
    return `⚠️ Asking ${asked} is still answered by ${entryName(result.entry)}: add alternates to tell them apart.`;
  }
  return `⚠️ Asking ${asked} still gets no answer (${result.reason}); an alternate closer to how people ask may help.`;
}

export function warningLines(warnings: readonly KnowledgeIssue[]): string {
  return warnings.length ? `\nSaved with warnings (worth a look):\n${issueLines(warnings, 5)}` : '';
}

export function entryById(context: BotContext, id: string): Entry | null {
  return findEntry(context.knowledge.current.knowledge.entries, id);
}

/** The entry with the version a form or button must carry, so a later save over someone else's change is refused. */
export function versionedEntry(context: BotContext, id: string): { entry: Entry; version: string } | null {
  const entry = entryById(context, id);
  const version = context.knowledge.versionOf(id);
  return entry && version ? { entry, version } : null;
}
