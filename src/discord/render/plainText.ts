/**
 * A reply without embeds, for a channel where the bot may send messages but not
 * embed links: Discord refuses an embed-only message there (or strips the embeds),
 * and the asker would get nothing. The same words go out as plain text instead.
 */
import type { APIEmbed } from 'discord.js';
import type { Reply } from '../respond.js';

/** `reply` with its embeds turned into text (its own `plain` version when it has one); other replies as they are. */
export function withoutEmbeds(reply: Reply): Reply {
  const { embeds, plain, ...rest } = reply;
  if (!embeds?.length) return rest;
  const text = plain ?? embeds.map(embedAsText).join('\n\n');
  return { ...rest, content: reply.content ? `${reply.content}\n\n${text}` : text };
}

/** Title in bold, the description, each field as "**name:** value", the footer as small text. */
export function embedAsText(embed: APIEmbed): string {
  const lines: string[] = [];
  if (embed.title) lines.push(`**${embed.title}**`);
  if (embed.description) lines.push(embed.description);
  for (const field of embed.fields ?? []) lines.push(`**${field.name}:** ${field.value}`);
  if (embed.footer?.text) lines.push(`-# ${embed.footer.text}`);
  return lines.join('\n');
}
