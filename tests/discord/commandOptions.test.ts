import { describe, expect, it } from 'vitest';
import { ApplicationCommandOptionType } from 'discord.js';
import type { APIApplicationCommandOption } from 'discord.js';
import { oneFocused, optionProblem } from '../../src/discord/commandOptions.js';
import { COMMANDS } from '../../src/discord/commands/index.js';

interface Given {
  name: string;
  type: ApplicationCommandOptionType;
  options?: Given[];
  focused?: boolean;
}

const isSubcommand = (type: ApplicationCommandOptionType) =>
  type === ApplicationCommandOptionType.Subcommand || type === ApplicationCommandOptionType.SubcommandGroup;

/** Every way Discord's client can send a command: each subcommand, with its required options (or all of them). */
function asDiscordSends(declared: readonly APIApplicationCommandOption[], all: boolean): Given[][] {
  const subcommands = declared.filter((option) => isSubcommand(option.type));
  if (subcommands.length === 0) {
    return [declared.filter((option) => all || option.required).map(({ name, type }) => ({ name, type }))];
  }
  return subcommands.flatMap((sub) => {
    const inner = 'options' in sub ? (sub.options ?? []) : [];
    return asDiscordSends(inner, all).map((options) => [{ name: sub.name, type: sub.type, options }]);
  });
}

const slashCommands = COMMANDS.flatMap((command) => (command.kind === 'slash' ? [command] : []));
const kbOptions = slashCommands.find((command) => command.data.name === 'kb')?.data.options;
const STRING = ApplicationCommandOptionType.String;
const SUBCOMMAND = ApplicationCommandOptionType.Subcommand;

describe('checking a command as it arrived against its definition', () => {
  const declarations = slashCommands.map((command): [string, readonly APIApplicationCommandOption[]] => [command.data.name, command.data.options ?? []]);
  it.each(declarations)(
    'accepts /%s in every shape Discord’s client sends it',
    (_name, declared) => {
      for (const all of [false, true]) {
        for (const given of asDiscordSends(declared, all)) expect(optionProblem(declared, given)).toBeNull();
      }
    },
  );

  it('names the required option that is missing, by its declared name', () => {
    expect(optionProblem(kbOptions, [{ name: 'alias', type: SUBCOMMAND, options: [{ name: 'id', type: STRING }] }])).toBe(
      'its `question` option is missing',
    );
  });

  it('refuses an option the command does not have, or of another type, without repeating its name', () => {
    const forgedName = [{ name: 'show', type: SUBCOMMAND, options: [{ name: '@everyone', type: STRING }] }];
    const wrongType = [{ name: 'show', type: SUBCOMMAND, options: [{ name: 'id', type: ApplicationCommandOptionType.Integer }] }];
    for (const given of [forgedName, wrongType]) expect(optionProblem(kbOptions, given)).toBe('an option it does not have, or of the wrong kind');
  });

  it('refuses no subcommand, or two, where the command has subcommands', () => {
    expect(optionProblem(kbOptions, [])).toBe('no subcommand');
    expect(optionProblem(kbOptions, [{ name: 'undo', type: SUBCOMMAND }, { name: 'reload', type: SUBCOMMAND }])).toBe('more than one subcommand');
  });

  it('lets autocomplete through with required options still empty, if exactly one option is being typed', () => {
    const typing = [{ name: 'alias', type: SUBCOMMAND, options: [{ name: 'id', type: STRING, focused: true }] }];
    expect(optionProblem(kbOptions, typing, true)).toBeNull();
    expect(oneFocused(typing)).toBe(true);
    expect(oneFocused([{ name: 'alias', type: SUBCOMMAND, options: [{ name: 'id', type: STRING }] }])).toBe(false);
  });
});
