import { SlashCommandSubcommandBuilder } from 'discord.js';
import { entryForm } from './entryForm.js';
import type { KbSubcommand } from './subcommand.js';

export default {
  data: new SlashCommandSubcommandBuilder().setName('add').setDescription('Add an entry (opens a form)'),
  execute: () => entryForm({ kind: 'add', groupKey: null }, 'New entry', {}),
} satisfies KbSubcommand;
