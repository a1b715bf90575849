/**
 * The shapes the fake Discord (fakeDiscord.ts) is configured and driven with.
 */
import type { FakeResponse, RecordedRequest } from './fakeRest.js';
import type { MessageCreateFields } from './payloads.js';

export interface FakeDiscordOptions {
  /** HELLO heartbeat_interval in ms (default 41250, as Discord). */
  heartbeatIntervalMs?: number;
  /**
   * Shards the bot must connect (default 1): GET /gateway/bot recommends this many, the
   * gateway accepts an IDENTIFY for each `[id, shards]`, and each shard gets its own guild
   * (see `shard(id)`), whose events it alone receives.
   */
  shards?: number;
  /**
   * Enforce Discord's rule that an interaction is answered (or deferred) within this many ms of
   * its INTERACTION_CREATE (3,000 on Discord): a later callback gets 404 Unknown interaction (10062).
   */
  interactionDeadlineMs?: number;
  /**
   * On RESUME, also replay this many dispatches the client had already received (default 0), as
   * Discord may around a resume: a bot must not act twice on one event.
   */
  replayOverlap?: number;
}

export interface SendMessageFields extends MessageCreateFields {
  /** Shortcut for `author`: a human user with this id (default author: FAKE_IDS.user, "alice"). */
  authorId?: string;
  /** Prefix the content with `<@bot>` and list the bot in `mentions`. */
  mentionsBot?: boolean;
  /** Send it in this shard's guild and text channel (see `shard(id)`) rather than the test guild's. */
  shard?: number;
}

/** A request and the response the fake sent for it. */
export interface AnsweredRequest {
  req: RecordedRequest;
  response: FakeResponse;
}

export interface SentInteraction {
  id: string;
  token: string;
  applicationId: string;
  /** REST path of the initial response: `/interactions/{id}/{token}/callback`. */
  callbackPath: string;
  /** REST path prefix of followups and edits: `/webhooks/{appId}/{token}`. */
  webhookPath: string;
}
