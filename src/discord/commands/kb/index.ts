/**
 * /kb: the moderators' command. Its definition is built from the subcommand list
 * below, and every way in (the command, its suggestions, its buttons, its forms)
 * passes the moderator check here first, so no handler can forget it.
 */
import { InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import type { Interaction } from 'discord.js';
import type { Knowledge } from '../../../knowledge/load.js';
import { foldText } from '../../../matching/normalise.js';
import type { Command } from '../../command.js';
import type { BotContext } from '../../context.js';
import { NOTICES, notice } from '../../notices.js';
import { LIMITS, type Choice, type Response } from '../../respond.js';
import { suggestQuestions } from '../ask.js';
import { isModerator, refusal } from './access.js';
import add from './add.js';
import alias from './alias.js';
import { parseButtonId, parseFormId } from './customIds.js';
import edit from './edit.js';
import exportFile from './export.js';
import forget from './forget.js';
import history from './history.js';
import list, { listPage } from './list.js';
import reload from './reload.js';
import remove, { cancelled, confirmRemoval } from './remove.js';
import review, { onReviewButton, reviewPage } from './review.js';
import { saveEntry } from './saveEntry.js';
import show from './show.js';
import stats from './stats.js';
import type { KbSubcommand } from './subcommand.js';
import dryRun from './test.js';
import translate, { saveTranslation } from './translate.js';
import undo from './undo.js';
import { findEntry } from '../../../knowledge/schema.js';

export const SUBCOMMANDS: readonly KbSubcommand[] = [
  add,
  edit,
  translate,
  remove,
  show,
  list,
  dryRun,
  alias,
  history,
  undo,
  reload,
  review,
  exportFile,
  stats,
  forget,
];

const data = new SlashCommandBuilder()
  .setName('kb')
  .setDescription('Moderators: curate the knowledge the bot answers from')
  // Hidden from members without Manage Server by default; servers can change that, so handlers check again.
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(InteractionContextType.Guild)
  // `contexts` is the current way to keep a command out of DMs; dm_permission is what older clients read.
  .setDMPermission(false);
for (const subcommand of SUBCOMMANDS) data.addSubcommand(subcommand.data);

export default {
  kind: 'slash',
  data: data.toJSON(),
  // Edits wait their turn (one at a time, across shards): a busy moment can outlast Discord's three seconds.
  privateReplies: true,
  customIdPrefixes: ['kb'],

  async execute(interaction, context) {
    if (!allowed(interaction, context)) return refusal();
    const name = interaction.options.getSubcommand(false);
    const subcommand = SUBCOMMANDS.find((s) => s.data.name === name);
    if (!subcommand) return notice(NOTICES.unknownCommand);
    context.logger.info('kb', { subcommand: name, userId: interaction.user.id, guildId: interaction.guildId });
    return privately(await subcommand.execute(interaction, context));
  },

  autocomplete(interaction, context) {
    if (!isModerator(interaction, context.config.modRoleIds)) return [];
    const focused = interaction.options.getFocused(true);
    return focused.name === 'id' ? entryChoices(focused.value, context) : [];
  },

  async button(interaction, context) {
    if (!allowed(interaction, context)) return refusal();
    const action = parseButtonId(interaction.customId);
    if (!action) return notice(NOTICES.staleButton);
    context.logger.info('kb-button', { action: action.kind, userId: interaction.user.id, guildId: interaction.guildId });
    switch (action.kind) {
      case 'remove':
        return confirmRemoval(action, interaction, context);
      case 'cancel':
        return cancelled();
      case 'list':
        return { ...listPage(action.page, context), update: true };
      case 'review':
        return { ...(await reviewPage(action.page, context)), update: true };
      case 'alternate':
      case 'create':
      case 'dismiss':
        return privately(await onReviewButton(action, interaction, context));
    }
  },

  async modalSubmit(interaction, context) {
    if (!allowed(interaction, context)) return refusal();
    const form = parseFormId(interaction.customId);
    if (!form) return notice(NOTICES.staleForm);
    context.logger.info('kb-form', { form: form.kind, userId: interaction.user.id, guildId: interaction.guildId });
    return form.kind === 'translate' ? saveTranslation(form, interaction, context) : saveEntry(form, interaction, context);
  },
} satisfies Command;

function allowed(interaction: Interaction, context: BotContext): boolean {
  if (isModerator(interaction, context.config.modRoleIds)) return true;
  context.logger.info('kb-refused', { userId: interaction.user.id, guildId: interaction.guildId });
  return false;
}

// Every /kb message is for the moderator alone, whatever a subcommand forgets.
function privately(response: Response): Response {
  return 'modal' in response ? response : { ...response, ephemeral: true };
}

/** Entries whose id or question contains what was typed, then the matcher's; shown as "id · question". */
function entryChoices(typed: string, context: BotContext): Choice[] {
  const { knowledge, matcher } = context.knowledge.current;
  const text = foldText(typed.trim());
  const byId = text ? knowledge.entries.filter((e) => e.id.includes(text)).map((e) => e.id) : [];
  const ids = new Set([...byId, ...suggestQuestions(typed, knowledge, matcher).map((c) => c.value)]);
  return [...ids].slice(0, LIMITS.choices).flatMap((id) => choice(id, knowledge));
}

function choice(id: string, knowledge: Knowledge): Choice[] {
  const entry = findEntry(knowledge.entries, id);
  return entry ? [{ name: `${entry.id} · ${entry.question}`, value: entry.id }] : [];
}
