import { describe, expect, it } from 'vitest';
import { ButtonStyle, ComponentType, TextInputStyle } from 'discord.js';
import { LIMITS, embedLength, fitEmbed, fitModal, fitReply } from '../../src/discord/respond.js';

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

  it('fits a form: title and labels cut, a prefilled value cut to what its input accepts, at most five inputs', () => {
    const input = (n: number) => ({
      type: ComponentType.Label as const,
      label: words(20),
      description: words(40),
      component: { type: ComponentType.TextInput as const, custom_id: `f${n}`, style: TextInputStyle.Short, max_length: 10, value: words(10) },
    });
    const fitted = fitModal({ custom_id: 'kb:add', title: words(20), components: Array.from({ length: 7 }, (_, n) => input(n)) });
    expect(fitted.title.length).toBeLessThanOrEqual(LIMITS.modalTitle);
    expect(fitted.components).toHaveLength(LIMITS.modalComponents);
    const [first] = fitted.components;
    expect(first?.type === ComponentType.Label && first.label.length).toBeLessThanOrEqual(LIMITS.modalLabel);
    expect(first?.type === ComponentType.Label && first.description?.length).toBeLessThanOrEqual(LIMITS.modalDescription);
    expect(first?.type === ComponentType.Label && first.component.type === ComponentType.TextInput && first.component.value).toBe('word0 word');
  });

  it('refuses to cut a form’s custom id, which would then name something else', () => {
    expect(() => fitModal({ custom_id: 'x'.repeat(101), title: 't', components: [] })).toThrow(/custom id too long/);
  });
});
