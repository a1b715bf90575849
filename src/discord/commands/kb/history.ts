import { SlashCommandSubcommandBuilder } from 'discord.js';
import type { AuditRecord } from '../../../knowledge/auditLog.js';
import type { Entry } from '../../../knowledge/schema.js';
import { escapeUserText } from '../../text.js';
import { inlineCode, KB_COLOUR, say, when } from './replies.js';
import { idOption, type KbSubcommand } from './subcommand.js';

const SHOWN = 10;
const FIELDS = ['id', 'question', 'alternates', 'answer', 'quote', 'speaker', 'paragraph'] as const;

export default {
  data: new SlashCommandSubcommandBuilder()
    .setName('history')
    .setDescription('The latest changes to the knowledge: who, when, what')
    .addStringOption(idOption(false)),

  async execute(interaction, context) {
    const id = interaction.options.getString('id') ?? undefined;
    const records = await context.knowledge.history(id, SHOWN);
    const about = id === undefined ? '' : ` to \`${inlineCode(id)}\``;
    if (records.length === 0) return say(`No changes${about} are recorded yet.`);
    return {
      embeds: [
        {
          color: KB_COLOUR,
          title: `Latest changes${id === undefined ? '' : ` to ${id}`}`,
          description: records.map(line).join('\n'),
          footer: { text: '/kb undo reverts the latest change' },
        },
      ],
      ephemeral: true,
    };
  },
} satisfies KbSubcommand;

function line(record: AuditRecord): string {
  return `${when(record.time)} **${escapeUserText(record.moderatorName, 40)}** ${what(record)}`;
}

function what(record: AuditRecord): string {
  const id = `\`${inlineCode(record.entryId ?? 'qa.yaml')}\``;
  switch (record.action) {
    case 'add':
      return `added ${id}`;
    case 'remove':
      return `removed ${id}`;
    case 'update':
      return `edited ${id} (${changedFields(record.before, record.after).join(', ') || 'no visible change'})`;
    case 'add-alternate': {
      const added = record.after?.alternates.filter((a) => !record.before?.alternates.includes(a)) ?? [];
      return `added ${added.map((a) => `“${escapeUserText(a, 80)}”`).join(', ') || 'a way of asking'} to ${id}`;
    }
    case 'undo':
      return `undid the change before (${id} is back as it was)`;
    case 'external-edit':
      return `changed ${id} in qa.yaml by hand (${changedFields(record.before, record.after).join(', ') || 'added or removed'})`;
    case 'save-failed':
      return `tried to change ${id}, but it was never saved`;
  }
}

function changedFields(before: Entry | null, after: Entry | null): string[] {
  if (!before || !after) return [];
  return FIELDS.filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]));
}
