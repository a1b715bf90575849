/**
 * The buttons under a reply and their custom ids. Ids carry everything a click
 * needs (no per-message state), so they survive restarts; a click is still
 * checked against the knowledge, because ids can be stale or forged.
 */
import { ButtonStyle, ComponentType } from 'discord.js';
import type { APIButtonComponentWithCustomId } from 'discord.js';
import { type Entry, ID_PATTERN } from '../../knowledge/schema.js';
import type { ButtonRow } from '../respond.js';

export type ButtonAction = { kind: 'vote'; helpful: boolean; entryId: string } | { kind: 'ask'; entryId: string };

export const MAX_QUESTION_BUTTONS = 3;
const VOTE_ID = new RegExp(`^fb:(up|down):(${ID_PATTERN})$`);
const ASK_ID = new RegExp(`^ask:(${ID_PATTERN})$`);

export function customIdFor(action: ButtonAction): string {
  return action.kind === 'vote' ? `fb:${action.helpful ? 'up' : 'down'}:${action.entryId}` : `ask:${action.entryId}`;
}

/** The action a button's custom id stands for, or null for an id this bot never made. */
export function parseCustomId(customId: string): ButtonAction | null {
  const vote = VOTE_ID.exec(customId);
  if (vote?.[2]) return { kind: 'vote', helpful: vote[1] === 'up', entryId: vote[2] };
  const ask = ASK_ID.exec(customId);
  if (ask?.[1]) return { kind: 'ask', entryId: ask[1] };
  return null;
}

export function feedbackRow(entryId: string): ButtonRow {
  return row([
    button(customIdFor({ kind: 'vote', helpful: true, entryId }), 'Helpful', ButtonStyle.Success, '👍'),
    button(customIdFor({ kind: 'vote', helpful: false, entryId }), 'Not helpful', ButtonStyle.Secondary, '👎'),
  ]);
}

/** Up to three buttons that each answer one entry's question; null when there are none. */
export function questionRow(entries: readonly Entry[]): ButtonRow | null {
  const buttons = entries
    .slice(0, MAX_QUESTION_BUTTONS)
    .map((entry) => button(customIdFor({ kind: 'ask', entryId: entry.id }), entry.question, ButtonStyle.Primary));
  return buttons.length ? row(buttons) : null;
}

function row(components: APIButtonComponentWithCustomId[]): ButtonRow {
  return { type: ComponentType.ActionRow, components };
}

function button(
  customId: string,
  label: string,
  style: ButtonStyle.Primary | ButtonStyle.Secondary | ButtonStyle.Success,
  emoji?: string,
): APIButtonComponentWithCustomId {
  // Labels are plain text (no markdown) and respond.ts cuts them to 80 characters.
  return { type: ComponentType.Button, custom_id: customId, label, style, ...(emoji && { emoji: { name: emoji } }) };
}
