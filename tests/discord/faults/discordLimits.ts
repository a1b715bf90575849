/**
 * Checks on a message exactly as the bot sent it (the JSON body the fake
 * recorded): what Discord would refuse (a limit exceeded, an empty message),
 * and anything that could ping someone.
 */
import { expect } from 'vitest';
import { prop } from '../../support/fakeRest.js';

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Within every limit Discord enforces on a message, and not empty. */
export function expectSendable(message: unknown): void {
  const content = text(prop(message, 'content'));
  const embeds = list(prop(message, 'embeds'));
  expect(content.length + embeds.length, 'a message needs content or an embed').toBeGreaterThan(0);
  expect(content.length).toBeLessThanOrEqual(2_000);
  expect(embeds.length).toBeLessThanOrEqual(10);
  for (const embed of embeds) {
    const fields = list(prop(embed, 'fields'));
    const sizes = {
      title: text(prop(embed, 'title')).length,
      description: text(prop(embed, 'description')).length,
      footer: text(prop(prop(embed, 'footer'), 'text')).length,
      author: text(prop(prop(embed, 'author'), 'name')).length,
      fields: fields.reduce<number>((sum, f) => sum + text(prop(f, 'name')).length + text(prop(f, 'value')).length, 0),
    };
    expect(sizes.title).toBeLessThanOrEqual(256);
    expect(sizes.description).toBeLessThanOrEqual(4_096);
    expect(sizes.footer).toBeLessThanOrEqual(2_048);
    expect(sizes.author).toBeLessThanOrEqual(256);
    expect(fields.length).toBeLessThanOrEqual(25);
    for (const field of fields) {
      expect(text(prop(field, 'name')).length).toBeLessThanOrEqual(256);
      expect(text(prop(field, 'value')).length).toBeLessThanOrEqual(1_024);
    }
    expect(Object.values(sizes).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(6_000);
  }
  const rows = list(prop(message, 'components'));
  expect(rows.length).toBeLessThanOrEqual(5);
  for (const row of rows) {
    const buttons = list(prop(row, 'components'));
    expect(buttons.length).toBeLessThanOrEqual(5);
    for (const button of buttons) {
      expect(text(prop(button, 'label')).length).toBeLessThanOrEqual(80);
      expect(text(prop(button, 'custom_id')).length).toBeLessThanOrEqual(100);
    }
  }
}

/**
 * Pings nobody but, for a reply to a message, its author: `allowed_mentions` allows no
 * @everyone, role or user ping, and the text holds no live mention should that be lost.
 */
export function expectNoPing(message: unknown, repliesToAsker: boolean): void {
  const allowed = prop(message, 'allowed_mentions');
  expect(allowed).toEqual(repliesToAsker ? { parse: [], replied_user: true } : { parse: [] });
  const embeds = list(prop(message, 'embeds'));
  const texts = [
    text(prop(message, 'content')),
    ...embeds.flatMap((embed) => [text(prop(embed, 'title')), text(prop(embed, 'description'))]),
    ...embeds.flatMap((embed) => list(prop(embed, 'fields')).map((field) => text(prop(field, 'value')))),
  ];
  for (const written of texts) {
    expect(written).not.toMatch(/@(everyone|here)/i);
    expect(written).not.toMatch(/<@[!&]?\d/);
  }
}

/** Autocomplete choices Discord accepts: at most 25, each named and valued in 1 to 100 characters. */
export function expectValidChoices(choices: unknown): void {
  const all = list(choices);
  expect(all.length).toBeLessThanOrEqual(25);
  for (const choice of all) {
    expect(text(prop(choice, 'name')).length).toBeGreaterThan(0);
    expect(text(prop(choice, 'name')).length).toBeLessThanOrEqual(100);
    expect(text(prop(choice, 'value')).length).toBeGreaterThan(0);
    expect(text(prop(choice, 'value')).length).toBeLessThanOrEqual(100);
  }
}
