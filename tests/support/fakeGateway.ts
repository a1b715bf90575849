/**
 * Gateway half of the fake: one JSON session per shard. HELLO on connect, op 11
 * for every heartbeat, READY + GUILD_CREATE (the shard's own guild) for
 * IDENTIFY, and for RESUME a replay of the dispatches the client missed,
 * followed by RESUMED (the order Discord uses). A dispatch goes to the shard
 * its guild routes to (DMs and guild-less events to shard 0), as on Discord.
 * `disrupt` breaks a live session the ways Discord's connections break.
 */
import { randomBytes } from 'node:crypto';
import type { WebSocket } from 'ws';
import { GatewayCloseCodes, GatewayDispatchEvents, GatewayOpcodes } from 'discord.js';
import type { GatewayDispatchPayload } from 'discord.js';
import { parseJson, prop } from './fakeRest.js';
import { shardOfGuild, shardWorlds, type ShardWorld } from './fakeShards.js';
import { guildCreate, ready } from './payloads.js';
import { Recorder } from './recorder.js';

type TypeAndData<P> = P extends { t: infer T; d: infer D } ? { t: T; d: D } : never;
/** Any gateway dispatch as `{t, d}`; the gateway adds `op` and `s`. */
export type DispatchInput = TypeAndData<GatewayDispatchPayload>;

/** How `disrupt` breaks a live session (see FakeDiscord.disruptGateway). */
export type GatewayDisruption = 'drop' | 'reconnect' | 'invalidate-session' | 'zombie';

/** A frame a client sent to the gateway. */
export interface ReceivedFrame {
  op: number;
  d: unknown;
}

interface DispatchFrame {
  op: GatewayOpcodes.Dispatch;
  t: string;
  s: number;
  d: unknown;
}

interface Session {
  id: string;
  seq: number;
  /** Every dispatch of the session, for replay on RESUME. */
  history: DispatchFrame[];
  /** The socket that identified or resumed this session; dispatches go here. */
  live: WebSocket | null;
}

export class FakeGateway {
  readonly frames = new Recorder<ReceivedFrame>((f) => `op ${f.op}`);
  /** One guild per shard, index = shard id. */
  readonly worlds: readonly ShardWorld[];
  private readonly sessions = new Map<number, Session>();
  /** Dispatches requested before their shard had a session; sent after its READY + GUILD_CREATE. */
  private readonly pending = new Map<number, DispatchInput[]>();
  /** Zombie connections: open, but nothing is answered or sent on them any more. */
  private readonly silenced = new WeakSet<WebSocket>();

  constructor(
    /** Also sent as resume_gateway_url. */
    private readonly url: string,
    private readonly heartbeatIntervalMs: number,
    private readonly shardCount = 1,
    /** Dispatches the client already had that a RESUME replays again. */
    private readonly replayOverlap = 0,
  ) {
    this.worlds = shardWorlds(shardCount);
  }

  /**
   * Sends a dispatch with its shard's next sequence number (or queues it until that
   * shard identifies); returns the sequence. `shard` overrides the routing by guild.
   */
  dispatch(event: DispatchInput, shard = this.shardFor(event)): number | null {
    const session = this.sessions.get(shard);
    if (!session) {
      this.pending.set(shard, [...(this.pending.get(shard) ?? []), event]);
      return null;
    }
    const frame: DispatchFrame = { op: GatewayOpcodes.Dispatch, t: event.t, s: ++session.seq, d: event.d };
    session.history.push(frame);
    session.live?.send(JSON.stringify(frame));
    return frame.s;
  }

  /** Closes the live socket of `shard` (of every shard by default); dispatches until it resumes are kept for replay. */
  async close(code: number, reason: string, shard?: number): Promise<void> {
    const closing = [...this.sessions].filter(([id]) => shard === undefined || id === shard).map(([, s]) => s);
    await Promise.all(
      closing.map(async (session) => {
        const socket = session.live;
        session.live = null;
        if (!socket || socket.readyState !== socket.OPEN) return;
        const closed = new Promise((resolve) => socket.once('close', resolve));
        socket.close(code, reason);
        await closed;
      }),
    );
  }

  /** Breaks the live session of `shard` (of every shard by default); dispatches meanwhile are kept for replay. */
  disrupt(disruption: GatewayDisruption, shard?: number): void {
    for (const [id, session] of this.sessions) {
      const socket = session.live;
      if ((shard !== undefined && id !== shard) || !socket) continue;
      // Discord sends nothing more on a connection it has given up on.
      session.live = null;
      if (disruption === 'drop') socket.terminate();
      if (disruption === 'reconnect') socket.send(JSON.stringify({ op: GatewayOpcodes.Reconnect, d: null }));
      if (disruption === 'zombie') this.silenced.add(socket);
      if (disruption === 'invalidate-session') {
        // Not resumable: a RESUME of it gets op 9 again, and dispatches wait for the next IDENTIFY.
        this.sessions.delete(id);
        socket.send(JSON.stringify({ op: GatewayOpcodes.InvalidSession, d: false }));
      }
    }
  }

  onConnection(socket: WebSocket): void {
    const send = (payload: object) => socket.send(JSON.stringify(payload));
    socket.on('message', (raw) => {
      const parsed = parseJson(raw.toString());
      const op = prop(parsed, 'op');
      if (typeof op !== 'number') return socket.close(4002, 'Error while decoding payload.');
      const d = prop(parsed, 'd') ?? null;
      this.frames.push({ op, d });
      if (this.silenced.has(socket)) return;
      if (op === GatewayOpcodes.Heartbeat) send({ op: GatewayOpcodes.HeartbeatAck });
      if (op === GatewayOpcodes.Identify) this.identify(socket, prop(d, 'shard'));
      if (op === GatewayOpcodes.Resume) this.resume(socket, prop(d, 'session_id'), prop(d, 'seq'));
    });
    socket.on('close', () => {
      for (const session of this.sessions.values()) if (session.live === socket) session.live = null;
    });
    send({ op: GatewayOpcodes.Hello, d: { heartbeat_interval: this.heartbeatIntervalMs } });
  }

  private shardFor(event: DispatchInput): number {
    const guildId = prop(event.d, 'guild_id');
    return this.shardCount > 1 && typeof guildId === 'string' ? shardOfGuild(guildId, this.shardCount) : 0;
  }

  // Stricter than Discord, which accepts more shards than it recommends: here a
  // count other than the fake's means a test started the client wrongly.
  private identify(socket: WebSocket, shardField: unknown): void {
    const [id, count]: unknown[] = Array.isArray(shardField) ? shardField : [0, 1];
    const world = typeof id === 'number' && count === this.shardCount ? this.worlds[id] : undefined;
    if (!world) {
      socket.close(GatewayCloseCodes.InvalidShard, `Invalid shard: the fake serves ${this.shardCount}`);
      return;
    }
    const session: Session = { id: randomBytes(16).toString('hex'), seq: 0, history: [], live: socket };
    this.sessions.set(world.shard, session);
    const readyData = ready(session.id, this.url, [world.shard, this.shardCount], [world.guildId]);
    this.dispatch({ t: GatewayDispatchEvents.Ready, d: readyData }, world.shard);
    this.dispatch({ t: GatewayDispatchEvents.GuildCreate, d: guildCreate(world) }, world.shard);
    const queued = this.pending.get(world.shard) ?? [];
    this.pending.delete(world.shard);
    for (const event of queued) this.dispatch(event, world.shard);
  }

  /** An unknown session or a missing seq gets op 9 (not resumable), and discord.js re-identifies. */
  private resume(socket: WebSocket, sessionId: unknown, seq: unknown): void {
    const entry = [...this.sessions].find(([, s]) => s.id === sessionId);
    if (!entry || typeof seq !== 'number') {
      socket.send(JSON.stringify({ op: GatewayOpcodes.InvalidSession, d: false }));
      return;
    }
    const [shard, session] = entry;
    const from = seq - this.replayOverlap;
    for (const frame of session.history) {
      if (frame.s > from && frame.t !== GatewayDispatchEvents.Ready) socket.send(JSON.stringify(frame));
    }
    session.live = socket;
    this.dispatch({ t: GatewayDispatchEvents.Resumed, d: undefined }, shard);
  }
}
