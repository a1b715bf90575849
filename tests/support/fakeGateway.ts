/**
 * Gateway half of the fake: one JSON session at a time (single shard).
 * HELLO on connect, op 11 for every heartbeat, READY + GUILD_CREATE for
 * IDENTIFY, and for RESUME a replay of the dispatches the client missed,
 * followed by RESUMED (the order Discord uses).
 */
import { randomBytes } from 'node:crypto';
import type { WebSocket } from 'ws';
import { GatewayDispatchEvents, GatewayOpcodes } from 'discord.js';
import type { GatewayDispatchPayload } from 'discord.js';
import { parseJson, prop } from './fakeRest.js';
import { guildCreate, ready } from './payloads.js';
import { Recorder } from './recorder.js';

type TypeAndData<P> = P extends { t: infer T; d: infer D } ? { t: T; d: D } : never;
/** Any gateway dispatch as `{t, d}`; the gateway adds `op` and `s`. */
export type DispatchInput = TypeAndData<GatewayDispatchPayload>;

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
}

export class FakeGateway {
  readonly frames = new Recorder<ReceivedFrame>((f) => `op ${f.op}`);
  private session: Session | null = null;
  /** The socket that has identified or resumed; dispatches go here. */
  private live: WebSocket | null = null;
  /** Dispatches requested before any session existed; sent after READY + GUILD_CREATE. */
  private pending: DispatchInput[] = [];

  constructor(
    /** Also sent as resume_gateway_url. */
    private readonly url: string,
    private readonly heartbeatIntervalMs: number,
  ) {}

  /** Sends a dispatch with the next sequence number (or queues it until IDENTIFY); returns the sequence. */
  dispatch(event: DispatchInput): number | null {
    if (!this.session) {
      this.pending.push(event);
      return null;
    }
    const frame: DispatchFrame = { op: GatewayOpcodes.Dispatch, t: event.t, s: ++this.session.seq, d: event.d };
    this.session.history.push(frame);
    this.live?.send(JSON.stringify(frame));
    return frame.s;
  }

  /** Closes the live socket with `code`; dispatches until the client resumes are kept for replay. */
  async close(code: number, reason: string): Promise<void> {
    const socket = this.live;
    this.live = null;
    if (!socket || socket.readyState !== socket.OPEN) return;
    const closed = new Promise((resolve) => socket.once('close', resolve));
    socket.close(code, reason);
    await closed;
  }

  onConnection(socket: WebSocket): void {
    const send = (payload: object) => socket.send(JSON.stringify(payload));
    socket.on('message', (raw) => {
      const parsed = parseJson(raw.toString());
      const op = prop(parsed, 'op');
      if (typeof op !== 'number') return socket.close(4002, 'Error while decoding payload.');
      const d = prop(parsed, 'd') ?? null;
      this.frames.push({ op, d });
      if (op === GatewayOpcodes.Heartbeat) send({ op: GatewayOpcodes.HeartbeatAck });
      if (op === GatewayOpcodes.Identify) this.identify(socket);
      if (op === GatewayOpcodes.Resume) this.resume(socket, prop(d, 'session_id'), prop(d, 'seq'));
    });
    socket.on('close', () => {
      if (this.live === socket) this.live = null;
    });
    send({ op: GatewayOpcodes.Hello, d: { heartbeat_interval: this.heartbeatIntervalMs } });
  }

  private identify(socket: WebSocket): void {
    const session: Session = { id: randomBytes(16).toString('hex'), seq: 0, history: [] };
    this.session = session;
    this.live = socket;
    this.dispatch({ t: GatewayDispatchEvents.Ready, d: ready(session.id, this.url) });
    this.dispatch({ t: GatewayDispatchEvents.GuildCreate, d: guildCreate() });
    const queued = this.pending;
    this.pending = [];
    for (const event of queued) this.dispatch(event);
  }

  /** An unknown session or a missing seq gets op 9 (not resumable), and discord.js re-identifies. */
  private resume(socket: WebSocket, sessionId: unknown, seq: unknown): void {
    const session = this.session;
    if (!session || sessionId !== session.id || typeof seq !== 'number') {
      socket.send(JSON.stringify({ op: GatewayOpcodes.InvalidSession, d: false }));
      return;
    }
    for (const frame of session.history) if (frame.s > seq) socket.send(JSON.stringify(frame));
    this.live = socket;
    this.dispatch({ t: GatewayDispatchEvents.Resumed, d: undefined });
  }
}
