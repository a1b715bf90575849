/**
 * A command as it arrived, checked against the definition Discord was given.
 * Discord's client never sends a command without its required options, with an
 * option the command does not have, or with one of another type; a forged or
 * replayed payload can. Checked once here, handlers can read their required
 * options as required, and such a payload gets a notice, not the error boundary.
 */
import { ApplicationCommandOptionType } from 'discord.js';
import type { APIApplicationCommandOption, CommandInteractionOption } from 'discord.js';

type Given = Pick<CommandInteractionOption, 'name' | 'type' | 'options' | 'focused'>;

const isSubcommand = (type: ApplicationCommandOptionType) =>
  type === ApplicationCommandOptionType.Subcommand || type === ApplicationCommandOptionType.SubcommandGroup;

/**
 * What is wrong with `given`, in words for the person who sent it (only names from
 * the definition, never from the payload); null when it fits. `typing` is for
 * autocomplete, which Discord sends before required options are filled in.
 */
export function optionProblem(
  declared: readonly APIApplicationCommandOption[] | undefined,
  given: readonly Given[],
  typing = false,
): string | null {
  const known = declared ?? [];
  for (const option of given) {
    const spec = known.find((d) => d.name === option.name);
    if (!spec || spec.type !== option.type) return 'an option it does not have, or of the wrong kind';
    if (spec.type === ApplicationCommandOptionType.Subcommand || spec.type === ApplicationCommandOptionType.SubcommandGroup) {
      const inner = optionProblem(spec.options, option.options ?? [], typing);
      if (inner) return inner;
    }
  }
  const subcommands = given.filter((option) => isSubcommand(option.type)).length;
  if (subcommands > 1) return 'more than one subcommand';
  if (subcommands === 0 && known.some((spec) => isSubcommand(spec.type))) return 'no subcommand';
  if (typing) return null;
  const missing = known.find((spec) => !isSubcommand(spec.type) && spec.required && !given.some((o) => o.name === spec.name));
  return missing ? `its \`${missing.name}\` option is missing` : null;
}

/** True when exactly one option, at any depth, is the one being typed: what an autocomplete request must have. */
export function oneFocused(given: readonly Given[]): boolean {
  const count = (options: readonly Given[]): number =>
    options.reduce((sum, option) => sum + (option.focused ? 1 : 0) + count(option.options ?? []), 0);
  return count(given) === 1;
}
