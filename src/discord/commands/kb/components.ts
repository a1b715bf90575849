/**
 * Buttons for /kb's messages, and the page arithmetic that list and review share.
 */
import { ButtonStyle, ComponentType } from 'discord.js';
import type { APIButtonComponentWithCustomId } from 'discord.js';
import type { ButtonRow } from '../../respond.js';
import { buttonId, type KbButton } from './customIds.js';

type Style = APIButtonComponentWithCustomId['style'];

export function kbButton(action: KbButton, label: string, style: Style = ButtonStyle.Secondary): APIButtonComponentWithCustomId {
  // Labels are plain text (no markdown); respond.ts cuts them to 80 characters.
  return { type: ComponentType.Button, custom_id: buttonId(action), label, style };
}

export function row(...buttons: APIButtonComponentWithCustomId[]): ButtonRow {
  return { type: ComponentType.ActionRow, components: buttons };
}

export interface Page<T> {
  items: T[];
  /** 0-based, clamped to the pages there are (a stale button may ask for one that no longer exists). */
  page: number;
  pages: number;
}

export function pageOf<T>(all: readonly T[], page: number, size: number): Page<T> {
  const pages = Math.max(1, Math.ceil(all.length / size));
  const current = Math.min(Math.max(0, page), pages - 1);
  return { items: all.slice(current * size, (current + 1) * size), page: current, pages };
}

/** Previous / next buttons, or null when everything fits on one page. */
export function pagerRow(page: Page<unknown>, to: (page: number) => KbButton): ButtonRow | null {
  if (page.pages <= 1) return null;
  // Each button names the page it leads to, so the two ids always differ (Discord requires it).
  const previous = { ...kbButton(to(Math.max(0, page.page - 1)), '◀ Previous'), disabled: page.page === 0 };
  const next = { ...kbButton(to(page.page + 1), 'Next ▶'), disabled: page.page >= page.pages - 1 };
  return row(previous, next);
}
