import { SlashCommandSubcommandBuilder } from 'discord.js';
import { issueLines, orRefusal, say, when } from './replies.js';
import type { KbSubcommand } from './subcommand.js';

export default {
  data: new SlashCommandSubcommandBuilder()
    .setName('reload')
    .setDescription('Re-read the knowledge from disk and report what was found'),

  execute(_interaction, context) {
    return orRefusal(async () => {
      const report = await context.knowledge.reload();
      const entries = context.knowledge.current.knowledge.entries.length;
      if (!report.loaded) {
        const problem = context.knowledge.lastProblem;
        const since = problem ? ` (${when(problem.time.toISOString())})` : '';
        return say(
          `🚫 **Not loaded**${since}: the files on disk have problems. I keep answering from the knowledge in use ` +
            `(version ${report.version}, ${entries} entries).\n${issueLines(report.errors)}`,
        );
      }
      const warnings = report.warnings.length ? `\nWarnings:\n${issueLines(report.warnings, 10)}` : '';
      return say(`✅ Reloaded: version ${report.version}, ${entries} entries, no errors.${warnings}`);
    });
  },
} satisfies KbSubcommand;
