/**
 * Every command the bot has, in one explicit list: the dispatcher looks commands
 * up in it and deploy-commands registers exactly it. To add a command, write its
 * file beside these and add it here (with `customIdPrefixes` if it has buttons or forms).
 */
import { handleButton } from '../buttons.js';
import type { Command, NamedComponentOwner } from '../command.js';
import about from './about.js';
import ask from './ask.js';
import askTheArticle from './askTheArticle.js';
import kb from './kb/index.js';
import quote from './quote.js';

export const COMMANDS: readonly Command[] = [ask, quote, askTheArticle, about, kb];

/** The buttons under answers: votes (`fb:`) and "did you mean" (`ask:`), made by render/components.ts. */
export const ANSWER_BUTTONS: NamedComponentOwner = {
  name: 'the buttons under answers',
  customIdPrefixes: ['fb', 'ask'],
  // A vote may wait for the feedback log; every reply to these buttons is private.
  privateReplies: true,
  button: handleButton,
};
