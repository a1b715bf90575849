import { SlashCommandSubcommandBuilder } from 'discord.js';
import type { BotContext } from '../../context.js';
import type { Reply } from '../../respond.js';
import { escapeUserText } from '../../text.js';
import { pageOf, pagerRow } from './components.js';
import { inlineCode, KB_COLOUR } from './replies.js';
import type { KbSubcommand } from './subcommand.js';

// Fifteen one-line entries keep a page readable on a phone and well inside an embed.
const PAGE_SIZE = 15;

export default {
  data: new SlashCommandSubcommandBuilder().setName('list').setDescription('List the entries, a page at a time'),
  execute: (_interaction, context) => listPage(0, context),
} satisfies KbSubcommand;

export function listPage(page: number, context: BotContext): Reply {
  const { entries } = context.knowledge.current.knowledge;
  const shown = pageOf(entries, page, PAGE_SIZE);
  const lines = shown.items.map((e) => `\`${inlineCode(e.id)}\` ${escapeUserText(e.question, 90)} (¶${e.paragraph})`);
  const pager = pagerRow(shown, (to) => ({ kind: 'list', page: to }));
  return {
    embeds: [
      {
        color: KB_COLOUR,
        title: `Entries (${entries.length})`,
        description: lines.join('\n') || 'There are no entries yet: add one with `/kb add`.',
        footer: { text: `Page ${shown.page + 1} of ${shown.pages}` },
      },
    ],
    components: pager ? [pager] : [],
    ephemeral: true,
  };
}
