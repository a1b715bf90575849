import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { loadKnowledge } from '../knowledge/load.js';
import { Matcher, type MatchResult } from '../matching/matcher.js';
import { toAnswerRecord } from './answerRecord.js';
import { isArgumentError, runCli } from './run.js';

const USAGE = `usage: npm run ask -- [--json] "question"
       npm run --silent ask -- --json < questions.txt   (one question a line)
       npm run ask -- -- "-_- a question that starts with a dash"`;

runCli(async () => {
  const args = parseArguments();
  if (!args) return 2;
  const config = loadConfig();
  const matcher = new Matcher((await loadKnowledge(config.knowledgeDir)).entries);
  const print = (result: MatchResult) => console.log(args.json ? JSON.stringify(toAnswerRecord(result)) : describe(result));

  // A question given as arguments, even an empty one, is answered (an empty one says so).
  if (args.positionals.length) return print(matcher.match(args.positionals.join(' ')));
  if (process.stdin.isTTY) {
    console.error(USAGE);
    return 2;
  }
  // Every input line gets exactly one output line, blank ones included, so answers stay aligned with questions.
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) print(matcher.match(line));
});

/** The options and question words, or null (after saying why in one line) when an option is unknown. */
function parseArguments(): { json: boolean; positionals: string[] } | null {
  try {
    const { values, positionals } = parseArgs({ options: { json: { type: 'boolean', default: false } }, allowPositionals: true });
    return { json: values.json, positionals };
  } catch (error) {
    if (!isArgumentError(error) || error.code !== 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw error;
    console.error(`ask: ${error.message.split('.')[0]}; a question that starts with "-" goes after "--".\n${USAGE}`);
    return null;
  }
}

/** The answer as a person reads it, in the question's language, as `--json` gives it. */
function describe(result: MatchResult): string {
  const record = toAnswerRecord(result);
  const confidence = `confidence ${result.confidence.toFixed(2)}`;
  if (record.answered) {
    const source = [record.speaker, `paragraph ${record.paragraph}`].filter(Boolean).join(', ');
    return [`${record.answer}`, ``, `  > ${record.quote}`, `  (${source}; ${confidence})`].join('\n');
  }
  const lines = [`No answer from the article: ${reasonText(result.reason)} (${confidence}).`];
  if (record.suggestions.length) lines.push('Did you mean:', ...record.suggestions.map((s) => `  - ${s.question}`));
  return lines.join('\n');
}

function reasonText(reason: MatchResult['reason']): string {
  switch (reason) {
    case 'empty':
      return 'there is no question to answer';
    case 'too-long':
      return 'the question is too long';
    case 'ambiguous':
      return 'several entries fit equally well';
    default:
      return 'no entry covers it confidently enough';
  }
}
