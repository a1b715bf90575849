/**
 * The reply when the article does not answer a question: friendly, short, with
 * the nearest questions as buttons and a pointer to `/ask`'s suggestions.
 */
import type { Entry } from '../../knowledge/schema.js';
import type { MatchReason } from '../../matching/matcher.js';
import type { Reply } from '../respond.js';
import { escapeUserText } from '../text.js';
import { questionRow } from './components.js';

// Enough to recognise one's own question; the rest adds nothing but room for mischief.
export const ECHO_LENGTH = 150;
export const ASK_HINT = 'Tip: type `/ask` and I’ll suggest the questions the article answers as you type.';

export interface NoAnswerView {
  question: string;
  reason: MatchReason;
  suggestions: readonly Entry[];
  ephemeral?: boolean;
}

export function renderNoAnswer(view: NoAnswerView): Reply {
  const lines = [opening(view.question, view.reason)];
  const suggestions = questionRow(view.suggestions);
  if (suggestions) lines.push('Did you mean one of these?');
  lines.push(ASK_HINT);
  return {
    content: lines.join('\n'),
    ...(suggestions && { components: [suggestions] }),
    ...(view.ephemeral && { ephemeral: true }),
  };
}

function opening(question: string, reason: MatchReason): string {
  const echoed = `“${escapeUserText(question, ECHO_LENGTH)}”`;
  switch (reason) {
    case 'empty':
      return 'What would you like to know about the article? Ask me a question about it.';
    case 'too-long':
      return 'That’s longer than I can handle: could you ask it as one short question?';
    case 'ambiguous':
      return `I’m not sure which part of the article you mean by ${echoed}.`;
    default:
      return `Sorry, the article doesn’t seem to cover ${echoed}.`;
  }
}
