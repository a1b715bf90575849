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
import type { DispatchInput, GatewayDisruption, ReceivedFrame } from './fakeGateway.js';
import { InteractionDeadline, RestFaults, type RequestPredicate } from './fakeFaults.js';
import { API_PREFIX, defaultRoute, newRestState, recordRequest } from './fakeRest.js';
import type { FakeResponse, RecordedRequest, RestState } from './fakeRest.js';
import type { AnsweredRequest, FakeDiscordOptions, SendMessageFields, SentInteraction } from './fakeOptions.js';
import { messageDelete, messageEdit } from './fakeChannels.js';
import { FAKE_IDS, botUser, messageCreate, user } from './payloads.js';
import { Recorder } from './recorder.js';

export type { DispatchInput, GatewayDisruption, ReceivedFrame } from './fakeGateway.js';
export type { RequestPredicate } from './fakeFaults.js';
export type { ShardWorld } from './fakeShards.js';
export type { FakeResponse, RecordedFile, RecordedRequest } from './fakeRest.js';
export type { AnsweredRequest, FakeDiscordOptions, SendMessageFields, SentInteraction } from './fakeOptions.js';

/** What the fake answers a request with; `req` is null outside the API (nothing is recorded). */
interface Routed {
  req: RecordedRequest | null;
  response: FakeResponse;
}

const failure = (status: number, message: string): FakeResponse => ({ status, body: { message, code: 0 } });

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
  private readonly responseLog = new Recorder<AnsweredRequest>(({ req, response }) => `${response.status} ${req.path}`);
  /** REST faults to inject: `failNext`, `failAlways`, `slowDown` (see fakeFaults.ts). */
  readonly faults = new RestFaults();
  private readonly deadline: InteractionDeadline;
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
    this.gateway = new FakeGateway(this.gatewayUrl, options.heartbeatIntervalMs ?? 41_250, shards, options.replayOverlap);
    this.deadline = new InteractionDeadline(options.interactionDeadlineMs ?? null);
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

  /** The first response, past or future, sent to a request matching `predicate` (slowed-down ones leave late). */
  waitForResponse(predicate: (req: RecordedRequest) => boolean, timeoutMs = 2_000): Promise<AnsweredRequest> {
    return this.responseLog.waitFor(({ req }) => predicate(req), timeoutMs, 'a response to a matching request');
  }

  /** The first gateway frame, past or future, with opcode `op`; rejects after `timeoutMs`. */
  waitForGatewayOp(op: GatewayOpcodes, timeoutMs = 2_000): Promise<ReceivedFrame> {
    return this.gateway.frames.waitFor((f) => f.op === op, timeoutMs, `gateway op ${op}`);
  }

  /** The next request matching `predicate` gets `response` instead of the default route (it is still recorded). */
  failNext(predicate: RequestPredicate, response: FakeResponse): void {
    this.faults.failNext(predicate, response);
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

  /** MESSAGE_UPDATE: the author edits `original` to `content` (mentioning the bot or not; default as before). */
  editMessage(original: GatewayMessageCreateDispatchData, content: string, mentionsBot?: boolean): void {
    this.dispatch({ t: GatewayDispatchEvents.MessageUpdate, d: messageEdit(original, content, mentionsBot) });
  }

  /** MESSAGE_DELETE of `message` (ids only, as Discord sends it). */
  deleteMessage(message: GatewayMessageCreateDispatchData): void {
    this.dispatch({ t: GatewayDispatchEvents.MessageDelete, d: messageDelete(message) });
  }

  /** INTERACTION_CREATE; build payloads with the builders in interactions.ts. */
  sendInteraction(payload: APIInteraction): SentInteraction {
    this.rest.interactionsByToken.set(payload.token, payload);
    this.deadline.dispatched(payload.id);
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

  /**
   * Disturbs the live gateway session (of `shard` only, when given): `drop` ends the socket without a
   * close frame (1006), `reconnect` sends op 7, `invalidate-session` op 9 (not resumable), and
   * `zombie` goes silent, acknowledging no heartbeat and sending nothing until the client reconnects.
   */
  disruptGateway(disruption: GatewayDisruption, shard?: number): void {
    this.gateway.disrupt(disruption, shard);
  }

  /** Terminates gateway sockets and HTTP connections, stops listening, and rejects pending waits. */
  async close(): Promise<void> {
    this.requestLog.rejectAll('fake Discord closed');
    this.responseLog.rejectAll('fake Discord closed');
    this.gateway.frames.rejectAll('fake Discord closed');
    for (const socket of this.wss.clients) socket.terminate();
    await new Promise((resolve) => this.wss.close(resolve));
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const routed = await this.route(req).catch(
      (error: unknown): Routed => ({ req: null, response: failure(500, `fake failed: ${String(error)}`) }),
    );
    const reply = routed.response;
    // A slowed-down response may outlive the connection (the client gave up, or the fake closed).
    if (res.destroyed) return;
    const body = reply.body === undefined || reply.status === 204 ? undefined : JSON.stringify(reply.body);
    const contentType = body === undefined ? {} : { 'content-type': 'application/json' };
    res.writeHead(reply.status, { ...contentType, ...reply.headers });
    res.end(body);
    if (routed.req) this.responseLog.push({ req: routed.req, response: reply });
  }

  private async route(req: IncomingMessage): Promise<Routed> {
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${this.port}`);
    if (!url.pathname.startsWith(`${API_PREFIX}/`)) return { req: null, response: failure(404, 'Unknown') };
    const recorded = await recordRequest(req, url);
    const planned = this.faults.plan(recorded);
    this.requestLog.push(recorded);
    const response = planned.response ?? this.deadline.missed(recorded) ?? defaultRoute(recorded, this.rest);
    if (planned.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, planned.delayMs).unref());
    return { req: recorded, response };
  }
}
