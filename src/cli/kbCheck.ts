import { loadConfig } from '../config.js';
import { formatIssue } from '../knowledge/issues.js';
import { phrasingErrors, unansweredErrors } from '../knowledge/checks/phrasings.js';
import { spanishRouting } from '../knowledge/checks/spanish.js';
import { readUnanswered, UNANSWERED_FILE } from '../knowledge/checks/unanswered.js';
import { checkKnowledge, KNOWLEDGE_FILES } from '../knowledge/load.js';
import { Matcher } from '../matching/matcher.js';
import { runCli } from './run.js';

// The same checks the bot runs before it loads the knowledge, then the ones that need the matcher:
// every phrasing answered by its own entry, and no answer to a question the article leaves open.
// CI runs this too.
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
  const unanswered = await readUnanswered(knowledgeDir);
  const matcher = new Matcher(entries);
  const matching = [
    ...phrasingErrors(entries, matcher, KNOWLEDGE_FILES.entries),
    ...unanswered.errors,
    ...unansweredErrors(matcher, unanswered.questions, UNANSWERED_FILE),
  ];
  for (const error of matching) console.error(`error: ${formatIssue(error)}`);
  const covered = new Set(entries.map((e) => e.paragraph));
  const uncovered = article.paragraphs.map((_, i) => i + 1).filter((n) => !covered.has(n));
  if (uncovered.length) console.warn(`warning: no entry answers from paragraph ${uncovered.join(', ')}`);
  if (matching.length) {
    console.error(`${knowledgeDir}: ${matching.length} error(s) in how questions are matched.`);
    return 1;
  }
  // Spanish phrasings that go elsewhere warn rather than fail: a moderator's English edit should not be
  // refused because a Spanish wording of another entry drifted.
  const spanish = spanishRouting(entries, matcher, KNOWLEDGE_FILES.entries);
  for (const warning of spanish.warnings) console.warn(`warning: ${formatIssue(warning)}`);
  const warnings = report.warnings.length + (uncovered.length ? 1 : 0);
  console.log(
    `${knowledgeDir}: ok — ${entries.length} entries, ${quotations.length} quotations, ` +
      `${covered.size}/${article.paragraphs.length} paragraphs covered, ${unanswered.questions.length} unanswered ` +
      `question(s) left unanswered, ${warnings} warning(s) about the entries, ${spanish.warnings.length} about Spanish phrasings`,
  );
  console.log(`Spanish: ${spanish.answered}/${spanish.phrasings} phrasings answered by their own entry, in Spanish`);
});
