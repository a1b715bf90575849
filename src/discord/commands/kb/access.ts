/**
 * Who may use /kb, decided from the interaction itself every time. The command is
 * registered for Manage Server only, but a server can grant it to anyone in its
 * integration settings, and buttons and forms can be replayed or forged: the
 * registration is a hint for Discord's client, never the check.
 */
import { PermissionFlagsBits } from 'discord.js';
import type { Interaction } from 'discord.js';
import type { EditActor } from '../../../knowledge/auditLog.js';
import { notice } from '../../notices.js';
import type { Reply } from '../../respond.js';

export const REFUSAL =
  'Only moderators can use `/kb` (the Manage Server permission, or a moderator role). Nothing was changed.';

/** Manage Server in this guild (Administrator includes it), or one of the configured moderator roles. */
export function isModerator(interaction: Interaction, modRoleIds: readonly string[]): boolean {
  if (!interaction.inGuild()) return false;
  if (interaction.memberPermissions.has(PermissionFlagsBits.ManageGuild)) return true;
  if (modRoleIds.length === 0) return false;
  const { member } = interaction;
  // A cached member has a role manager; an uncached one is the raw payload with its role ids.
  const roleIds: readonly string[] = Array.isArray(member.roles) ? member.roles : [...member.roles.cache.keys()];
  return roleIds.some((id) => modRoleIds.includes(id));
}

export function refusal(): Reply {
  return notice(REFUSAL);
}

/** Who the audit log names for a change made through this interaction. */
export function actorOf(interaction: Interaction): EditActor {
  return { id: interaction.user.id, name: interaction.user.username, guildId: interaction.guildId };
}
