/**
 * The review queue: questions the bot could not answer and answers readers
 * marked "Not helpful", near-identical ones grouped, most frequent first, each
 * with the fixes a moderator would reach for.
 */
import { ButtonStyle, SlashCommandSubcommandBuilder } from 'discord.js';
import type { APIEmbed, ButtonInteraction } from 'discord.js';
import type { ReviewGroup } from '../../../knowledge/feedbackRecords.js';
import type { BotContext } from '../../context.js';
import type { ButtonRow, Reply, Response } from '../../respond.js';
import { escapeUserText } from '../../text.js';
import { actorOf } from './access.js';
import { kbButton, pageOf, pagerRow, row } from './components.js';
import type { KbButton } from './customIds.js';
import { entryForm } from './entryForm.js';
import { entryById, entryName, KB_COLOUR, NO_LONGER_ACTIVE, orRefusal, probe, when } from './replies.js';
import type { KbSubcommand } from './subcommand.js';
import { ENTRY_LIMITS } from '../../../knowledge/schema.js';

// Four groups of one button row each, and a row for the pager: Discord's five rows.
const PER_PAGE = 4;
// Enough to find any group a button was drawn for: the queue lists every group, most frequent first.
const ALL_GROUPS = 10_000;
const MAX_QUESTION = ENTRY_LIMITS.question;

export default {
  data: new SlashCommandSubcommandBuilder()
    .setName('review')
    .setDescription('Questions the bot could not answer or that readers found unhelpful, most asked first'),
  execute: (_interaction, context) => reviewPage(0, context),
} satisfies KbSubcommand;

export async function reviewPage(page: number, context: BotContext, status = ''): Promise<Reply> {
  const groups = await context.feedback.reviewQueue(ALL_GROUPS);
  const lead = status ? `${status}\n` : '';
  if (groups.length === 0) {
    return { content: `${lead}The review queue is empty: nothing unanswered or marked not helpful.`, embeds: [], components: [], ephemeral: true };
  }
  const shown = pageOf(groups, page, PER_PAGE);
  const numbered = shown.items.map((group, n) => ({ group, number: shown.page * PER_PAGE + n + 1 }));
  const pager = pagerRow(shown, (to) => ({ kind: 'review', page: to }));
  return {
    content: `${lead}**Review queue:** ${groups.length} question${groups.length === 1 ? '' : 's'} to look at (page ${shown.page + 1} of ${shown.pages}).`,
    embeds: numbered.map(({ group, number }) => groupEmbed(group, number, context)),
    components: [...numbered.map(({ group, number }) => groupRow(group, number, context)), ...(pager ? [pager] : [])],
    ephemeral: true,
  };
}

function groupEmbed(group: ReviewGroup, number: number, context: BotContext): APIEmbed {
  const nearest = group.nearestId ? entryById(context, group.nearestId) : null;
  const kinds = [
    group.unanswered && `${group.unanswered} unanswered`,
    group.notHelpful && `${group.notHelpful} not helpful`,
  ].filter(Boolean);
  return {
    color: KB_COLOUR,
    title: `#${number} “${escapeUserText(group.question, 200)}”`,
    description: [
      `Asked ${group.count} time${group.count === 1 ? '' : 's'} (${kinds.join(', ')}), last ${when(group.lastAsked)}`,
      `Nearest entry: ${nearest ? entryName(nearest) : 'none'}`,
    ].join('\n'),
  };
}

function groupRow(group: ReviewGroup, number: number, context: BotContext): ButtonRow {
  const nearest = group.nearestId ? entryById(context, group.nearestId) : null;
  const groupKey = group.key;
  return row(
    ...(nearest
      ? [kbButton({ kind: 'alternate', groupKey, entryId: nearest.id }, `#${number} Add as alternate to ${nearest.id}`, ButtonStyle.Primary)]
      : []),
    kbButton({ kind: 'create', groupKey }, `#${number} Create entry`, ButtonStyle.Success),
    kbButton({ kind: 'dismiss', groupKey }, `#${number} Dismiss`),
  );
}

type GroupAction = Extract<KbButton, { groupKey: string }>;

export async function onReviewButton(action: GroupAction, interaction: ButtonInteraction, context: BotContext): Promise<Response> {
  const group = (await context.feedback.reviewQueue(ALL_GROUPS)).find((g) => g.key === action.groupKey);
  // Dealt with meanwhile (by another moderator, or in another window): show the queue as it is now.
  if (!group) return { ...(await reviewPage(0, context, NO_LONGER_ACTIVE)), update: true };
  switch (action.kind) {
    case 'create':
      return entryForm({ kind: 'add', groupKey: group.key }, 'New entry', { question: group.question.slice(0, MAX_QUESTION) });
    case 'dismiss': {
      await context.feedback.dismiss(group.key);
      const status = `Dismissed “${escapeUserText(group.question, 100)}”: it comes back if people ask it again.`;
      return { ...(await reviewPage(0, context, status)), update: true };
    }
    case 'alternate':
      return orRefusal(async () => {
        const result = await context.knowledge.addAlternate(action.entryId, group.question, actorOf(interaction));
        await dismissFixed(group.key, context);
        const entry = result.entry;
        const status = entry ? `✅ Added to ${entryName(entry)}. ${probe(group.question, entry.id, context)}` : '';
        return { ...(await reviewPage(0, context, status)), update: true };
      });
  }
}

/**
 * Takes a group the moderator just fixed off the queue. The fix is saved by now:
 * failing to hide the group must not make it look as if the fix failed too.
 */
export async function dismissFixed(groupKey: string, context: BotContext): Promise<void> {
  try {
    await context.feedback.dismiss(groupKey);
  } catch (error) {
    context.logger.warn('review-dismiss-failed', { groupKey, error });
  }
}
