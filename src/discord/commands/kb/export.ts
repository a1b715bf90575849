import { SlashCommandSubcommandBuilder } from 'discord.js';
import { readQaBytes } from '../../../knowledge/knowledgeFiles.js';
import { KNOWLEDGE_FILES } from '../../../knowledge/load.js';
import { escapeText } from '../../text.js';
import { say } from './replies.js';
import type { KbSubcommand } from './subcommand.js';

export default {
  data: new SlashCommandSubcommandBuilder().setName('export').setDescription('Download qa.yaml as it is on disk'),

  async execute(interaction, context) {
    const bytes = await readQaBytes(context.config.knowledgeDir);
    if (!Buffer.isBuffer(bytes)) return say(`qa.yaml ${escapeText(bytes.message)}.`);
    if (bytes.length > interaction.attachmentSizeLimit) return say('qa.yaml is larger than Discord lets me attach here.');
    const problem = context.knowledge.lastProblem;
    // The file is the source of truth; say when the bot is answering from an earlier version of it.
    const note = problem
      ? `\n⚠️ This file is not the knowledge in use: ${escapeText(problem.message)}. \`/kb reload\` shows why.`
      : '';
    return {
      content: `qa.yaml as it is on disk (${context.knowledge.current.knowledge.entries.length} entries in use).${note}`,
      files: [{ attachment: bytes, name: KNOWLEDGE_FILES.entries }],
      ephemeral: true,
    };
  },
} satisfies KbSubcommand;
