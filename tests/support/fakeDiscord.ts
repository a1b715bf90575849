/**
 * A small fake Discord for discord.js tests: REST under /api/v10 and a JSON
 * gateway at /gateway on one ephemeral 127.0.0.1 port. Point a client at it
 * by spreading `fakeClientOptions(fake)` into its options.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { WebSocketServer } from 'ws';
import { GatewayDispatchEvents } from 'discord.js';
import type { APIInteraction, ClientOptions, GatewayMessageCreateDispatchData, GatewayOpcodes } from 'discord.js';
import { FakeGateway } from './fakeGateway.js';
import type { ShardWorld } from './fakeShards.js';
import type { DispatchInput, ReceivedFrame } from './fakeGateway.js';
import { API_PREFIX, defaultRoute, newRestState, recordRequest } from './fakeRest.js';
import type { FakeResponse, RecordedRequest, RestState } from './fakeRest.js';
import { FAKE_IDS, botUser, messageCreate, user } from './payloads.js';
import type { MessageCreateFields } from './payloads.js';
import { Recorder } from './recorder.js';

export type { DispatchInput, ReceivedFrame } from './fakeGateway.js';
export type { ShardWorld } from './fakeShards.js';
export type { FakeResponse, RecordedFile, RecordedRequest } from './fakeRest.js';

export interface FakeDiscordOptions {
  /** HELLO heartbeat_interval in ms (default 41250, as Discord). */
  heartbeatIntervalMs?: number;
  /**
   * Shards the bot must connect (default 1): GET /gateway/bot recommends this many, the
   * gateway accepts an IDENTIFY for each `[id, shards]`, and each shard gets its own guild
   * (see `shard(id)`), whose events it alone receives.
   */
  shards?: number;
}

export interface SendMessageFields extends MessageCreateFields {
  /** Shortcut for `author`: a human user with this id (default author: FAKE_IDS.user, "alice"). */
  authorId?: string;
  /** Prefix the content with `<@bot>` and list the bot in `mentions`. */
  mentionsBot?: boolean;
  /** Send it in this shard's guild and text channel (see `shard(id)`) rather than the test guild's. */
  shard?: number;
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

interface Fault {
  matches: (req: RecordedRequest) => boolean;
  response: FakeResponse;
}

/**
 * Client options that point discord.js at the fake and keep logins fast
 * (no identify throttling, short guild wait); spread them into the client's options.
 */
export function fakeClientOptions(fake: FakeDiscord): Pick<ClientOptions, 'rest' | 'ws' | 'waitGuildTimeout'> {
  return {
    rest: { api: fake.apiUrl },
    ws: { buildIdentifyThrottler: () => ({ waitForIdentify: async () => undefined }) },
    waitGuildTimeout: 100,
  };
}

export class FakeDiscord {
  private readonly requestLog = new Recorder<RecordedRequest>((r) => `${r.method} ${r.path}`);
  private readonly faults: Fault[] = [];
  private readonly rest: RestState;
  private readonly gateway: FakeGateway;
  private readonly wss: WebSocketServer;

  private constructor(
    private readonly server: Server,
    private readonly port: number,
    options: FakeDiscordOptions,
  ) {
    const shards = options.shards ?? 1;
    this.rest = newRestState(this.gatewayUrl, shards);
    this.gateway = new FakeGateway(this.gatewayUrl, options.heartbeatIntervalMs ?? 41_250, shards);
    this.wss = new WebSocketServer({ server, path: '/gateway' });
    this.wss.on('connection', (socket) => this.gateway.onConnection(socket));
    server.on('request', (req, res) => void this.onRequest(req, res));
  }

  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    if (typeof address !== 'object' || address === null) throw new Error('fake Discord did not get a port');
    return new FakeDiscord(server, address.port, options);
  }

  /** For `rest: { api }`; discord.js appends `/v10`. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  /** Returned by GET /gateway/bot and as resume_gateway_url; discord.js appends `?v=10&encoding=json`. */
  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}/gateway`;
  }

  /** The guild and text channel that live on shard `id` (with one shard: the test guild, FAKE_IDS.guild). */
  shard(id: number): ShardWorld {
    const world = this.gateway.worlds[id];
    if (!world) throw new Error(`the fake serves shards 0 to ${this.gateway.worlds.length - 1}, not ${id}`);
    return world;
  }

  /** Every REST request so far, in arrival order (unknown routes and injected failures included). */
  get requests(): readonly RecordedRequest[] {
    return this.requestLog.items;
  }

  /** Every frame clients sent to the gateway so far (IDENTIFY, RESUME, heartbeats, ...). */
  get gatewayFrames(): readonly ReceivedFrame[] {
    return this.gateway.frames.items;
  }

  /** The first request, past or future, matching `predicate`; rejects after `timeoutMs`. */
  waitForRequest(predicate: (req: RecordedRequest) => boolean, timeoutMs = 2_000): Promise<RecordedRequest> {
    return this.requestLog.waitFor(predicate, timeoutMs, 'a matching REST request');
  }

  /** The first gateway frame, past or future, with opcode `op`; rejects after `timeoutMs`. */
  waitForGatewayOp(op: GatewayOpcodes, timeoutMs = 2_000): Promise<ReceivedFrame> {
    return this.gateway.frames.waitFor((f) => f.op === op, timeoutMs, `gateway op ${op}`);
  }

  /** The next request matching `predicate` gets `response` instead of the default route (it is still recorded). */
  failNext(predicate: (req: RecordedRequest) => boolean, response: FakeResponse): void {
    this.faults.push({ matches: predicate, response });
  }

  /**
   * Any dispatch, e.g. `{ t: GatewayDispatchEvents.GuildMemberAdd, d: ... }`; returns its sequence number.
   * It goes to the shard its `guild_id` routes to (shard 0 without one), or to `shard` when given.
   */
  dispatch(event: DispatchInput, shard?: number): number | null {
    return shard === undefined ? this.gateway.dispatch(event) : this.gateway.dispatch(event, shard);
  }

  /** MESSAGE_CREATE in the test guild's text channel (or `shard`'s guild's), or a DM when `guild: false`. */
  sendMessage(fields: SendMessageFields): GatewayMessageCreateDispatchData {
    const author = fields.authorId ? user(fields.authorId, `user-${fields.authorId}`) : fields.author;
    const content = fields.mentionsBot ? `<@${FAKE_IDS.bot}> ${fields.content}` : fields.content;
    const mentions = fields.mentionsBot ? [botUser, ...(fields.mentions ?? [])] : fields.mentions;
    const world = fields.shard === undefined || fields.guild === false ? undefined : this.shard(fields.shard);
    const where = world && { guildId: world.guildId, channelId: fields.channelId ?? world.textChannelId };
    const data = messageCreate({ ...fields, ...where, content, mentions, ...(author && { author }) });
    this.dispatch({ t: GatewayDispatchEvents.MessageCreate, d: data });
    return data;
  }

  /** INTERACTION_CREATE; build payloads with the builders in interactions.ts. */
  sendInteraction(payload: APIInteraction): SentInteraction {
    this.rest.interactionsByToken.set(payload.token, payload);
    this.dispatch({ t: GatewayDispatchEvents.InteractionCreate, d: payload });
    const { id, token, application_id: applicationId } = payload;
    return {
      id,
      token,
      applicationId,
      callbackPath: `/interactions/${id}/${token}/callback`,
      webhookPath: `/webhooks/${applicationId}/${token}`,
    };
  }

  /**
   * Closes the live gateway socket (of `shard` only, when given; else of every shard) with `code`:
   * 4000 makes discord.js resume; codes like 4004 make it stop.
   */
  closeGateway(code = 4000, reason = 'fake close', shard?: number): Promise<void> {
    return this.gateway.close(code, reason, shard);
  }

  /** Terminates gateway sockets and HTTP connections, stops listening, and rejects pending waits. */
  async close(): Promise<void> {
    this.requestLog.rejectAll('fake Discord closed');
    this.gateway.frames.rejectAll('fake Discord closed');
    for (const socket of this.wss.clients) socket.terminate();
    await new Promise((resolve) => this.wss.close(resolve));
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const reply = await this.route(req).catch(
      (error: unknown): FakeResponse => ({ status: 500, body: { message: `fake failed: ${String(error)}`, code: 0 } }),
    );
    const body = reply.body === undefined || reply.status === 204 ? undefined : JSON.stringify(reply.body);
    const contentType = body === undefined ? {} : { 'content-type': 'application/json' };
    res.writeHead(reply.status, { ...contentType, ...reply.headers });
    res.end(body);
  }

  private async route(req: IncomingMessage): Promise<FakeResponse> {
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${this.port}`);
    if (!url.pathname.startsWith(`${API_PREFIX}/`)) return { status: 404, body: { message: 'Unknown', code: 0 } };
    const recorded = await recordRequest(req, url);
    const faultIndex = this.faults.findIndex((fault) => fault.matches(recorded));
    const [fault] = faultIndex === -1 ? [] : this.faults.splice(faultIndex, 1);
    this.requestLog.push(recorded);
    return fault?.response ?? defaultRoute(recorded, this.rest);
  }
}
