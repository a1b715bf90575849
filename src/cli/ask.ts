import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { loadKnowledge } from '../knowledge/load.js';
import { Matcher, type MatchResult } from '../matching/matcher.js';
import { toAnswerRecord } from './answerRecord.js';
import { runCli } from './run.js';

const USAGE = `usage: npm run ask -- [--json] "question"
       npm run --silent ask -- --json < questions.txt   (one question a line)`;

runCli(async () => {
  const { values, positionals } = parseArgs({ options: { json: { type: 'boolean', default: false } }, allowPositionals: true });
  const config = loadConfig();
  const matcher = new Matcher((await loadKnowledge(config.knowledgeDir)).entries);
  const print = (result: MatchResult) => console.log(values.json ? JSON.stringify(toAnswerRecord(result)) : describe(result));

  const question = positionals.join(' ');
  if (question.trim()) return print(matcher.match(question));
  if (process.stdin.isTTY) {
    console.error(USAGE);
    return 2;
  }
  // Every input line gets exactly one output line, blank ones included, so answers stay aligned with questions.
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) print(matcher.match(line));
});

function describe(result: MatchResult): string {
  const confidence = `confidence ${result.confidence.toFixed(2)}`;
  if (result.answered && result.entry) {
    const { answer, quote, speaker, paragraph } = result.entry;
    const source = [speaker, `paragraph ${paragraph}`].filter(Boolean).join(', ');
    return [`${answer}`, ``, `  > ${quote}`, `  (${source}; ${confidence})`].join('\n');
  }
  const lines = [`The article does not answer that (${reasonText(result.reason)}; ${confidence}).`];
  if (result.suggestions.length) {
    lines.push('Did you mean:', ...result.suggestions.map((s) => `  - ${s.question}`));
  }
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
      return 'nothing in the knowledge covers it';
  }
}
