/**
 * Discord drops an interaction that gets no response within three seconds. Any
 * handler still working after two is acknowledged first ("thinking…", or a silent
 * acknowledgement for a button), and its reply then takes the placeholder's place
 * (see replyToInteraction in respond.ts).
 */
import type { Interaction, RepliableInteraction } from 'discord.js';
import type { Logger } from '../logger.js';
import { acknowledgePrivately, type Response } from './respond.js';

// Leave room for the round trip within Discord's three seconds.
const ACKNOWLEDGE_AFTER_MS = 2_000;

/**
 * `pending`, acknowledging `interaction` first if it takes longer than ACKNOWLEDGE_AFTER_MS.
 * `privately`: every reply of the handler is ephemeral, so its placeholder must be too; otherwise the
 * placeholder is public (and a reply that is ephemeral after all then replaces it in public).
 */
export async function replyInTime(
  interaction: Interaction,
  pending: Promise<Response | null>,
  privately: boolean,
  logger: Logger,
): Promise<Response | null> {
  if (!interaction.isRepliable()) return pending;
  let acknowledged = Promise.resolve();
  const timer = setTimeout(() => {
    acknowledged = acknowledge(interaction, privately).catch((error: unknown) => {
      // The reply that follows will fail too, and the error boundary hears of it.
      logger.warn('acknowledge-failed', { interactionId: interaction.id, error });
    });
  }, ACKNOWLEDGE_AFTER_MS);
  try {
    return await pending;
  } finally {
    clearTimeout(timer);
    await acknowledged;
  }
}

async function acknowledge(interaction: RepliableInteraction, privately: boolean): Promise<void> {
  // A button's acknowledgement shows nothing, so it is private whatever the reply will be.
  if (privately || interaction.isMessageComponent()) return acknowledgePrivately(interaction);
  if (!interaction.replied && !interaction.deferred) await interaction.deferReply();
}
