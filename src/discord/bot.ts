/**
 * Creates the discord.js client with the fewest intents the features need,
 * wires the handlers, and logs in. Nothing here answers questions.
 */
import { once } from 'node:events';
import { Client, Events, GatewayCloseCodes, GatewayIntentBits, Partials } from 'discord.js';
import type { ClientOptions } from 'discord.js';
import { required, type Config } from '../config.js';
import type { BotContext } from './context.js';
import { makeCache, sweepers } from './caches.js';
import { COMMANDS } from './commands/index.js';
import { createInteractionHandler } from './interactions.js';
import { createMessageHandlers } from './messages.js';
import { RecentIds } from './recentIds.js';
import { createLimiter } from './inFlight.js';
import { explainFatalClose, explainStartupError } from './startupErrors.js';

// Close codes after which discord.js stops reconnecting (UNRECOVERABLE_CLOSE_CODES in its WebSocketManager).
const FATAL_CLOSE_CODES: ReadonlySet<number> = new Set([
  GatewayCloseCodes.AuthenticationFailed,
  GatewayCloseCodes.InvalidShard,
  GatewayCloseCodes.ShardingRequired,
  GatewayCloseCodes.InvalidAPIVersion,
  GatewayCloseCodes.InvalidIntents,
  GatewayCloseCodes.DisallowedIntents,
]);

export interface RunningBot {
  client: Client<true>;
  /** Disconnects and releases the client; safe to call twice. */
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Merged over the options built from the config (tests point the client at a fake Discord). */
  clientOptions?: Partial<ClientOptions>;
  /** Called when Discord closes the connection for good after start-up, e.g. a revoked token. */
  onFatal?: (error: Error) => void;
}

export function clientOptionsFor(config: Config): ClientOptions {
  const intents = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages];
  // Privileged, and only needed to read messages that do not mention the bot: mentions and DMs carry content anyway.
  if (config.qaChannelIds.length > 0) intents.push(GatewayIntentBits.MessageContent);
  return {
    intents,
    // DM channels are not cached before their first message; without this partial, DMs are dropped.
    // Few messages are cached (caches.ts): without the Message partial, edits and deletions of the rest are dropped.
    partials: [Partials.Channel, Partials.Message],
    // A default for anything that bypasses respond.ts; respond.ts sets the same on every send.
    allowedMentions: { parse: [], repliedUser: true },
    // Bounded caches: see caches.ts.
    makeCache,
    sweepers,
    ...(config.apiUrl && { rest: { api: config.apiUrl } }),
    // No shard options: one process runs the one shard, or the ShardingManager runs a process per
    // shard and each passes its own (see src/shard.ts) in StartOptions.clientOptions.
  };
}

export async function startBot(context: BotContext, options: StartOptions = {}): Promise<RunningBot> {
  const { config, logger } = context;
  const token = required(config.token, 'DISCORD_TOKEN');
  const client = new Client({ ...clientOptionsFor(config), ...options.clientOptions });
  const onInteraction = createInteractionHandler(context, COMMANDS);
  const messages = createMessageHandlers(context);
  // Mentions only: an interaction must be acknowledged within three seconds, and does not wait in a queue.
  const inFlight = createLimiter();
  let stopping = false;
  // Until the bot is ready, a fatal close fails start-up (login would otherwise wait forever); after, onFatal hears it.
  let reportFatal: (error: Error) => void = () => undefined;
  const failedDuringStart = new Promise<never>((_resolve, reject) => {
    reportFatal = reject;
  });

  // A resume can replay an event the bot already handled: act on each message and interaction once.
  const handled = new RecentIds();
  const firstTime = (kind: string, id: string) => {
    if (handled.firstSeen(id)) return true;
    logger.info('duplicate-event-ignored', { kind, id });
    return false;
  };
  client.on(Events.InteractionCreate, (interaction) => {
    if (firstTime('interaction', interaction.id)) void onInteraction(interaction);
  });
  client.on(Events.MessageCreate, (message) => {
    if (firstTime('message', message.id)) void inFlight(() => messages.created(message));
  });
  // A replayed edit or deletion changes nothing the first one did not: no de-duplication needed.
  // Through the same queue as new messages, so an edit or deletion never overtakes the question it changes.
  client.on(Events.MessageUpdate, (_old, message) => void inFlight(() => messages.edited(message)));
  client.on(Events.MessageDelete, (message) => void inFlight(() => messages.deleted(message)));
  client.on(Events.Error, (error) => logger.error('client-error', { error }));
  client.on(Events.Warn, (message) => logger.warn('client-warning', { message }));
  client.on(Events.ShardError, (error, shardId) => logger.error('shard-error', { shardId, error }));
  client.on(Events.ShardReconnecting, (shardId) => {
    // destroy() closes the socket too; only a drop worth knowing about is logged.
    if (!stopping) logger.info('shard-reconnecting', { shardId });
  });
  client.on(Events.ShardResume, (shardId, replayed) => logger.info('shard-resumed', { shardId, replayed }));
  client.on(Events.ShardDisconnect, ({ code }, shardId) => {
    if (stopping || !FATAL_CLOSE_CODES.has(code)) return;
    const error = explainFatalClose(code);
    logger.error('gateway-closed', { shardId, code, message: error.message });
    reportFatal(error);
  });
  client.once(Events.ClientReady, (ready) => {
    const intents = client.options.intents.bitfield;
    logger.info('ready', { user: ready.user.tag, guilds: ready.guilds.cache.size, intents });
  });

  const stop = async () => {
    stopping = true;
    await client.destroy();
  };
  try {
    const [, ready] = await Promise.race([Promise.all([client.login(token), readyClient(client)]), failedDuringStart]);
    reportFatal = (error) => options.onFatal?.(error);
    return { client: ready, stop };
  } catch (error) {
    await stop();
    throw explainStartupError(error, context.config.apiUrl);
  }
}

async function readyClient(client: Client): Promise<Client<true>> {
  const [ready] = await once(client, Events.ClientReady);
  if (!(ready instanceof Client) || !ready.isReady()) throw new Error('the client reported ready without a user');
  return ready;
}
