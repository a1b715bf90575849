/**
 * Every command the bot has, in one explicit list: the dispatcher looks commands
 * up in it and deploy-commands registers exactly it. To add a command, write its
 * file beside these and add it here.
 */
import type { Command } from '../command.js';
import about from './about.js';
import ask from './ask.js';
import askTheArticle from './askTheArticle.js';
import kb from './kb/index.js';
import quote from './quote.js';

export const COMMANDS: readonly Command[] = [ask, quote, askTheArticle, about, kb];
