/**
 * REST half of the fake: request parsing (JSON or multipart with payload_json)
 * and the default route table. Paths are matched below `/api/v10`, after
 * percent-decoding, so `%40original` matches `@original`.
 */
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import type {
  APIInteraction,
  APIMessage,
  RESTGetAPIGatewayBotResult,
  RESTPostAPIInteractionCallbackWithResponseResult,
} from 'discord.js';
import { FAKE_IDS, botUser, dmChannel, message, nextSnowflake, testUser, user } from './payloads.js';

export interface RecordedFile {
  field: string;
  name: string;
  contentType: string;
  size: number;
  /** The file's bytes, for tests that look inside an attachment. */
  data: Buffer;
}

export interface RecordedRequest {
  method: string;
  /** Path below /api/v10, percent-decoded, without query: `/webhooks/1/tok/messages/@original`. */
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  /** When the request arrived (Date.now()), before its body was read. */
  receivedAt: number;
  /** Parsed JSON body, or the parsed `payload_json` part of a multipart body; null when there is none. */
  body: unknown;
  /** File parts of a multipart body. */
  files: RecordedFile[];
}

export interface FakeResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** What the default routes need to know about the rest of the fake. */
export interface RestState {
  gatewayUrl: string;
  /** The shard count GET /gateway/bot recommends. */
  shards: number;
  interactionsByToken: Map<string, APIInteraction>;
  /** The `@original` response message of each interaction token, kept across callback/edit/fetch. */
  originals: Map<string, APIMessage>;
  /** Interaction ids that already got a callback; a second one fails like on Discord (40060). */
  acknowledged: Set<string>;
  /** The bot's channel messages by id, so that they can be edited and deleted (others are Unknown Message). */
  channelMessages: Map<string, APIMessage>;
}

export function newRestState(gatewayUrl: string, shards = 1): RestState {
  const channelMessages = new Map<string, APIMessage>();
  return { gatewayUrl, shards, interactionsByToken: new Map(), originals: new Map(), acknowledged: new Set(), channelMessages };
}

export const API_PREFIX = '/api/v10';

/** Reads a property of an unknown JSON value, or undefined. */
export function prop(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? Reflect.get(value, key) : undefined;
}

/** Parsed JSON; null for an empty text; the text itself when it is not JSON. */
export function parseJson(text: string): unknown {
  if (text === '') return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export async function recordRequest(req: IncomingMessage, url: URL): Promise<RecordedRequest> {
  const receivedAt = Date.now();
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(Buffer.from(chunk));
  const raw = Buffer.concat(chunks);
  const contentType = req.headers['content-type'] ?? '';
  const recorded: RecordedRequest = {
    method: req.method ?? 'GET',
    path: decodeURIComponent(url.pathname.slice(API_PREFIX.length)),
    query: Object.fromEntries(url.searchParams),
    headers: req.headers,
    receivedAt,
    body: null,
    files: [],
  };
  if (contentType.startsWith('multipart/form-data')) {
    const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
    for (const [field, value] of form) {
      if (typeof value === 'string') {
        if (field === 'payload_json') recorded.body = parseJson(value);
      } else {
        const data = Buffer.from(await value.arrayBuffer());
        recorded.files.push({ field, name: value.name, contentType: value.type, size: value.size, data });
      }
    }
  } else {
    recorded.body = parseJson(raw.toString('utf8'));
  }
  return recorded;
}

const json = (body: unknown, status = 200): FakeResponse => ({ status, body });
const noContent: FakeResponse = { status: 204 };

function botMessage(channelId: string, body: unknown): APIMessage {
  const content = prop(body, 'content');
  return message({ content: typeof content === 'string' ? content : '', author: botUser, channelId });
}

function webhookMessage(state: RestState, token: string, body: unknown): APIMessage {
  const channelId = state.interactionsByToken.get(token)?.channel?.id ?? FAKE_IDS.textChannel;
  return { ...botMessage(channelId, body), webhook_id: FAKE_IDS.application, application_id: FAKE_IDS.application };
}

/** Creates or updates the `@original` message of an interaction from a (possibly absent) message body. */
function original(state: RestState, token: string, body: unknown): APIMessage {
  const previous = state.originals.get(token);
  const content = prop(body, 'content');
  const next = previous
    ? { ...previous, ...(typeof content === 'string' && { content, edited_timestamp: new Date().toISOString() }) }
    : webhookMessage(state, token, body);
  state.originals.set(token, next);
  return next;
}

/** GET, PATCH or DELETE of `@original` (kept per token) or of a followup (echoed). */
function webhookMessageRoute(state: RestState, req: RecordedRequest, token: string, id: string): FakeResponse {
  if (req.method === 'DELETE') {
    const known = id !== '@original' || state.originals.delete(token);
    return known ? noContent : json({ message: 'Unknown Message', code: 10008 }, 404);
  }
  if (id !== '@original') return json({ ...webhookMessage(state, token, req.body), id });
  return json(original(state, token, req.body));
}

function echoCommands(body: unknown, guildId?: string): FakeResponse {
  const commands = Array.isArray(body) ? body : [];
  return json(
    commands.map((command: unknown) => ({
      type: 1,
      description: '',
      default_member_permissions: null,
      ...(typeof command === 'object' && command !== null ? command : {}),
      id: nextSnowflake(),
      application_id: FAKE_IDS.application,
      version: nextSnowflake(),
      ...(guildId && { guild_id: guildId }),
    })),
  );
}

/** 204, or 200 with the callback and its message when `?with_response=true`. Types 4 and 5 create `@original`. */
function interactionCallback(state: RestState, req: RecordedRequest, id: string, token: string): FakeResponse {
  if (state.acknowledged.has(id)) {
    return json({ message: 'Interaction has already been acknowledged.', code: 40060 }, 400);
  }
  state.acknowledged.add(id);
  const type = prop(req.body, 'type');
  const responseType = typeof type === 'number' ? type : 4;
  const message = responseType === 4 || responseType === 5 ? original(state, token, prop(req.body, 'data')) : undefined;
  if (req.query['with_response'] !== 'true') return noContent;
  const response: RESTPostAPIInteractionCallbackWithResponseResult = {
    interaction: { id, type: state.interactionsByToken.get(token)?.type ?? 2, response_message_id: message?.id },
    resource: { type: responseType, ...(message && { message }) },
  };
  return json(response);
}

const application = {
  id: FAKE_IDS.application,
  name: botUser.username,
  description: '',
  icon: null,
  bot_public: true,
  bot_require_code_grant: false,
  verify_key: 'fake',
  flags: 0,
  bot: botUser,
  owner: testUser,
};

type Handler = (req: RecordedRequest, params: string[], state: RestState) => FakeResponse;

const unknownMessage = json({ message: 'Unknown Message', code: 10008 }, 404);

/** POST a channel message (kept), PATCH it (content replaced) or DELETE it. */
const onChannelMessage: Handler = (req, [channelId = '', id = ''], state) => {
  if (req.method === 'POST') {
    const sent = botMessage(channelId, req.body);
    state.channelMessages.set(sent.id, sent);
    return json(sent);
  }
  const known = state.channelMessages.get(id);
  if (!known || known.channel_id !== channelId) return unknownMessage;
  if (req.method === 'DELETE') return state.channelMessages.delete(id) ? noContent : unknownMessage;
  const content = prop(req.body, 'content');
  const edited = { ...known, ...(typeof content === 'string' && { content }), edited_timestamp: new Date().toISOString() };
  state.channelMessages.set(id, edited);
  return json(edited);
};
const CHANNEL_MESSAGE = /^\/channels\/(\d+)\/messages\/(\d+)$/;

const WEBHOOK_MESSAGE = /^\/webhooks\/\d+\/([^/]+)\/messages\/([^/]+)$/;
const onWebhookMessage: Handler = (req, [token = '', id = ''], state) => webhookMessageRoute(state, req, token, id);

const ROUTES: [method: string, pattern: RegExp, handler: Handler][] = [
  ['GET', /^\/gateway\/bot$/, (_req, _p, state) => {
    const result: RESTGetAPIGatewayBotResult = {
      url: state.gatewayUrl,
      shards: state.shards,
      session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
    };
    return json(result);
  }],
  ['GET', /^\/gateway$/, (_req, _p, state) => json({ url: state.gatewayUrl })],
  ['GET', /^\/users\/@me$/, () => json(botUser)],
  ['GET', /^\/applications\/@me$/, () => json(application)],
  ['PUT', /^\/applications\/\d+\/commands$/, (req) => echoCommands(req.body)],
  ['PUT', /^\/applications\/\d+\/guilds\/(\d+)\/commands$/, (req, [guildId]) => echoCommands(req.body, guildId)],
  ['POST', /^\/channels\/(\d+)\/messages$/, onChannelMessage],
  ['PATCH', CHANNEL_MESSAGE, onChannelMessage],
  ['DELETE', CHANNEL_MESSAGE, onChannelMessage],
  ['POST', /^\/channels\/\d+\/typing$/, () => noContent],
  ['POST', /^\/users\/@me\/channels$/, (req) => {
    const recipient = prop(req.body, 'recipient_id');
    const recipientId = typeof recipient === 'string' ? recipient : FAKE_IDS.user;
    return json(dmChannel(user(recipientId, `user-${recipientId}`)));
  }],
  ['POST', /^\/interactions\/(\d+)\/([^/]+)\/callback$/, (req, [id = '', token = ''], state) =>
    interactionCallback(state, req, id, token)],
  ['POST', /^\/webhooks\/\d+\/([^/]+)$/, (req, [token = ''], state) => json(webhookMessage(state, token, req.body))],
  ['GET', WEBHOOK_MESSAGE, onWebhookMessage],
  ['PATCH', WEBHOOK_MESSAGE, onWebhookMessage],
  ['DELETE', WEBHOOK_MESSAGE, onWebhookMessage],
];

export function defaultRoute(req: RecordedRequest, state: RestState): FakeResponse {
  for (const [method, pattern, handler] of ROUTES) {
    const match = req.method === method ? pattern.exec(req.path) : null;
    if (match) return handler(req, match.slice(1), state);
  }
  return json({ message: 'Unknown', code: 0 }, 404);
}
