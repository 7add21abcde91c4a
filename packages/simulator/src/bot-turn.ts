import { randomBytes, randomUUID } from "node:crypto";
import { withLocalDemoMedia } from "./demo-media-files.js";
import { isRecord } from "./is-record.js";

/** A template payload: `template_type` plus the template's own fields (TEMPLATES.md §2). */
export type TemplatePayload = { readonly template_type: string } & Readonly<
  Record<string, unknown>
>;

/** Media kinds a bot can send as a component (TEMPLATES.md §1 rule 4). */
export type MediaType = "image" | "audio" | "video" | "link" | "document";

/**
 * One part of a bot turn, as the simulator's callers describe it. A plain string is a text part.
 * `raw` is sent verbatim, for edge cases the other kinds cannot express.
 */
export type BotPart =
  | string
  | { readonly type: "text"; readonly text: string }
  | { readonly type: "template"; readonly payload: TemplatePayload }
  | { readonly type: MediaType; readonly url: string; readonly name?: string }
  | {
      readonly type: "message";
      readonly text: string;
      readonly videoUrl?: string;
      readonly audioUrl?: string;
    }
  | { readonly type: "raw"; readonly part: unknown };

/** A live agent's identity, carried by the frame of a `live_agent` turn. */
export interface AgentAuthor {
  readonly id?: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly type: "AGENT";
}

/** One bot turn: several parts arrive in one `bot_response` frame. */
export interface BotTurn {
  readonly parts: readonly BotPart[];
  readonly author?: AgentAuthor;
  /** The agent desk's id of an agent's message (`agent_MessageId`). */
  readonly agentMessageId?: string;
}

/** The bot a frame speaks for. */
export interface BotInfo {
  readonly chatBot: string;
  readonly taskBotId: string;
}

/** A wire part of a `bot_response` frame (TEMPLATES.md §1). */
export interface WirePart {
  readonly type: "text";
  readonly component: { readonly type: string; readonly payload: unknown };
  readonly cInfo: { readonly body: string };
}

/** A built `bot_response` frame and the texts to store for it in history. */
export interface BuiltBotTurn {
  readonly messageId: string;
  readonly createdOnMs: number;
  readonly frame: Readonly<Record<string, unknown>>;
  readonly historyTexts: readonly string[];
}

const MEDIA_TYPES: ReadonlySet<string> = new Set(["image", "audio", "video", "link", "document"]);

function wirePart(componentType: string, payload: unknown, body: string): WirePart {
  return { type: "text", component: { type: componentType, payload }, cInfo: { body } };
}

/**
 * Turns a caller's part into the wire part real frames carry (component + cInfo.body).
 * Media and `message` parts keep their whole component as JSON in `cInfo.body`, as templates
 * do, so a history row (`data.text` = `cInfo.body`) loses nothing.
 *
 * @example
 * toWirePart("Hi"); // { type: "text", component: { type: "text", payload: { text: "Hi" } }, cInfo: { body: "Hi" } }
 */
export function toWirePart(part: BotPart): unknown {
  if (typeof part === "string") return wirePart("text", { text: part }, part);
  switch (part.type) {
    case "text":
      return wirePart("text", { text: part.text }, part.text);
    case "template": {
      const payload = { type: "template", payload: part.payload };
      return wirePart("template", payload, JSON.stringify(payload));
    }
    case "message": {
      const { type, ...payload } = part;
      return wirePart(type, payload, JSON.stringify({ type, payload }));
    }
    case "raw":
      return part.part;
    default: {
      const payload =
        part.name === undefined ? { url: part.url } : { url: part.url, name: part.name };
      return wirePart(part.type, payload, JSON.stringify({ type: part.type, payload }));
    }
  }
}

function historyTextOf(wire: unknown): string {
  if (typeof wire === "object" && wire !== null && "cInfo" in wire) {
    const cInfo: unknown = wire.cInfo;
    if (typeof cInfo === "object" && cInfo !== null && "body" in cInfo) {
      if (typeof cInfo.body === "string") return cInfo.body;
    }
  }
  return JSON.stringify(wire) ?? "";
}

/**
 * Builds the `bot_response` frame of one turn, exactly as TEMPLATES.md §1 shows it.
 *
 * @example
 * const built = buildBotTurn({ parts: ["Hi"] }, { botInfo, icon, nowMs: Date.now() });
 * socket.send(JSON.stringify(built.frame));
 */
export function buildBotTurn(
  turn: BotTurn,
  context: { botInfo: BotInfo; icon: string; nowMs: number; mediaBase?: string },
): BuiltBotTurn {
  const messageId = `ms-${randomUUID()}`;
  const wire = turn.parts.map(toWirePart);
  // The demo's media, served by the simulator itself when it says where.
  const message =
    context.mediaBase === undefined ? wire : withLocalDemoMedia(wire, context.mediaBase);
  const frame: Record<string, unknown> = {
    type: "bot_response",
    from: "bot",
    messageId,
    message,
    botInfo: { chatBot: context.botInfo.chatBot, taskBotId: context.botInfo.taskBotId },
    createdOn: new Date(context.nowMs).toISOString(),
    icon: context.icon,
    traceId: randomBytes(8).toString("hex"),
  };
  if (turn.author !== undefined) frame.author = turn.author;
  if (turn.agentMessageId !== undefined) frame.agent_MessageId = turn.agentMessageId;
  return { messageId, createdOnMs: context.nowMs, frame, historyTexts: message.map(historyTextOf) };
}

function parseBotPart(value: unknown): BotPart | null {
  if (typeof value === "string") return value;
  if (!isRecord(value)) return null;
  const { type } = value;
  if (type === "text" && typeof value.text === "string") return { type, text: value.text };
  if (type === "template" && isRecord(value.payload)) {
    const payload = value.payload;
    if (typeof payload.template_type !== "string") return null;
    return { type, payload: { ...payload, template_type: payload.template_type } };
  }
  if (type === "message" && typeof value.text === "string") {
    return {
      type,
      text: value.text,
      ...(typeof value.videoUrl === "string" ? { videoUrl: value.videoUrl } : {}),
      ...(typeof value.audioUrl === "string" ? { audioUrl: value.audioUrl } : {}),
    };
  }
  if (type === "raw" && "part" in value) return { type, part: value.part };
  if (typeof type === "string" && MEDIA_TYPES.has(type) && typeof value.url === "string") {
    const media = type as MediaType;
    return typeof value.name === "string"
      ? { type: media, url: value.url, name: value.name }
      : { type: media, url: value.url };
  }
  return null;
}

/**
 * Validates parts that arrived as JSON (the HTTP push control): a part or an array of parts.
 *
 * @example
 * parseBotParts(["Hi", { type: "image", url: "https://example.com/a.png" }]); // BotPart[]
 * parseBotParts(42); // null
 */
export function parseBotParts(value: unknown): BotPart[] | null {
  const list = Array.isArray(value) ? value : [value];
  if (list.length === 0) return null;
  const parts: BotPart[] = [];
  for (const item of list) {
    const part = parseBotPart(item);
    if (part === null) return null;
    parts.push(part);
  }
  return parts;
}
