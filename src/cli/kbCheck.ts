import { loadConfig } from '../config.js';
import { formatIssue } from '../knowledge/issues.js';
import { spanishRouting } from '../knowledge/checks/spanish.js';
import { checkKnowledge, KNOWLEDGE_FILES } from '../knowledge/load.js';
import { Matcher } from '../matching/matcher.js';
import { runCli } from './run.js';

// The same checks the bot runs before it loads the knowledge; CI runs this too.
runCli(async () => {
  const { knowledgeDir } = loadConfig();
  const report = await checkKnowledge(knowledgeDir);
  for (const warning of report.warnings) console.warn(`warning: ${formatIssue(warning)}`);
  for (const error of report.errors) console.error(`error: ${formatIssue(error)}`);
  if (!report.knowledge) {
    console.error(`${knowledgeDir}: ${report.errors.length} error(s); the bot will not start on this knowledge.`);
    return 1;
  }
  const { entries, quotations, article } = report.knowledge;
  const covered = new Set(entries.map((e) => e.paragraph));
  const uncovered = article.paragraphs.map((_, i) => i + 1).filter((n) => !covered.has(n));
  if (uncovered.length) console.warn(`warning: no entry answers from paragraph ${uncovered.join(', ')}`);
  console.log(
    `${knowledgeDir}: ok — ${entries.length} entries, ${quotations.length} quotations, ` +
      `${covered.size}/${article.paragraphs.length} paragraphs covered, ${report.warnings.length} warning(s)`,
  );
  // Reported apart from the count: until Spanish matching lands, most Spanish phrasings go unanswered.
  const spanish = spanishRouting(entries, new Matcher(entries), KNOWLEDGE_FILES.entries);
  for (const warning of spanish.warnings) console.warn(`warning: ${formatIssue(warning)}`);
  console.log(`Spanish: ${spanish.answered}/${spanish.phrasings} phrasings answered by their own entry, in Spanish`);
});
