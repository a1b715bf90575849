import { describe, expect, it } from 'vitest';
import { ButtonStyle, ComponentType } from 'discord.js';
import { LIMITS, embedLength, fitEmbed, fitReply } from '../../src/discord/respond.js';

const words = (count: number) => Array.from({ length: count }, (_, i) => `word${i}`).join(' ');

describe('fitting a reply to Discord’s limits', () => {
  it('cuts content to 2,000 characters at a word boundary', () => {
    const fitted = fitReply({ content: words(1_000) });
    expect(fitted.content?.length).toBeLessThanOrEqual(LIMITS.content);
    expect(fitted.content?.endsWith('…')).toBe(true);
  });

  it('cuts each embed part to its own limit', () => {
    const embed = fitEmbed({
      title: words(100),
      description: words(1_000),
      fields: [{ name: words(100), value: words(500) }],
      footer: { text: words(500) },
    });
    expect(embed.title?.length).toBeLessThanOrEqual(LIMITS.embedTitle);
    expect(embed.description?.length).toBeLessThanOrEqual(LIMITS.embedDescription);
    expect(embed.fields?.[0]?.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
    expect(embed.fields?.[0]?.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
    expect(embed.footer?.text.length).toBeLessThanOrEqual(LIMITS.footer);
  });

  it('keeps an embed within 6,000 characters in all by shortening its description', () => {
    const embed = fitEmbed({
      title: words(40),
      description: words(1_000),
      fields: Array.from({ length: 3 }, () => ({ name: 'n', value: words(150) })),
      footer: { text: words(300) },
    });
    expect(embedLength(embed)).toBeLessThanOrEqual(LIMITS.embedTotal);
  });

  it('cuts button labels to 80 characters and keeps at most five rows of five', () => {
    const button = {
      type: ComponentType.Button as const,
      style: ButtonStyle.Primary as const,
      custom_id: 'ask:x',
      label: words(40),
    };
    const row = { type: ComponentType.ActionRow as const, components: Array.from({ length: 7 }, () => button) };
    const fitted = fitReply({ components: Array.from({ length: 7 }, () => row) });
    expect(fitted.components).toHaveLength(LIMITS.rows);
    expect(fitted.components?.[0]?.components).toHaveLength(LIMITS.buttonsPerRow);
    expect(fitted.components?.[0]?.components[0]?.label?.length).toBeLessThanOrEqual(LIMITS.buttonLabel);
  });

  it('leaves out what the reply does not have, and never passes ephemeral on as message data', () => {
    expect(fitReply({ content: 'hi', ephemeral: true })).toEqual({ content: 'hi' });
  });
});
