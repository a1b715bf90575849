import { loadConfig } from '../config.js';
import { uncoveredSentences } from '../knowledge/checks/coverage.js';
import { loadKnowledge } from '../knowledge/load.js';
import { runCli } from './run.js';

// Lists what readers cannot yet ask about: each sentence of the article whose words no entry's quote holds.
// Exit code 0 either way: coverage guides curators, it does not block the bot.
runCli(async () => {
  const { knowledgeDir } = loadConfig();
  const { article, entries } = await loadKnowledge(knowledgeDir);
  const uncovered = uncoveredSentences(article, entries);
  for (const { paragraph, sentence, missing } of uncovered) {
    console.log(`paragraph ${paragraph}: ${sentence}\n  not in any quote: ${missing.join(', ')}`);
  }
  const total = article.paragraphs.length;
  console.log(
    uncovered.length
      ? `${uncovered.length} sentence(s) not fully covered by the ${entries.length} entries' quotes (${total} paragraphs).`
      : `Every sentence of the ${total} paragraphs is covered by the ${entries.length} entries' quotes.`,
  );
});
