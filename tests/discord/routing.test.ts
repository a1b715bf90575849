import { beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import type { Command } from '../../src/discord/command.js';
import { ANSWER_BUTTONS, COMMANDS } from '../../src/discord/commands/index.js';
import { memoryFeedback, staticKnowledge, type BotContext } from '../../src/discord/context.js';
import { Cooldown } from '../../src/discord/cooldown.js';
import { notice } from '../../src/discord/notices.js';
import { createRoutes } from '../../src/discord/routing.js';
import { silentLogger } from '../../src/logger.js';
import { knowledge } from './harness.js';

let context: BotContext;
beforeAll(async () => {
  const config = parseConfig({});
  const entries = staticKnowledge(await knowledge());
  context = { config, knowledge: entries, feedback: memoryFeedback(), cooldown: new Cooldown(0), logger: silentLogger };
});

// A command named like the "did you mean" buttons' prefix, with buttons of its own.
const askWithButtons: Command = {
  kind: 'slash',
  data: { name: 'ask', description: 'Ask' },
  customIdPrefixes: ['askx'],
  execute: () => notice('asked'),
  button: () => notice('clicked'),
};

describe('routing buttons and forms by their declared owner', () => {
  it('sends each custom id to the owner that declared its prefix', () => {
    const routes = createRoutes(context, COMMANDS, [ANSWER_BUTTONS]);
    expect(routes.ownerOf('kb:list:2')).toMatchObject({ name: '/kb', privateReplies: true });
    expect(routes.ownerOf('fb:up:who-is-petro')).toBe(ANSWER_BUTTONS);
    expect(routes.ownerOf('nobody:1')).toBeNull();
  });

  it('does not hand "ask:" buttons to a command that is merely named ask', () => {
    const routes = createRoutes(context, [askWithButtons], [ANSWER_BUTTONS]);
    expect(routes.ownerOf('ask:who-is-petro')).toBe(ANSWER_BUTTONS);
    expect(routes.ownerOf('askx:1')).toMatchObject({ name: '/ask' });
  });

  it('refuses to start when two owners declare the same prefix, naming both', () => {
    const clash = { name: 'a second owner', customIdPrefixes: ['kb'] };
    expect(() => createRoutes(context, COMMANDS, [ANSWER_BUTTONS, clash])).toThrow(
      'custom-id prefix "kb:" is declared by both /kb and a second owner',
    );
  });
});
